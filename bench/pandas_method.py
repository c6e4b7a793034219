#!/usr/bin/env python3
"""The original tool's method, re-implemented in a few lines, as the benchmark's baseline.

Read every timestamp into pandas, to_datetime, group by weekday and hour, and write the Plotly
HTML with the CDN script -- what the Python Timestamp-HeatMap tool did for one format at a time.

usage: pandas_method.py text|conti|jsonl|csv|xlsx INPUT OUTPUT.html
"""
import json
import sys

import pandas as pd
import plotly.graph_objects as go


def read(kind, path):
    if kind == "text":
        return pd.read_csv(path, header=None, names=["ts"])["ts"]
    if kind == "conti":
        # Concatenated pretty-printed objects, as in the ContiLeaks Jabber logs.
        text = open(path, encoding="utf-8").read()
        dec, i, out = json.JSONDecoder(), 0, []
        n = len(text)
        while i < n:
            while i < n and text[i].isspace():
                i += 1
            if i >= n:
                break
            obj, i = dec.raw_decode(text, i)
            out.append(obj["ts"])
        return pd.Series(out)
    if kind == "jsonl":
        return pd.read_json(path, lines=True, dtype=False)["timestamp"]
    if kind == "csv":
        return pd.read_csv(path)["timestamp"]
    if kind == "xlsx":
        return pd.read_excel(path)["Timestamp"]
    raise SystemExit("unknown kind " + kind)


def main():
    kind, path, out = sys.argv[1:4]
    ts = pd.to_datetime(read(kind, path), utc=True)
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    grid = (
        pd.crosstab(ts.dt.hour, ts.dt.dayofweek)
        .reindex(index=range(24), columns=range(7), fill_value=0)
    )
    fig = go.Figure(go.Heatmap(z=grid.values, x=days, y=list(range(24)), colorscale="YlOrRd"))
    fig.update_layout(title="Activity heatmap", xaxis_title="Day of the week",
                      yaxis_title="Hour of the Day (UTC)")
    fig.write_html(out, include_plotlyjs="cdn")


if __name__ == "__main__":
    main()
