#!/usr/bin/env python3
"""The original tool's method, as the benchmark's pandas contender.

Timestamp-HeatMap (the Python tool heatmap descends from: pandas + Plotly) read one format at a
time, was told the timestamp format instead of letting pandas guess it (its plain-text and CSV
readers pass format='%Y-%m-%d %H:%M:%S' to pandas.to_datetime, errors='coerce', and drop what does
not parse), counted the parsed times by weekday and hour, and wrote a Plotly heatmap. This does
the same, step for step, with each dataset's exact format given the same way:

- text: the file's lines as one column (the tool read the file and split its lines);
- conti: the pretty-printed ContiLeaks objects are not decoded: the lines holding "ts" are kept with
  a string test, and the value is the text between the quotes after the key;
- jsonl: pandas' JSON-lines reader, the timestamp column only;
- csv: pandas' CSV reader, the timestamp column only (usecols, as the tool did);
- xlsx: pandas' Excel reader (openpyxl), the timestamp column only, parsed with errors='coerce'.

usage: pandas_method.py text|conti|jsonl|csv|xlsx INPUT OUTPUT.html [GRID.json]
GRID.json, when given, gets the 7 x 24 counts (Monday first, hours 0-23) for the benchmark to
check against heatmap's.
"""
import json
import sys

import pandas as pd
import plotly.graph_objects as go

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Each dataset's timestamp layout, given to pandas as the tool gave it (bench/GenerateData.java
# writes them).
FORMATS = {
    "text": "%Y-%m-%d %H:%M:%S",
    "conti": "%Y-%m-%dT%H:%M:%S.%f",
    "jsonl": "%Y-%m-%dT%H:%M:%S.%fZ",
    "csv": "%Y-%m-%d %H:%M:%S",
}


def conti_ts(path):
    """The "ts" values of concatenated pretty-printed objects, by a string test on each line."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if '"ts"' in line:
                out.append(line.split('"')[3])
    return out


def read(kind, path):
    if kind == "text":
        with open(path, encoding="utf-8") as f:
            return pd.Series(f.read().splitlines())
    if kind == "conti":
        return pd.Series(conti_ts(path))
    if kind == "jsonl":
        return pd.read_json(path, lines=True, dtype=False)["timestamp"]
    if kind == "csv":
        return pd.read_csv(path, usecols=["timestamp"])["timestamp"]
    if kind == "xlsx":
        return pd.read_excel(path, usecols=["Timestamp"])["Timestamp"]
    raise SystemExit("unknown kind " + kind)


def main():
    kind, path, out = sys.argv[1:4]
    raw = read(kind, path)
    if kind in FORMATS:
        ts = pd.to_datetime(raw, format=FORMATS[kind], errors="coerce")
    else:
        ts = pd.to_datetime(raw, errors="coerce")
    ts = ts.dropna()
    counts = ts.groupby([ts.dt.dayofweek, ts.dt.hour]).size()
    grid = [[0] * 24 for _ in range(7)]
    for (day, hour), n in counts.items():
        grid[int(day)][int(hour)] = int(n)
    # The tool's figure: days across, hours down.
    z = [[grid[d][h] for d in range(7)] for h in range(24)]
    fig = go.Figure(go.Heatmap(z=z, x=DAYS, y=list(range(24)), colorscale="Inferno"))
    fig.update_layout(title="Heatmap of " + path, xaxis_title="Day of the Week",
                      yaxis_title="Hour of the Day (UTC)")
    fig.write_html(out, include_plotlyjs="cdn")
    if len(sys.argv) > 4:
        with open(sys.argv[4], "w") as f:
            json.dump(grid, f)


if __name__ == "__main__":
    main()
