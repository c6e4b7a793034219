#!/usr/bin/env python3
"""Where a heatmap run spends its time, from a JFR recording: the share of execution samples by
the method on top of the stack (self time), and by the first dev.heatmap method on the stack
(the project's code that the time is spent in or under).

usage: HEATMAP_OPTS=-XX:StartFlightRecording=filename=REC.jfr,settings=profile bin/heatmap FILE ...
       bench/jfr_top.py REC.jfr [N]
Needs the JDK's jfr tool (next to java, or on PATH).
"""
import collections
import json
import os
import shutil
import subprocess
import sys


def jfr_tool():
    home = os.environ.get("JAVA_HOME")
    if home and os.path.exists(os.path.join(home, "bin", "jfr")):
        return os.path.join(home, "bin", "jfr")
    return shutil.which("jfr") or "jfr"


def name(frame):
    m = frame["method"]
    return m["type"]["name"].replace("/", ".") + "." + m["name"]


def main():
    rec, top = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 15
    out = subprocess.run([jfr_tool(), "print", "--json", "--stack-depth", "64", "--events", "jdk.ExecutionSample", rec],
                         capture_output=True, text=True, check=True).stdout
    events = json.loads(out)["recording"]["events"]
    own, ours = collections.Counter(), collections.Counter()
    for e in events:
        frames = e["values"]["stackTrace"]["frames"] if e["values"].get("stackTrace") else []
        if not frames:
            continue
        own[name(frames[0])] += 1
        first = next((name(f) for f in frames if f["method"]["type"]["name"].startswith("dev/heatmap/")), "(JDK only)")
        ours[first] += 1
    n = sum(own.values())
    print("%d execution samples" % n)
    for title, counter in (("self (top of stack)", own), ("by the innermost dev.heatmap method (JDK code charged to its caller)", ours)):
        print("\n" + title)
        for method, c in counter.most_common(top):
            print("  %5.1f %%  %s" % (100.0 * c / n, method))


if __name__ == "__main__":
    main()
