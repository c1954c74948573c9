#!/usr/bin/env python3
"""Reads wrk --latency outputs and prints figures or a Markdown table (Python 3 standard library only).

  wrk_table.py parse FILE         -> "req_per_s p50_ms p99_ms non2xx socket_errors requests"
  wrk_table.py table ROWS.tsv     -> Markdown table; each page's req/s as a ratio of the ceiling
                                     measured at the same connection count (mean of the runs before and after)
ROWS.tsv columns: name, path, connections, req/s, p50, p99, non2xx, socket errors, requests, load average, status
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


def table(path):
    rows = [line.rstrip("\n").split("\t") for line in open(path, encoding="utf-8") if line.strip()]
    ceilings = {}
    for r in rows:
        if r[0] == "ceiling" and r[10] == "200":
            ceilings.setdefault(r[2], []).append(float(r[3]))
    print("| page | path | conns | req/s | p50 ms | p99 ms | ratio to ceiling | non-2xx | socket errors | load avg (1/5/15 min) |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in rows:
        name, url, conns, rps, p50, p99, non2xx, sock, total, load, status = r
        if status != "200":
            print(f"| {name} | `{url}` | {conns} | missing (HTTP {status}) | | | | | | {load} |")
            continue
        ceiling = ceilings.get(conns)
        ratio = f"{100 * float(rps) / (sum(ceiling) / len(ceiling)):.0f} %" if ceiling else "?"
        print(f"| {name} | `{url}` | {conns} | {float(rps):,.0f} | {p50} | {p99} | {ratio} | {non2xx} | {sock} | {load} |")


if __name__ == "__main__":
    {"parse": parse, "table": table}[sys.argv[1]](sys.argv[2])
