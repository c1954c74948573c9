#!/usr/bin/env bash
# Load test: the app in Release on 127.0.0.1, wrk on each page, each page's req/s as a ratio of the ceiling: a
# separate bare Kestrel process (bench/Prongsai.BareServer) serving the ceiling page's bytes and headers from memory,
# measured in the same run, interleaved — every round times the bare server, then the app's own in-process
# ceiling (/_bench/ceiling, a second reference through the app's middleware), then each page.
#
#   bench/load.sh [--db sqlite|postgres] [--duration 10] [--connections "32 64"] [--warmup 3] [--rounds 3]
#                 [--encoding "gzip, deflate, br"|identity] [--data DIR] [--orgs N]
#                 [--ceiling-path /bangkha/measures/2567] [--page NAME=PATH ...] [--results FILE] [--no-build]
#
# --encoding is the Accept-Encoding every request sends (default: what browsers send, so pages go out compressed;
# "identity" for uncompressed bytes). Figures are medians over the rounds; a page's ratio is the median of its
# per-round ratios to that round's bare server.
# --data DIR reuses (and keeps) a data directory (SQLite file, or the PostgreSQL cluster in DIR/pg);
# without it a temporary one is made and removed. --orgs N seeds N synthetic organizations first
# (bench/generate.sh; skipped when they are there) and adds a page of one of them.
# --page NAME=PATH adds a page or replaces a default one. A page that does not answer 200 is reported
# as missing and skipped. The table is printed and appended to bench/results.md (or --results).
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

DB=sqlite DURATION=10 CONNECTIONS="32 64" WARMUP=3 ROUNDS=3 ENCODING="gzip, deflate, br" DATA="" ORGS=0 KEEP=0
CEILING_PATH=/bangkha/measures/2567 RESULTS="$BENCH_DIR/results.md"
declare -A PAGES=(
    [home]=/bangkha/
    [report]=/bangkha/measures/2567
    [document]=/bangkha/documents/1
    [search]="/bangkha/search?q=มาตรการ"
    [api-org]=/api/v1/orgs/bangkha
    [api-departments]=/api/v1/orgs/bangkha/departments
)
ORDER=(home report document search api-org api-departments)
while [ $# -gt 0 ]; do
    case "$1" in
        --db) DB="$2"; shift 2 ;;
        --duration) DURATION="$2"; shift 2 ;;
        --connections) CONNECTIONS="$2"; shift 2 ;;
        --warmup) WARMUP="$2"; shift 2 ;;
        --rounds) ROUNDS="$2"; shift 2 ;;
        --encoding) ENCODING="$2"; shift 2 ;;
        --data) DATA="$(realpath -m "$2")"; KEEP=1; shift 2 ;;
        --orgs) ORGS="$2"; shift 2 ;;
        --ceiling-path) CEILING_PATH="$2"; shift 2 ;;
        --page) name="${2%%=*}"; [ -n "${PAGES[$name]+x}" ] || ORDER+=("$name"); PAGES[$name]="${2#*=}"; shift 2 ;;
        --results) RESULTS="$(realpath -m "$2")"; shift 2 ;;
        --no-build) BENCH_NO_BUILD=1; shift ;;
        -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
case "$DB" in sqlite|postgres) ;; *) die "--db sqlite|postgres" ;; esac

ensure_wrk
build
if [ -z "$DATA" ]; then DATA="$(mktemp -d /tmp/prongsai-load-XXXX)"; fi
mkdir -p "$DATA"
WORK="$(mktemp -d /tmp/prongsai-load-out-XXXX)"
BARE_PID=""
cleanup() {
    [ -n "$BARE_PID" ] && kill "$BARE_PID" 2>/dev/null
    app_stop
    pg_stop
    rm -rf "$WORK"
    if [ "$KEEP" = 0 ]; then rm -rf "$DATA"; fi
}
trap cleanup EXIT

if [ "$ORGS" -gt 0 ]; then
    BENCH_NO_BUILD=1 "$BENCH_DIR/generate.sh" --db "$DB" --data "$DATA" --orgs "$ORGS" --no-build
    if [ -z "${PAGES[org-synthetic]+x}" ]; then
        ORDER+=(org-synthetic)
        PAGES[org-synthetic]="/bench-$(printf '%04d' $(( (ORGS + 1) / 2 )))/"
    fi
fi
[ "$DB" = postgres ] && pg_start "$DATA"

app_start Prongsai__Bench__Ceiling=true Prongsai__Bench__CeilingPath="$CEILING_PATH"
sleep 2
RSS_START="$(rss_mb "$APP_PID")"
log "RSS after start (no request yet): $RSS_START MB"

# The ceiling captures the report page; when that page is missing, the organization home page.
CEILING_SOURCE="$CEILING_PATH"
capture() { curl -s -o /dev/null -w '%{http_code}' -H "Accept-Encoding: $ENCODING" "$APP_URL/_bench/ceiling?capture=$1"; }
if [ "$(capture "$(encode_path "$CEILING_PATH")")" != 200 ]; then
    CEILING_SOURCE=/bangkha/
    log "$CEILING_PATH is missing: the ceiling serves $CEILING_SOURCE instead"
    [ "$(capture "$CEILING_SOURCE")" = 200 ] || die "the ceiling could not capture $CEILING_SOURCE"
fi
CEILING_BYTES="$(curl -s -H "Accept-Encoding: $ENCODING" "$APP_URL/_bench/ceiling" | wc -c)"

