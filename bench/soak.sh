#!/usr/bin/env bash
# Soak: mixed public reads (wrk over several pages) and staff writes (departments created, renamed and
# deleted through the JSON API by signed-in writers) for --duration seconds; samples the app's RSS every
# --interval seconds and counts errors (non-2xx/3xx answers, socket errors, failed writes).
#
#   bench/soak.sh [--db sqlite|postgres] [--duration 600] [--interval 10] [--connections 16] [--writers 2]
#                 [--data DIR] [--page PATH ...] [--results FILE] [--no-build]
#
# Pages that do not answer 200 are left out (and named). RSS counts as flat when the mean of the last
# quarter of the samples is within 10 % of the mean of the second quarter (the first is warm-up).
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

DB=sqlite DURATION=600 INTERVAL=10 CONNECTIONS=16 WRITERS=2 DATA="" KEEP=0 RESULTS="$BENCH_DIR/results.md"
PAGES=(/bangkha/ /bangkha/measures/2567 /bangkha/documents/1 "/bangkha/search?q=มาตรการ" /api/v1/orgs/bangkha /api/v1/orgs/bangkha/departments)
CUSTOM=0
while [ $# -gt 0 ]; do
    case "$1" in
        --db) DB="$2"; shift 2 ;;
        --duration) DURATION="$2"; shift 2 ;;
        --interval) INTERVAL="$2"; shift 2 ;;
        --connections) CONNECTIONS="$2"; shift 2 ;;
        --writers) WRITERS="$2"; shift 2 ;;
        --data) DATA="$(realpath -m "$2")"; KEEP=1; shift 2 ;;
        --page) [ "$CUSTOM" = 1 ] || PAGES=(); CUSTOM=1; PAGES+=("$2"); shift 2 ;;
        --results) RESULTS="$(realpath -m "$2")"; shift 2 ;;
        --no-build) BENCH_NO_BUILD=1; shift ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
case "$DB" in sqlite|postgres) ;; *) die "--db sqlite|postgres" ;; esac

ensure_wrk
build
if [ -z "$DATA" ]; then DATA="$(mktemp -d /tmp/prongsai-soak-XXXX)"; fi
mkdir -p "$DATA"
WORK="$(mktemp -d /tmp/prongsai-soak-out-XXXX)"
SAMPLER="" WRK_PID=""
cleanup() {
    [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true
    [ -n "$WRK_PID" ] && kill "$WRK_PID" 2>/dev/null || true
    app_stop
    pg_stop
    rm -rf "$WORK"
    if [ "$KEEP" = 0 ]; then rm -rf "$DATA"; fi
}
trap cleanup EXIT
[ "$DB" = postgres ] && pg_start "$DATA"
app_start
sleep 2

READS=()
for page in "${PAGES[@]}"; do
    encoded="$(encode_path "$page")"
    status="$(status_of "$encoded")"
    if [ "$status" = 200 ]; then READS+=("$encoded"); else log "left out (HTTP $status): $page"; fi
done
[ ${#READS[@]} -gt 0 ] || die "no page answers 200"
LOAD_START="$(load_average)"
log "soak: ${DURATION} s, reads on ${#READS[@]} pages with $CONNECTIONS connections, $WRITERS staff writers; load $LOAD_START"

# RSS every INTERVAL seconds: "seconds MB"
( t=0; while kill -0 "$APP_PID" 2>/dev/null; do echo "$t $(rss_mb "$APP_PID")"; sleep "$INTERVAL"; t=$((t + INTERVAL)); done ) >"$WORK/rss.txt" &
SAMPLER=$!

wrk -t2 -c"$CONNECTIONS" -d"$DURATION"s --latency -s "$BENCH_DIR/mixed.lua" "$APP_URL" -- "${READS[@]}" >"$WORK/wrk.txt" 2>&1 &
WRK_PID=$!
tool churn --base "$APP_URL" --email "$BENCH_ADMIN_EMAIL" --password "$BENCH_ADMIN_PASSWORD" \
    --writers "$WRITERS" --seconds "$DURATION" >"$WORK/churn.txt" 2>&1 || true
wait "$WRK_PID" || true
WRK_PID=""
sleep 1
kill "$SAMPLER" 2>/dev/null || true
SAMPLER=""
LOAD_END="$(load_average)"

read -r rps p50 p99 non2xx sock total < <(python3 "$BENCH_DIR/wrk_table.py" parse "$WORK/wrk.txt")
CHURN="$(grep '^churn:' "$WORK/churn.txt" | tail -n 1)"
[ -n "$CHURN" ] || { cat "$WORK/churn.txt" >&2; CHURN="churn: did not finish (see above)"; }
VERDICT="$(python3 - "$WORK/rss.txt" <<'PY'
import sys
samples = [float(line.split()[1]) for line in open(sys.argv[1]) if len(line.split()) == 2 and line.split()[1] != "?"]
if len(samples) < 4:
    print(f"too few samples ({len(samples)}) to judge"); sys.exit()
q = len(samples) // 4
second, last = samples[q:2 * q], samples[-q:]
a, b = sum(second) / len(second), sum(last) / len(last)
growth = 100 * (b - a) / a
print(f"{'flat' if abs(growth) <= 10 else 'NOT flat'}: min {min(samples):.0f} MB, max {max(samples):.0f} MB, "
      f"mean of 2nd quarter {a:.0f} MB, of last quarter {b:.0f} MB ({growth:+.1f} %)")
PY
)"

{
    echo
    echo "### $(date '+%Y-%m-%d %H:%M %Z') — soak, $DB, ${DURATION} s"
    echo
    echo "- machine: $(machine)"
    echo "- commit: $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet || echo ' (with uncommitted changes)')"
    echo "- command: \`bench/soak.sh --db $DB --duration $DURATION --interval $INTERVAL --connections $CONNECTIONS --writers $WRITERS\`"
    echo "- load average at start $LOAD_START, at end $LOAD_END"
    echo "- reads: \`wrk -t2 -c$CONNECTIONS -d${DURATION}s -s bench/mixed.lua\` over ${READS[*]}"
    echo "- reads: $total requests, $rps req/s, p50 $p50 ms, p99 $p99 ms, non-2xx/3xx $non2xx, socket errors $sock"
    echo "- writes ($WRITERS signed-in writers, create → rename → delete a department): ${CHURN#churn: }"
    echo "- RSS (MB) every ${INTERVAL} s: $(awk '{ printf "%s%s", (NR > 1 ? ", " : ""), $2 }' "$WORK/rss.txt")"
    echo "- RSS $VERDICT"
} | tee -a "$RESULTS"
log "appended to $RESULTS"
