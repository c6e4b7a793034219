#!/usr/bin/env python3
"""heatmap's benchmark: generates the datasets deterministically, times heatmap end to end (JVM
start and the HTML report included) and -- when pandas and plotly are installed -- the original
tool's pandas method, alternating the two, and prints wall time, peak RSS and the speed-up
against each target of the performance issue, as a Markdown table and one met/NOT MET line per
target.

usage: bench/bench.py [--runs N] [--data DIR] [--skip-pandas] [--only NAME,...]
                      [--quiet-load L] [--quiet-wait S]
Needs: python3 (stdlib), a JDK 17, the jar (built with Maven when missing). Optional: Debian's
python3-pandas, python3-plotly and python3-openpyxl for the baseline.

Times are medians of --runs runs, after one warm-up run each (files in the page cache); peak RSS
is the largest of the runs, from the kernel's rusage of the child. Other work on the machine
skews both, so before each measurement it waits (up to --quiet-wait seconds) until the one-minute
load average is under --quiet-load, and the report gives the load seen.
"""
import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "target", "heatmap.jar")
HEATMAP = os.path.join(ROOT, "bin", "heatmap")

# The targets.
TEXT_SPEEDUP = 10.0
CONTI_SPEEDUP = 5.0
MB_PER_S = 150.0
XLSX_VS_POI = 2.0
RSS_MB = 200.0
RSS_GROWTH = 1.25
STDIN_S = 0.4

loads = []


def load1():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def wait_quiet(limit, patience):
    """Waits until the 1-minute load average is under limit (or patience runs out); notes it."""
    deadline = time.time() + patience
    while load1() >= limit and time.time() < deadline:
        time.sleep(5)
    loads.append(load1())


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


def measure(cmds, runs, args, stdin_data=None):
    """Runs each command `runs` times, alternating A B A B after one warm-up each; medians."""
    wait_quiet(args.quiet_load, args.quiet_wait)
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


def machine(java):
    """One line on the machine: cores, CPU model, memory, JDK, Python and pandas."""
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            m = re.search(r"^model name\s*:\s*(.+)$", f.read(), re.M)
            cpu = m.group(1).strip() if m else cpu
        with open("/proc/meminfo") as f:
            mem = int(re.search(r"MemTotal:\s+(\d+)", f.read()).group(1)) / 1024 / 1024
    except OSError:
        mem = 0
    jdk = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.splitlines()
    py = pandas_python("text")
    pandas = "no pandas"
    if py:
        pandas = "pandas " + subprocess.run(
            [py, "-c", "import pandas, plotly; print(pandas.__version__, 'plotly', plotly.__version__)"],
            capture_output=True, text=True).stdout.strip()
    return "%d cores (%s), %.0f GB RAM, %s, %s, Python %s, %s" % (
        os.cpu_count(), cpu, mem, platform.system() + " " + platform.release(),
        jdk[0] if jdk else "java", platform.python_version(), pandas)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--data", default=os.path.join(ROOT, "bench", "data"))
    ap.add_argument("--skip-pandas", action="store_true")
    ap.add_argument("--only", default="", help="comma-separated: text,conti,jsonl,csv,xlsx,stdin")
    ap.add_argument("--quiet-load", type=float, default=0.5)
    ap.add_argument("--quiet-wait", type=float, default=600)
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

    print("machine: " + machine(java))
    print("heatmap: %s; runs: %d (medians), alternating with the pandas method" % (
        subprocess.run([HEATMAP, "--version"], capture_output=True, text=True).stdout.strip(), a.runs))

    rows, verdicts = [], []

    def verdict(name, ok, text):
        verdicts.append(("met" if ok else "NOT MET", name, text))

    def size_mb(path):
        return os.path.getsize(path) / 1e6

    cases = [("text", "text-2m.txt", TEXT_SPEEDUP), ("conti", "conti-1m.json", CONTI_SPEEDUP),
             ("jsonl", "lines-1m.jsonl", None), ("csv", "rows-1m.csv", None), ("xlsx", "rows-1m.xlsx", None)]
    rss = {}
    for kind, name, speedup_target in cases:
        if only and kind not in only:
            continue
        path = d(name)
        cmds = [hm(path)]
        # pandas reads a million-row workbook in minutes; the xlsx target is POI, not pandas.
        with_pandas = not a.skip_pandas and speedup_target is not None and pandas_python(kind) is not None
        if with_pandas:
            cmds.append(pd(kind, path))
        res = measure(cmds, a.runs, a)
        (hw, hr) = res[0]
        rss[kind] = hr
        row = {"dataset": name, "MB": size_mb(path), "heatmap_s": hw, "heatmap_MB": hr}
        if with_pandas:
            row["pandas_s"], row["pandas_MB"] = res[1]
            row["speedup"] = res[1][0] / hw
        if kind == "xlsx":
            (pw, _), = measure([[java, "-cp", JAR + os.pathsep + build, "PoiBaseline", path]], a.runs, a)
            row["poi_s"] = pw
            verdict("xlsx within %gx of POI's event API alone" % XLSX_VS_POI, hw <= XLSX_VS_POI * pw,
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
            verdict("%s >= %g MB/s" % (name, MB_PER_S), rate >= MB_PER_S, "%.0f MB/s" % rate)
        verdict("%s peak RSS < %g MB" % (name, RSS_MB), hr < RSS_MB, "%.0f MB" % hr)

    # Flat memory: 4x the input, not more than 1.25x the RSS.
    for kind, name in (("text", "text-2m-x4.txt"), ("conti", "conti-1m-x4.json"),
                       ("jsonl", "lines-1m-x4.jsonl"), ("csv", "rows-1m-x4.csv")):
        if kind not in rss:
            continue
        (w4, r4), = measure([hm(d(name))], max(1, a.runs // 2), a)
        rows.append({"dataset": name, "MB": size_mb(d(name)), "heatmap_s": w4, "heatmap_MB": r4})
        verdict("%s RSS flat at 4x input" % kind, r4 <= RSS_GROWTH * rss[kind] and r4 < RSS_MB,
                "%.0f MB vs %.0f MB (%.2fx)" % (r4, rss[kind], r4 / rss[kind]))

    if not only or "stdin" in only:
        (sw, sr), = measure([[HEATMAP, "-f", "json"]], a.runs, a, stdin_data=b"2024-01-01 10:15:00\n")
        rows.append({"dataset": "one line on stdin", "MB": 0.0, "heatmap_s": sw, "heatmap_MB": sr})
        verdict("one line on stdin < %g s" % STDIN_S, sw < STDIN_S, "%.3f s" % sw)

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
    print("load average (1 min) before each measurement: " + ", ".join("%.2f" % l for l in loads))
    print()
    for v in verdicts:
        print("%-8s %s: %s" % v)
    return 0 if all(v[0] == "met" for v in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
