#!/usr/bin/env python3
"""Reads wrk --latency outputs and prints figures or a Markdown table (Python 3 standard library only).

  wrk_table.py parse FILE         -> "req_per_s p50_ms p99_ms non2xx socket_errors requests"
  wrk_table.py table ROWS.tsv     -> Markdown table of medians over the rounds; each page's req/s as a ratio of the
                                     bare Kestrel server ("bare" rows) timed in the same round at the same connections
ROWS.tsv columns: name, path, connections, req/s, p50, p99, non2xx, socket errors, requests, load average, status, round
"""
import re
import sys

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def ms(text):
    m = re.match(r"([\d.]+)(us|ms|s|m)$", text)
    return float(m.group(1)) * UNITS[m.group(2)] if m else float("nan")


def parse(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
    p50 = re.search(r"^\s+50%\s+(\S+)", text, re.M)
    p99 = re.search(r"^\s+99%\s+(\S+)", text, re.M)
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    total = re.search(r"(\d+) requests in", text)
    errors = sum(int(x) for x in sock.groups()) if sock else 0
    print("%.0f %.2f %.2f %d %d %d" % (
        float(rps.group(1)) if rps else 0.0,
        ms(p50.group(1)) if p50 else float("nan"),
        ms(p99.group(1)) if p99 else float("nan"),
        int(non2xx.group(1)) if non2xx else 0,
        errors,
        int(total.group(1)) if total else 0))


def median(values):
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def table(path):
    """Medians over the rounds; a page's ratio is the median of its per-round ratios to that round's bare server."""
    rows = [line.rstrip("\n").split("\t") for line in open(path, encoding="utf-8") if line.strip()]
    bare = {(r[2], r[11]): float(r[3]) for r in rows if r[0] == "bare" and r[10] == "200" and float(r[3]) > 0}
    groups = {}
    for r in rows:
        groups.setdefault((r[0], r[2]), []).append(r)
    print("| page | path | conns | rounds | req/s (median) | p50 ms | p99 ms | ratio to bare Kestrel | per-round ratios | non-2xx | socket errors | load avg (1/5/15 min) |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---|")
    for (name, conns), runs in groups.items():
        url, load, status = runs[0][1], runs[0][9], runs[0][10]
        if status != "200":
            print(f"| {name} | `{url}` | {conns} | | missing (HTTP {status}) | | | | | | | {load} |")
            continue
        ratios = [float(r[3]) / bare[(conns, r[11])] for r in runs if (conns, r[11]) in bare]
        ratio = f"{median(ratios):.2f}" if ratios else "?"
        per_round = " / ".join(f"{x:.2f}" for x in ratios)
        print(f"| {name} | `{url}` | {conns} | {len(runs)} | {median([float(r[3]) for r in runs]):,.0f} | "
              f"{median([float(r[4]) for r in runs]):.2f} | {median([float(r[5]) for r in runs]):.2f} | {ratio} | {per_round} | "
              f"{sum(int(r[6]) for r in runs)} | {sum(int(r[7]) for r in runs)} | {load} |")


if __name__ == "__main__":
    {"parse": parse, "table": table}[sys.argv[1]](sys.argv[2])
