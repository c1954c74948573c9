#!/usr/bin/env bash
# Seeds synthetic organizations (Thai names, departments and published documents each) into a data directory,
# once: a second run finds them and only adds what is missing, so load runs reuse the seeded database.
#
#   bench/generate.sh --data DIR [--db sqlite|postgres] [--orgs 1000] [--departments 6] [--documents 200] [--no-build]
#   bench/generate.sh --data DIR --db postgres --bulk [--orgs 8000] [--documents 125] [--workers 2] [--block 20]
#
# Without --bulk every organization and document goes through the staff use cases (slow: minutes per
# thousand documents). --bulk (PostgreSQL only) writes the same rows by COPY, in blocks of organizations
# that commit whole (a stopped run resumes where it stopped), then checks the ledger and search of a sample.
#
# The demo organization (bangkha, with the features' sample content) is seeded first by starting the app
# once in demo mode, so the same pages can be measured with one organization and with many.
# PostgreSQL: a private cluster lives in DIR/pg (database prongsai_bench) and is stopped afterwards.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

DB=sqlite DATA="" ORGS=1000 DEPARTMENTS=6 DOCUMENTS="" BULK=0 WORKERS=2 BLOCK=20
while [ $# -gt 0 ]; do
    case "$1" in
        --db) DB="$2"; shift 2 ;;
        --data) DATA="$(realpath -m "$2")"; shift 2 ;;
        --orgs) ORGS="$2"; shift 2 ;;
        --departments) DEPARTMENTS="$2"; shift 2 ;;
        --documents) DOCUMENTS="$2"; shift 2 ;;
        --bulk) BULK=1; shift ;;
        --workers) WORKERS="$2"; shift 2 ;;
        --block) BLOCK="$2"; shift 2 ;;
        --no-build) BENCH_NO_BUILD=1; shift ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
[ -n "$DATA" ] || die "--data DIR is required (the directory is kept and reused)"
case "$DB" in sqlite|postgres) ;; *) die "--db sqlite|postgres" ;; esac
[ "$BULK" = 0 ] || [ "$DB" = postgres ] || die "--bulk needs --db postgres"
mkdir -p "$DATA"

build
trap 'app_stop; pg_stop' EXIT
[ "$DB" = postgres ] && pg_start "$DATA"

app_start           # migrates, and seeds the demo organization into an empty database
app_stop
START=$SECONDS
if [ "$BULK" = 1 ]; then
    # Room for the load's write-ahead log: fewer checkpoints while COPY runs (kept in the cluster's postgresql.auto.conf).
    runuser -u postgres -- psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d prongsai_bench \
        -c "ALTER SYSTEM SET max_wal_size = '8GB'" -c "ALTER SYSTEM SET checkpoint_timeout = '15min'" \
        -c "ALTER SYSTEM SET default_toast_compression = 'lz4'" -c "SELECT pg_reload_conf()" >/dev/null
    # shellcheck disable=SC2046
    env $(db_env) dotnet "$TOOL_DLL" generate --bulk --orgs "$ORGS" --departments "$DEPARTMENTS" --documents "${DOCUMENTS:-125}" \
        --workers "$WORKERS" --block "$BLOCK"
else
    # shellcheck disable=SC2046
    env $(db_env) dotnet "$TOOL_DLL" generate --orgs "$ORGS" --departments "$DEPARTMENTS" --documents "${DOCUMENTS:-200}"
fi
log "generate: $((SECONDS - START)) s (after the app's first start: migrations and the demo organization)"