# The bare server copies the ceiling page as the load will ask for it (same Accept-Encoding), headers included.
BARE_PORT="$(free_port)"
BARE_URL="http://127.0.0.1:$BARE_PORT"
dotnet "$BARE_DLL" --copy "$APP_URL$(encode_path "$CEILING_SOURCE")" --accept-encoding "$ENCODING" --urls "$BARE_URL" >"$WORK/bare.log" 2>&1 &
BARE_PID=$!
for _ in $(seq 1 80); do curl -sf -o /dev/null "$BARE_URL/" && break; sleep 0.25; done
curl -sf -o /dev/null "$BARE_URL/" || { cat "$WORK/bare.log" >&2; die "the bare server did not start"; }
BARE_BYTES="$(curl -s -H "Accept-Encoding: $ENCODING" "$BARE_URL/" | wc -c)"
log "bare Kestrel ceiling on $BARE_URL: $(head -n 1 "$WORK/bare.log")"

declare -A STATUS
for name in "${ORDER[@]}"; do
    STATUS[$name]="$(status_of "$(encode_path "${PAGES[$name]}")")"
    [ "${STATUS[$name]}" = 200 ] || log "$name ${PAGES[$name]}: HTTP ${STATUS[$name]}, reported as missing"
done

run_wrk() { # NAME PATH CONNECTIONS SECONDS ROUND [BASE_URL] -> a row of ROWS
    local out="$WORK/$1-$3-$5.txt" load base="${6:-$APP_URL}"
    load="$(load_average)"
    wrk -t2 -c"$3" -d"$4"s --latency -H "Accept-Encoding: $ENCODING" "$base$(encode_path "$2")" >"$out" 2>&1 || true
    read -r rps p50 p99 non2xx sock total < <(python3 "$BENCH_DIR/wrk_table.py" parse "$out")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$rps" "$p50" "$p99" "$non2xx" "$sock" "$total" "$load" 200 "$5" >>"$WORK/rows.tsv"
    log "round $5 $1 c$3: $rps req/s, p50 $p50 ms, p99 $p99 ms, non-2xx $non2xx, socket errors $sock (load $load)"
}

log "warm-up: ${WARMUP} s per page"
wrk -t2 -c32 -d"$WARMUP"s -H "Accept-Encoding: $ENCODING" "$BARE_URL/" >/dev/null 2>&1 || true
for name in ceiling "${ORDER[@]}"; do
    path="${PAGES[$name]:-/_bench/ceiling}"
    [ "$name" = ceiling ] || [ "${STATUS[$name]}" = 200 ] || continue
    wrk -t2 -c32 -d"$WARMUP"s -H "Accept-Encoding: $ENCODING" "$APP_URL$(encode_path "$path")" >/dev/null 2>&1 || true
done

: >"$WORK/rows.tsv"
for c in $CONNECTIONS; do
    for round in $(seq 1 "$ROUNDS"); do
        run_wrk bare "$CEILING_SOURCE" "$c" "$DURATION" "$round" "$BARE_URL"
        run_wrk ceiling /_bench/ceiling "$c" "$DURATION" "$round"
        for name in "${ORDER[@]}"; do
            if [ "${STATUS[$name]}" = 200 ]; then
                run_wrk "$name" "${PAGES[$name]}" "$c" "$DURATION" "$round"
            elif [ "$round" = 1 ]; then
                printf '%s\t%s\t%s\t\t\t\t\t\t\t%s\t%s\t%s\n' "$name" "${PAGES[$name]}" "$c" "$(load_average)" "${STATUS[$name]}" "$round" >>"$WORK/rows.tsv"
            fi
        done
    done
done

RSS_LOADED="$(rss_mb "$APP_PID")"
sleep 10
RSS_AFTER="$(rss_mb "$APP_PID")"


{
    echo
    echo "### $(date '+%Y-%m-%d %H:%M %Z') — load, $DB, $([ "$ORGS" -gt 0 ] && echo "demo + $ORGS synthetic organizations" || echo "demo organization only")"
    echo
    echo "- machine: $(machine)"
    echo "- commit: $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet || echo ' (with uncommitted changes)')"
    echo "- command: \`bench/load.sh --db $DB --duration $DURATION --connections \"$CONNECTIONS\" --rounds $ROUNDS --encoding \"$ENCODING\"$([ "$ORGS" -gt 0 ] && echo " --orgs $ORGS")\`"
    echo "- app started from \`${BENCH_APP_CWD#"$ROOT"/}\`$([ -f "$BENCH_APP_CWD/appsettings.json" ] && echo ' (its appsettings.json applies)' || echo ' (no appsettings.json there: default Information logging to the console)')"
    echo "- each run: \`wrk -t2 -cN -d${DURATION}s --latency -H 'Accept-Encoding: $ENCODING' URL\` after a ${WARMUP} s warm-up; wrk runs on the same 2 cores as the app; $ROUNDS interleaved rounds, medians"
    echo "- bare: a separate minimal Kestrel process (\`bench/Prongsai.BareServer\`) answering with the $BARE_BYTES bytes (and headers) the app sends for \`$CEILING_SOURCE\`; ratio = median over the rounds of page req/s ÷ that round's bare req/s"
    echo "- ceiling: \`/_bench/ceiling\`, the same page's $CEILING_BYTES bytes as sent from memory through the app's own middleware (a second reference)"
    echo "- load average when the run began: $(head -n 1 "$WORK/rows.tsv" | cut -f10)"
    echo "- app RSS: $RSS_START MB after start (before any request), $RSS_LOADED MB right after the load, $RSS_AFTER MB 10 s later"
    echo
    python3 "$BENCH_DIR/wrk_table.py" table "$WORK/rows.tsv"
} | tee -a "$RESULTS"
log "appended to $RESULTS"
