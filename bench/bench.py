#!/usr/bin/env python3
"""heatmap's benchmark: generates the datasets deterministically, times heatmap end to end (JVM
start and the HTML report included) and -- when pandas and plotly are installed -- the original
tool's pandas method, alternating the two, and prints wall time, peak RSS and the speed-up
against each target of the performance issue.

usage: bench/bench.py [--runs N] [--data DIR] [--skip-pandas] [--only NAME,...]
Needs: python3 (stdlib), a JDK 17, the jar (built with Maven when missing). Optional: Debian's
python3-pandas, python3-plotly and python3-openpyxl for the baseline.
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "target", "heatmap.jar")
HEATMAP = os.path.join(ROOT, "bin", "heatmap")


def run_once(cmd, stdin_data=None):
    """Runs cmd; returns (wall seconds, peak RSS in MB of the child) from the kernel's rusage."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE if stdin_data is not None else subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if stdin_data is not None:
        p.stdin.write(stdin_data)
        p.stdin.close()
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit("command failed (%d): %s\n%s" % (code, " ".join(cmd), err.decode(errors="replace")))
    return wall, usage.ru_maxrss / 1024.0


def measure(cmds, runs, stdin_data=None):
    """Runs each command `runs` times, alternating A B A B after one warm-up each; medians."""
    for c in cmds:
        run_once(c, stdin_data)
    samples = [[] for _ in cmds]
    for _ in range(runs):
        for i, c in enumerate(cmds):
            samples[i].append(run_once(c, stdin_data))
    return [(statistics.median(w for w, _ in s), max(m for _, m in s)) for s in samples]


def pandas_python(kind):
    """A Python that has pandas and plotly (and openpyxl for xlsx), or None."""
    mods = "pandas, plotly" + (", openpyxl" if kind == "xlsx" else "")
    for py in (sys.executable, "/usr/bin/python3"):
        if os.path.exists(py) and subprocess.run([py, "-c", "import " + mods],
                                                 capture_output=True).returncode == 0:
            return py
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--data", default=os.path.join(ROOT, "bench", "data"))
    ap.add_argument("--skip-pandas", action="store_true")
    ap.add_argument("--only", default="")
    a = ap.parse_args()

    if not os.path.exists(JAR):
        subprocess.run(["mvn", "-B", "-q", "-DskipTests", "package"], cwd=ROOT, check=True)
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
    javac = os.path.join(os.environ["JAVA_HOME"], "bin", "javac") if os.environ.get("JAVA_HOME") else "javac"
    os.makedirs(a.data, exist_ok=True)
    for scale in ("1", "4"):
        subprocess.run([java, "-cp", JAR, os.path.join(ROOT, "bench", "GenerateData.java"), a.data, scale],
                       check=True)
    build = os.path.join(a.data, "classes")
    subprocess.run([javac, "-nowarn", "-cp", JAR, "-d", build, os.path.join(ROOT, "bench", "PoiBaseline.java")],
                   check=True)
    out = os.path.join(a.data, "out.html")
    d = lambda name: os.path.join(a.data, name)
    hm = lambda path: [HEATMAP, path, "-o", out]
    pd = lambda kind, path: [pandas_python(kind), os.path.join(ROOT, "bench", "pandas_method.py"), kind, path, out]
    only = set(filter(None, a.only.split(",")))

    rows, verdicts = [], []

    def verdict(name, ok, text):
        verdicts.append(("met" if ok else "NOT MET", name, text))

    def size_mb(path):
        return os.path.getsize(path) / 1e6

    cases = [("text", "text-2m.txt", 10.0), ("conti", "conti-1m.json", 5.0),
             ("jsonl", "lines-1m.jsonl", None), ("csv", "rows-1m.csv", None), ("xlsx", "rows-1m.xlsx", None)]
    rss = {}
    for kind, name, speedup_target in cases:
        if only and kind not in only:
            continue
        path = d(name)
        cmds = [hm(path)]
        with_pandas = not a.skip_pandas and pandas_python(kind) is not None and (speedup_target is not None or kind == "xlsx")
        if with_pandas:
            cmds.append(pd(kind, path))
        res = measure(cmds, a.runs)
        (hw, hr) = res[0]
        rss[kind] = hr
        row = {"dataset": name, "MB": size_mb(path), "heatmap_s": hw, "heatmap_MB": hr}
        if with_pandas:
            row["pandas_s"], row["pandas_MB"] = res[1]
            row["speedup"] = res[1][0] / hw
        if kind == "xlsx":
            (pw, _), = measure([[java, "-cp", JAR + os.pathsep + build, "PoiBaseline", path]], a.runs)
            row["poi_s"] = pw
            verdict("xlsx within 2x of POI's event API alone", hw <= 2 * pw,
                    "%.2f s vs %.2f s (%.2fx)" % (hw, pw, hw / pw))
        rows.append(row)
        if speedup_target is not None:
            if with_pandas:
                verdict("%s >= %gx faster than pandas" % (name, speedup_target), row["speedup"] >= speedup_target,
                        "%.1fx" % row["speedup"])
            else:
                verdict("%s >= %gx faster than pandas" % (name, speedup_target), False,
                        "pandas/plotly not installed: cannot compare")
        if kind in ("jsonl", "csv"):
            rate = size_mb(path) / hw
            verdict("%s >= 150 MB/s" % name, rate >= 150, "%.0f MB/s" % rate)
        verdict("%s peak RSS < 200 MB" % name, hr < 200, "%.0f MB" % hr)

    # Flat memory: 4x the input, not more than 1.25x the RSS.
    for kind, name in (("text", "text-2m-x4.txt"), ("conti", "conti-1m-x4.json"),
                       ("jsonl", "lines-1m-x4.jsonl"), ("csv", "rows-1m-x4.csv")):
        if kind not in rss:
            continue
        (w4, r4), = measure([hm(d(name))], max(1, a.runs // 2))
        rows.append({"dataset": name, "MB": size_mb(d(name)), "heatmap_s": w4, "heatmap_MB": r4})
        verdict("%s RSS flat at 4x input" % kind, r4 <= 1.25 * rss[kind] and r4 < 200,
                "%.0f MB vs %.0f MB (%.2fx)" % (r4, rss[kind], r4 / rss[kind]))

    if not only or "stdin" in only:
        (sw, sr), = measure([[HEATMAP, "-f", "json"]], a.runs, stdin_data=b"2024-01-01 10:15:00\n")
        rows.append({"dataset": "one line on stdin", "MB": 0.0, "heatmap_s": sw, "heatmap_MB": sr})
        verdict("one line on stdin < 0.4 s", sw < 0.4, "%.3f s" % sw)

    print()
    print("| dataset | size MB | heatmap s | heatmap peak RSS MB | pandas s | pandas peak RSS MB | speed-up |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        print("| %s | %.0f | %.3f | %.0f | %s | %s | %s |" % (
            r["dataset"], r["MB"], r["heatmap_s"], r["heatmap_MB"],
            "%.2f" % r["pandas_s"] if "pandas_s" in r else ("POI alone %.2f" % r["poi_s"] if "poi_s" in r else "–"),
            "%.0f" % r["pandas_MB"] if "pandas_MB" in r else "–",
            "%.1fx" % r["speedup"] if "speedup" in r else "–"))
    print()
    for v in verdicts:
        print("%-8s %s: %s" % v)
    return 0 if all(v[0] == "met" for v in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
