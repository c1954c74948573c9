#!/usr/bin/env bash
# Mixed load on a one-organization database and on the bulk one, interleaved: 90 % public reads over random
# organizations (home, documents list, a document, a measures report, the ledger, the JSON API), 5 % searches,
# 5 % staff writes (the demo admin's departments through the JSON API). Per-page req/s, p50 and p99 come from
# `prongsai-bench mixed` (a .NET client that times every request: wrk's done() only sees the aggregate), and
# the medians of --runs runs of each database are compared: the goal is every public page's p50 within 10 %
# and p99 within 25 % of the one-organization figures. Each run is done twice: as is (the output cache serves
# repeated pages: with one organization nearly every read is a hit, with 8,000 nearly every read a miss) and
# --uncached (a unique query parameter on every public request: every read renders and queries on both databases).
#
#   bench/mixed-load.sh --big DIR [--small DIR] [--runs 3] [--seconds 30] [--warmup 60] [--connections 16]
#                       [--results FILE] [--no-build]
#
# DIR are data directories with a PostgreSQL cluster in DIR/pg (bench/generate.sh --bulk makes the big one);
# --warmup is load before the measured seconds of each run, which starts PostgreSQL and the app afresh: 60 s lets the
# big database's shared buffers fill as on a server that has been running a while (runs before 2026-12-01 18:30 UTC
# used 10 s; docs/performance.md, "Counting a document's files from the index").
# --small defaults to /work/benchdata/pg1, made on first use by `generate.sh --bulk --orgs 1` (the demo organization
# and bench-0001). Reads go to the bench-* organizations only, so both databases are read through organizations of
# the same shape (125 documents, five report years) and only the number of organizations differs. Each run starts
# the database's cluster and the app, loads, and stops both, so the two never share the machine.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

BIG="" SMALL="/work/benchdata/pg1" RUNS=3 SECONDS_=30 WARMUP=60 CONNECTIONS=16 RESULTS="$BENCH_DIR/results.md"
while [ $# -gt 0 ]; do
    case "$1" in
        --big) BIG="$(realpath -m "$2")"; shift 2 ;;
        --small) SMALL="$(realpath -m "$2")"; shift 2 ;;
        --runs) RUNS="$2"; shift 2 ;;
        --seconds) SECONDS_="$2"; shift 2 ;;
        --warmup) WARMUP="$2"; shift 2 ;;
        --connections) CONNECTIONS="$2"; shift 2 ;;
        --results) RESULTS="$(realpath -m "$2")"; shift 2 ;;
        --no-build) BENCH_NO_BUILD=1; shift ;;
        -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
[ -n "$BIG" ] || die "--big DIR is required (bench/generate.sh --db postgres --bulk --data DIR makes it)"
[ -f "$BIG/pg/PG_VERSION" ] || die "$BIG/pg is not a PostgreSQL cluster"
DB=postgres
build
if [ ! -f "$SMALL/pg/PG_VERSION" ]; then
    log "making the one-organization database in $SMALL"
    "$BENCH_DIR/generate.sh" --db postgres --bulk --orgs 1 --data "$SMALL" --no-build >&2
fi
trap 'app_stop; pg_stop' EXIT
TSV="$(mktemp /tmp/prongsai-mixed-XXXX.tsv)"

