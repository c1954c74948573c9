#!/usr/bin/env bash
# Seeds synthetic organizations (Thai names, departments each) into a data directory, once: a second run
# finds them and only adds what is missing, so load runs reuse the seeded database.
#
#   bench/generate.sh --data DIR [--db sqlite|postgres] [--orgs 1000] [--departments 6] [--no-build]
#
# The demo organization (bangkha, with the features' sample content) is seeded first by starting the app
# once in demo mode, so the same pages can be measured with one organization and with many.
# PostgreSQL: a private cluster lives in DIR/pg (database prongsai_bench) and is stopped afterwards.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

DB=sqlite DATA="" ORGS=1000 DEPARTMENTS=6
while [ $# -gt 0 ]; do
    case "$1" in
        --db) DB="$2"; shift 2 ;;
        --data) DATA="$(realpath -m "$2")"; shift 2 ;;
        --orgs) ORGS="$2"; shift 2 ;;
        --departments) DEPARTMENTS="$2"; shift 2 ;;
        --no-build) BENCH_NO_BUILD=1; shift ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
[ -n "$DATA" ] || die "--data DIR is required (the directory is kept and reused)"
case "$DB" in sqlite|postgres) ;; *) die "--db sqlite|postgres" ;; esac
mkdir -p "$DATA"

build
trap 'app_stop; pg_stop' EXIT
[ "$DB" = postgres ] && pg_start "$DATA"

app_start           # migrates, and seeds the demo organization into an empty database
app_stop
# shellcheck disable=SC2046
env $(db_env) dotnet "$TOOL_DLL" generate --orgs "$ORGS" --departments "$DEPARTMENTS"
