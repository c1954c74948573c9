#!/usr/bin/env bash
# Mixed load on a one-organization database and on the bulk one, interleaved: 90 % public reads over random
# organizations (home, documents list, a document, a measures report, the ledger, the JSON API), 5 % searches,
# 5 % staff writes (the demo admin's departments through the JSON API). Per-page req/s, p50 and p99 come from
# `prongsai-bench mixed` (a .NET client that times every request: wrk's done() only sees the aggregate), and
# the medians of --runs runs of each database are compared: the goal is every public page's p50 within 10 %
# and p99 within 25 % of the one-organization figures.
#
#   bench/mixed-load.sh --big DIR [--small DIR] [--runs 3] [--seconds 30] [--warmup 10] [--connections 16]
#                       [--results FILE] [--no-build]
#
# DIR are data directories with a PostgreSQL cluster in DIR/pg (bench/generate.sh --bulk makes the big one);
# --small defaults to /work/benchdata/pg1, created with the demo organization only on first use. Each run starts
# the database's cluster and the app, loads, and stops both, so the two never share the machine.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

BIG="" SMALL="/work/benchdata/pg1" RUNS=3 SECONDS_=30 WARMUP=10 CONNECTIONS=16 RESULTS="$BENCH_DIR/results.md"
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
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
[ -n "$BIG" ] || die "--big DIR is required (bench/generate.sh --db postgres --bulk --data DIR makes it)"
[ -f "$BIG/pg/PG_VERSION" ] || die "$BIG/pg is not a PostgreSQL cluster"
DB=postgres
build
trap 'app_stop; pg_stop' EXIT
TSV="$(mktemp /tmp/prongsai-mixed-XXXX.tsv)"

one_run() { # LABEL DIR RUN
    DATA="$2"
    pg_start "$DATA"
    APP_PORT="" app_start
    # shellcheck disable=SC2046
    env $(db_env) dotnet "$TOOL_DLL" mixed --base "$APP_URL" --email "$BENCH_ADMIN_EMAIL" --password "$BENCH_ADMIN_PASSWORD" \
        --seconds "$SECONDS_" --warmup "$WARMUP" --connections "$CONNECTIONS" --label "$1" --seed "$3" --tsv "$TSV" >&2
    log "$1 run $3: app RSS $(rss_mb "$APP_PID") MB"
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
for label, page, count, rps, p50, p99, errors in rows:
    by.setdefault((label, page), []).append((float(rps), float(p50), float(p99), int(errors)))
pages = []
for _, page, *_ in rows:
    if page not in pages:
        pages.append(page)
def med(label, page, i):
    values = [r[i] for r in by.get((label, page), [])]
    return statistics.median(values) if values else float("nan")
print("| page | req/s 1 org | req/s 8,000 | p50 1 org ms | p50 8,000 ms | p50 ratio | p99 1 org ms | p99 8,000 ms | p99 ratio | errors 1/8,000 |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for page in pages:
    a50, b50, a99, b99 = med("1-org", page, 1), med("8000-orgs", page, 1), med("1-org", page, 2), med("8000-orgs", page, 2)
    e1 = sum(r[3] for r in by.get(("1-org", page), [])); e2 = sum(r[3] for r in by.get(("8000-orgs", page), []))
    print(f"| {page} | {med('1-org', page, 0):.1f} | {med('8000-orgs', page, 0):.1f} | {a50:.2f} | {b50:.2f} | {b50 / a50:.2f} | "
          f"{a99:.2f} | {b99:.2f} | {b99 / a99:.2f} | {e1}/{e2} |")
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
rm -f "$TSV"