# CPU ticks (1/100 s) used so far by the app, and by the PostgreSQL cluster (the postmaster, its live children, and the
# children it has reaped).
cpu_ticks_app() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; }
cpu_ticks_pg() {
    local pm
    pm="$(head -n 1 "$PG_DATA/postmaster.pid")"
    { awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pm/stat"; for c in $(pgrep -P "$pm"); do awk '{ print $14 + $15 }' "/proc/$c/stat" 2>/dev/null; done; } \
        | awk '{ s += $1 } END { print s + 0 }'
}

one_run() { # LABEL DIR RUN
    DATA="$2"
    pg_start "$DATA"
    APP_PORT="" app_start
    local mode load app0 pg0 requests
    for mode in "" -uncached; do
        load="$(load_average)"
        app0="$(cpu_ticks_app)" pg0="$(cpu_ticks_pg)"
        # shellcheck disable=SC2046
        env $(db_env) dotnet "$TOOL_DLL" mixed --base "$APP_URL" --email "$BENCH_ADMIN_EMAIL" --password "$BENCH_ADMIN_PASSWORD" \
            --seconds "$SECONDS_" --warmup "$WARMUP" --connections "$CONNECTIONS" --label "$1$mode" --seed "$3" --tsv "$TSV" \
            ${mode:+--uncached} >&2
        log "$1$mode run $3: load average $load -> $(load_average), app RSS $(rss_mb "$APP_PID") MB"
        printf '%s\tload\t0\t%s\t0\t0\t0\n' "$1$mode" "$(cut -d' ' -f1 /proc/loadavg)" >>"$TSV"
        # CPU time per request (app, PostgreSQL) over every request of the run, warm-up included: unlike latency it hardly
        # depends on what else runs on the machine.
        requests="$(awk -F'\t' -v l="$1$mode" '$1 == l && $2 == "issued" { n = $3 } END { print n + 0 }' "$TSV")"
        printf '%s\tcpu\t%s\t%s\t%s\t0\t0\n' "$1$mode" "$requests" "$(( $(cpu_ticks_app) - app0 ))" "$(( $(cpu_ticks_pg) - pg0 ))" >>"$TSV"
    done
    app_stop
    pg_stop
}

log "mixed load: $RUNS interleaved runs of ${SECONDS_} s (after ${WARMUP} s warm-up), $CONNECTIONS connections; $(machine)"
for run in $(seq 1 "$RUNS"); do
    one_run 1-org "$SMALL" "$run"
    one_run 8000-orgs "$BIG" "$run"
done

TABLE="$(python3 - "$TSV" <<'EOF'
import statistics, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
by = {}
pages = []
cpu = {}
for label, page, count, rps, p50, p99, errors in rows:
    if page == "cpu":
        cpu.setdefault(label, []).append((int(count), int(rps), int(p50)))
        continue
    by.setdefault((label, page), []).append((float(rps), float(p50), float(p99), int(errors)))
    if page not in pages and page not in ("load", "cpu", "issued"):
        pages.append(page)
def med(label, page, i):
    values = [r[i] for r in by.get((label, page), [])]
    return statistics.median(values) if values else float("nan")
for mode, title in (("", "as is (output cache on)"), ("-uncached", "uncached (every public read misses the output cache)")):
    small, big = "1-org" + mode, "8000-orgs" + mode
    if (small, "all") not in by and (big, "all") not in by:
        continue
    loads = [r[0] for r in by.get((small, "load"), []) + by.get((big, "load"), [])]
    print(f"\n**{title}**; 1-minute load average after the runs: {', '.join(f'{l:.1f}' for l in loads)}\n")
    print("| page | req/s 1 org | req/s 8,000 | p50 1 org ms | p50 8,000 ms | p50 ratio | p99 1 org ms | p99 8,000 ms | p99 ratio | errors 1/8,000 |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for page in pages:
        a50, b50, a99, b99 = med(small, page, 1), med(big, page, 1), med(small, page, 2), med(big, page, 2)
        e1 = sum(r[3] for r in by.get((small, page), [])); e2 = sum(r[3] for r in by.get((big, page), []))
        print(f"| {page} | {med(small, page, 0):.1f} | {med(big, page, 0):.1f} | {a50:.2f} | {b50:.2f} | {b50 / a50:.2f} | "
              f"{a99:.2f} | {b99:.2f} | {b99 / a99:.2f} | {e1}/{e2} |")

print("\n**CPU time per request** (median over the runs, every request of a run counted, warm-up included)\n")
print("| run | requests | app CPU ms/request | PostgreSQL CPU ms/request |")
print("|---|---:|---:|---:|")
for label, values in cpu.items():
    app = statistics.median(10.0 * a / max(n, 1) for n, a, p in values)
    pg = statistics.median(10.0 * p / max(n, 1) for n, a, p in values)
    print(f"| {label} | {statistics.median(n for n, a, p in values):.0f} | {app:.2f} | {pg:.2f} |")
EOF
)"
echo "$TABLE"
{
    echo
    echo "## mixed-load.sh $(date -u +%Y-%m-%dT%H:%MZ): medians of $RUNS interleaved runs, ${SECONDS_} s each, $CONNECTIONS connections"
    echo
    echo "$(machine)"
    echo
    echo "$TABLE"
} >>"$RESULTS"
log "raw per-run figures: $TSV"
