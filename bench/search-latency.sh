#!/usr/bin/env bash
# Search latency: one organization's search and the installation-wide search, with the query set the search
# tests use (tests/Prongsai.Tests/TestData/search-queries.txt), against a running app over HTTP (the JSON API,
# so the figures are the search and not the page's layout). Prints p50/p95/p99/max per kind and the slowest queries.
#
#   bench/search-latency.sh --url http://127.0.0.1:5000 --org bench-0001 [--rounds 20] [--queries FILE] [--results FILE]
#   bench/search-latency.sh --start [--db sqlite|postgres] [--data DIR] [--org bangkha] [--rounds 20] [--no-build]
#
# --url measures an app that is already running (for instance on the 8,000-organization PostgreSQL database:
# start it with that database's settings, Database__Provider=Postgres ConnectionStrings__Prongsai=…, then pass its URL).
# --start builds and starts the demo app here (bench/lib.sh; --data DIR reuses a data directory).
# Uncached: one organization's search API is output-cached per query string, so every request carries a
# harmless parameter of its own (&nocache=RUN-N, unique across runs), which the endpoints ignore and the cache keys on; the
# installation-wide search is not cached at all and gets the same parameter. One warm-up pass is not counted.
# Requests run one after another on one keep-alive connection; the time is the client's, from sending the
# request to the last byte of the answer.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

ARGS="$*"
URL="" ORG="" ROUNDS=20 START=0 DB=sqlite DATA="" KEEP=0
QUERIES="$ROOT/tests/Prongsai.Tests/TestData/search-queries.txt"
RESULTS="$BENCH_DIR/results.md"
while [ $# -gt 0 ]; do
    case "$1" in
        --url) URL="${2%/}"; shift 2 ;;
        --org) ORG="$2"; shift 2 ;;
        --rounds) ROUNDS="$2"; shift 2 ;;
        --queries) QUERIES="$(realpath -m "$2")"; shift 2 ;;
        --results) RESULTS="$(realpath -m "$2")"; shift 2 ;;
        --start) START=1; shift ;;
        --db) DB="$2"; shift 2 ;;
        --data) DATA="$(realpath -m "$2")"; KEEP=1; shift 2 ;;
        --no-build) BENCH_NO_BUILD=1; shift ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
[ -f "$QUERIES" ] || die "query set not found: $QUERIES"

if [ "$START" = 1 ]; then
    [ -z "$URL" ] || die "--url and --start exclude each other"
    ORG="${ORG:-bangkha}"
    build
    [ -n "$DATA" ] || DATA="$(mktemp -d /tmp/prongsai-search-XXXX)"
    cleanup() { app_stop; pg_stop; [ "$KEEP" = 1 ] || rm -rf "$DATA"; }
    trap cleanup EXIT
    [ "$DB" = postgres ] && pg_start "$DATA"
    app_start
    URL="$APP_URL"
    COMMAND_NOTE="demo app started by the script ($DB)"
else
    [ -n "$URL" ] || die "give --url of a running app, or --start (see --help)"
    [ -n "$ORG" ] || die "give --org SLUG (the organization whose own search is measured)"
    COMMAND_NOTE="running app at $URL"
fi
curl -sf -o /dev/null "$URL/api/v1/orgs/$ORG" || die "$URL/api/v1/orgs/$ORG does not answer 200: is the app running and the slug right?"
log "machine: $(machine); load $(load_average)"

REPORT="$(python3 - "$URL" "$ORG" "$ROUNDS" "$QUERIES" <<'PY'
import http.client, json, statistics, sys, time, urllib.parse

base, org, rounds, query_file = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
queries = [line.strip() for line in open(query_file, encoding="utf-8") if line.strip() and not line.strip().startswith("#")]
parsed = urllib.parse.urlsplit(base)
connection = http.client.HTTPConnection(parsed.hostname, parsed.port or 80, timeout=60)
kinds = {
    "one organization": lambda q: f"/api/v1/orgs/{org}/search?q={urllib.parse.quote(q)}",
    "installation-wide": lambda q: f"/api/v1/search?q={urllib.parse.quote(q)}",
}
counter = 0
# A run of its own in every key, so a second run against the same app is not answered from the first one's cache.
run = f"{time.time_ns():x}"

def get(path):
    global counter
    counter += 1
    started = time.perf_counter()
    connection.request("GET", f"{path}&nocache={run}-{counter}")
    response = connection.getresponse()
    body = response.read()
    return (time.perf_counter() - started) * 1000, response.status, body

def percentile(values, p):  # nearest rank
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, int(round(p / 100 * len(ordered) + 0.5)) - 1))]

totals = {kind: {} for kind in kinds}
for kind, path in kinds.items():  # warm-up pass, and the hit counts
    for q in queries:
        _, status, body = get(path(q))
        totals[kind][q] = json.loads(body).get("total", "?") if status == 200 else f"HTTP {status}"

times = {kind: {q: [] for q in queries} for kind in kinds}
errors = {kind: 0 for kind in kinds}
for _ in range(rounds):
    for kind, path in kinds.items():
        for q in queries:
            ms, status, _ = get(path(q))
            times[kind][q].append(ms)
            errors[kind] += status != 200

print(f"- query set: `{query_file.split('/tests/')[-1] if '/tests/' in query_file else query_file}` ({len(queries)} queries) × {rounds} rounds per kind, after one warm-up pass")
print()
print("| search | requests | p50 ms | p95 ms | p99 ms | max ms | non-200 |")
print("|---|---:|---:|---:|---:|---:|---:|")
for kind in kinds:
    values = [v for per in times[kind].values() for v in per]
    print(f"| {kind} | {len(values)} | {percentile(values, 50):.2f} | {percentile(values, 95):.2f} | {percentile(values, 99):.2f} | {max(values):.2f} | {errors[kind]} |")
print()
print("| query | hits (one org) | p95 ms (one org) | hits (installation) | p95 ms (installation) |")
print("|---|---:|---:|---:|---:|")
for q in sorted(queries, key=lambda q: -percentile(times["installation-wide"][q], 95)):
    a, b = times["one organization"][q], times["installation-wide"][q]
    print(f"| {q} | {totals['one organization'][q]} | {percentile(a, 95):.2f} | {totals['installation-wide'][q]} | {percentile(b, 95):.2f} |")
PY
)"

HEADER="### $(date -u '+%Y-%m-%d %H:%M') UTC — search latency, $COMMAND_NOTE, organization \`$ORG\`

- machine: $(machine)
- commit: $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')
- command: \`bench/search-latency.sh $ARGS\`
- requests: \`/api/v1/orgs/$ORG/search?q=…\` and \`/api/v1/search?q=…\`, each with its own \`&nocache=N\`; one keep-alive connection, one request at a time
- load average when the run began: $(load_average)"
printf '%s\n%s\n' "$HEADER" "$REPORT"
printf '\n%s\n%s\n' "$HEADER" "$REPORT" >>"$RESULTS"
log "appended to $RESULTS"
