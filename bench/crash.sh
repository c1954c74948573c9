#!/usr/bin/env bash
# Crash safety: while --writers concurrent staff writers create departments through Kestrel on loopback
# (rate limits lifted; a 429 counts as a failure), the app is killed with SIGKILL, restarted on the same
# data, and every write that got a 2xx must be there afterwards. Prints "acknowledged writes lost: N"
# and exits non-zero when N > 0 or when the run could not prove anything.
#
#   bench/crash.sh [--db sqlite|postgres] [--writers 64] [--kill-after-acks 1000] [--after 5]
#                  [--kill-db] [--data DIR] [--results FILE] [--no-build]
#
# --kill-after-acks: acknowledged writes to wait for before the kill. --after: seconds of writing after
# the restart. --kill-db (PostgreSQL): also stop the database with "pg_ctl -m immediate" (no shutdown
# checkpoint, like a crash) at the same moment, and start it again before the app.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

DB=sqlite WRITERS=64 KILL_AFTER=1000 AFTER=5 KILL_DB=0 DATA="" KEEP=0 RESULTS="$BENCH_DIR/results.md"
while [ $# -gt 0 ]; do
    case "$1" in
        --db) DB="$2"; shift 2 ;;
        --writers) WRITERS="$2"; shift 2 ;;
        --kill-after-acks) KILL_AFTER="$2"; shift 2 ;;
        --after) AFTER="$2"; shift 2 ;;
        --kill-db) KILL_DB=1; shift ;;
        --data) DATA="$(realpath -m "$2")"; KEEP=1; shift 2 ;;
        --results) RESULTS="$(realpath -m "$2")"; shift 2 ;;
        --no-build) BENCH_NO_BUILD=1; shift ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
case "$DB" in sqlite|postgres) ;; *) die "--db sqlite|postgres" ;; esac
[ "$KILL_DB" = 0 ] || [ "$DB" = postgres ] || die "--kill-db is for --db postgres"

build
if [ -z "$DATA" ]; then DATA="$(mktemp -d /tmp/prongsai-crash-XXXX)"; fi
mkdir -p "$DATA"
WORK="$(mktemp -d /tmp/prongsai-crash-out-XXXX)"
WRITER_PID=""
cleanup() {
    [ -n "$WRITER_PID" ] && kill "$WRITER_PID" 2>/dev/null || true
    app_stop
    pg_stop
    rm -rf "$WORK"
    if [ "$KEEP" = 0 ]; then rm -rf "$DATA"; fi
}
trap cleanup EXIT
[ "$DB" = postgres ] && pg_start "$DATA"
app_start
LOAD_START="$(load_average)"

ACKS="$WORK/acknowledged.txt"
: >"$ACKS"
tool write --base "$APP_URL" --email "$BENCH_ADMIN_EMAIL" --password "$BENCH_ADMIN_PASSWORD" \
    --writers "$WRITERS" --seconds 600 --stop-file "$WORK/stop" --acks "$ACKS" >"$WORK/writers.txt" 2>&1 &
WRITER_PID=$!

acks() { wc -l <"$ACKS" | tr -d ' '; }
for _ in $(seq 1 1200); do
    [ "$(acks)" -ge "$KILL_AFTER" ] && break
    kill -0 "$WRITER_PID" 2>/dev/null || { cat "$WORK/writers.txt" >&2; die "the writers stopped before the kill"; }
    sleep 0.1
done
[ "$(acks)" -ge "$KILL_AFTER" ] || die "only $(acks) acknowledged writes after 120 s"

OLD_PID="$APP_PID"
PG_STOP_PID=""
if [ "$KILL_DB" = 1 ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate stop >/dev/null 2>&1 &
    PG_STOP_PID=$!
fi
kill -KILL "$OLD_PID"
ACKS_AT_KILL="$(acks)"
wait "$OLD_PID" 2>/dev/null || true
APP_PID=""
log "SIGKILL to pid $OLD_PID with $WRITERS writers running; $ACKS_AT_KILL writes acknowledged so far"
if [ "$KILL_DB" = 1 ]; then
    wait "$PG_STOP_PID" || true
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$DATA/postgres.log" -w -t 60 \
        -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k /tmp -c max_connections=200" start >/dev/null \
        || die "PostgreSQL did not restart"
    log "PostgreSQL stopped with -m immediate and restarted"
fi
sleep 1
RESTART="$(date +%s.%N)"
app_start
log "restarted in $(python3 -c "import sys; print(round(float(sys.argv[2]) - float(sys.argv[1]), 1))" "$RESTART" "$(date +%s.%N)") s"
ACKS_AT_RESTART="$(acks)"
sleep "$AFTER"
touch "$WORK/stop"
wait "$WRITER_PID" || true
WRITER_PID=""
ACKS_TOTAL="$(acks)"
SUMMARY="$(grep '^write:' "$WORK/writers.txt" | tail -n 1)"
[ -n "$SUMMARY" ] || { cat "$WORK/writers.txt" >&2; die "the writers did not finish"; }
[ "$ACKS_TOTAL" -gt "$ACKS_AT_RESTART" ] || log "warning: no write was acknowledged after the restart"

set +e
tool verify --base "$APP_URL" --acks "$ACKS" >"$WORK/verify.txt" 2>&1
VERIFIED=$?
set -e
cat "$WORK/verify.txt"
LOST="$(sed -n 's/^acknowledged writes lost: //p' "$WORK/verify.txt")"
[ -n "$LOST" ] || die "the check did not run"
BAD_ANSWERS="$(grep -oE '(429|5[0-9]{2}): [0-9]+' <<<"$SUMMARY" || true)"

{
    echo
    echo "### $(date '+%Y-%m-%d %H:%M %Z') — crash safety, $DB$([ "$KILL_DB" = 1 ] && echo ', app and database killed')"
    echo
    echo "- machine: $(machine); load average at start $LOAD_START"
    echo "- commit: $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet || echo ' (with uncommitted changes)')"
    echo "- command: \`bench/crash.sh --db $DB --writers $WRITERS --kill-after-acks $KILL_AFTER --after $AFTER$([ "$KILL_DB" = 1 ] && echo ' --kill-db')\`"
    echo "- $WRITERS writers (one signed-in OrgAdmin session, POST /api/v1/orgs/bangkha/departments, unique names)"
    echo "- SIGKILL after $ACKS_AT_KILL acknowledged writes; $ACKS_AT_RESTART by the time the script saw the restarted app healthy, $ACKS_TOTAL at the end"
    echo "- writers: ${SUMMARY#write: } (\"connection\" = refused or cut while the app was down)"
    echo "- 429 or 5xx answers: ${BAD_ANSWERS:-none}"
    echo "- $(grep '^stored without' "$WORK/verify.txt")"
    echo "- **acknowledged writes lost: $LOST**"
} | tee -a "$RESULTS"
echo "acknowledged writes lost: $LOST"
[ "$VERIFIED" = 0 ] && [ -z "$BAD_ANSWERS" ]
