#!/usr/bin/env bash
# Runs every Prongsai test project against a throwaway PostgreSQL cluster.
#
#   ./test.sh [extra 'dotnet test' arguments, e.g. --filter "FullyQualifiedName~BrowserTests"]
#
# 1. installs what the tests need when missing (PostgreSQL, Chromium + ChromeDriver, poppler-utils, Thai fonts)
#    and the browser tests' npm packages (npm ci) when node_modules is missing;
# 2. starts a private PostgreSQL cluster on a free loopback port and exports PRONGSAI_TEST_POSTGRES
#    (if PRONGSAI_TEST_POSTGRES is already set, that server is used and no cluster is started);
# 3. builds the solution once (Release) and runs 'dotnet test --no-build' for each tests/*/*.csproj,
#    writing one TRX file per project into TestResults/;
# 4. stops the cluster and removes its directory (also on failure or Ctrl+C);
# 5. prints the totals over all TRX files as the last line: "N passed, N failed[, N skipped]".
# Exits non-zero when a test failed, a project could not run, the build failed, or no test ran.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
RESULTS="$ROOT/TestResults"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export SE_OFFLINE=true # Selenium must never download a driver or a browser

problems=()

# ---------------------------------------------------------------- packages
# shellcheck source=scripts/ensure-packages.sh
source "$ROOT/scripts/ensure-packages.sh"
server_was_installed=0
compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null && server_was_installed=1
ensure_packages postgresql chromium chromium-driver poppler-utils qpdf tesseract-ocr-tha fonts-thai-tlwg fonts-tlwg-laksaman-ttf python3-aiosmtpd redis-server \
    || problems+=("Debian packages could not be installed")
# Open data: the DCAT catalogs are expanded with a JSON-LD processor (tests/Prongsai.Tests/OpenData/jsonld_check.py).
ensure_packages python3-pyld || problems+=("python3-pyld (JSON-LD processor of the open-data tests) could not be installed")
if [ "$server_was_installed" -eq 0 ] && command -v pg_lsclusters >/dev/null; then
    # Where installing the package also started Debian's default cluster, stop it: the tests use their own.
    pg_lsclusters -h 2>/dev/null | awk '$4 == "online" {print $1, $2}' | while read -r version cluster; do
        pg_ctlcluster "$version" "$cluster" stop || true
    done
fi

for lock in tests/*/package-lock.json; do
    [ -f "$lock" ] || continue
    dir="$(dirname "$lock")"
    if [ ! -d "$dir/node_modules" ]; then
        echo "npm ci in $dir"
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || problems+=("npm ci failed in $dir")
    fi
done

# ---------------------------------------------------------------- PostgreSQL
PG_DIR=""
PG_BIN=""
PG_RUN=()

pg() { # runs a PostgreSQL binary as the cluster's owner, from a directory that user can enter
    (cd / && "${PG_RUN[@]}" "$PG_BIN/$1" "${@:2}")
}

stop_postgres() {
    [ -n "$PG_DIR" ] || return 0
    if [ -f "$PG_DIR/data/postmaster.pid" ]; then
        if ! pg pg_ctl -D "$PG_DIR/data" -m fast -w -t 30 stop >/dev/null 2>&1; then
            local pid
            pid="$(head -n 1 "$PG_DIR/data/postmaster.pid" 2>/dev/null || true)"
            [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null
            sleep 1
        fi
    fi
    rm -rf "$PG_DIR"
    PG_DIR=""
}
trap stop_postgres EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() {
    [ -e "/tmp/.s.PGSQL.$1.lock" ] && return 0
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_postgres() {
    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
        echo "error: PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin" >&2
        return 1
    fi
    local owner
    if [ "$(id -u)" -eq 0 ]; then
        owner=postgres
        PG_RUN=(runuser -u postgres --)
    else
        owner="$(id -un)"
        PG_RUN=()
    fi
    PG_DIR="$(mktemp -d /tmp/prongsai-pg.XXXXXX)"
    chown "$owner": "$PG_DIR" && chmod 700 "$PG_DIR" || return 1
    if ! pg initdb -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1; then
        cat "$PG_DIR/initdb.log" >&2
        return 1
    fi
    local port attempt
    port=$((55432 + RANDOM % 500))
    for attempt in 1 2 3 4 5 6 7 8; do
        while port_in_use "$port"; do port=$((port + 1)); done
        if pg pg_ctl -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w -t 60 \
            -o "-p $port -c listen_addresses=127.0.0.1 -k /tmp -c fsync=off -c full_page_writes=off" start >/dev/null; then
            export PRONGSAI_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
            echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') test cluster on 127.0.0.1:$port"
            return 0
        fi
        port=$((port + 1))
    done
    tail -n 20 "$PG_DIR/postgres.log" >&2
    return 1
}

if [ -n "${PRONGSAI_TEST_POSTGRES:-}" ]; then
    echo "Using PRONGSAI_TEST_POSTGRES from the environment; no test cluster started"
elif ! start_postgres; then
    problems+=("the PostgreSQL test cluster could not be started")
    stop_postgres
fi

# ---------------------------------------------------------------- build and test
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
export PRONGSAI_TEST_RESULTS="$RESULTS"

build_ok=1
echo "Building Prongsai.slnx (Release)..."
if ! dotnet build "$ROOT/Prongsai.slnx" -c Release -nologo; then
    build_ok=0
    problems+=("the build failed")
fi

if [ "$build_ok" -eq 1 ]; then
    for proj in tests/*/*.csproj; do
        [ -f "$proj" ] || continue
        name="$(basename "$proj" .csproj)"
        echo
        echo "=== $name"
        dotnet test "$proj" --no-build -c Release --results-directory "$RESULTS" \
            --logger "trx;LogFileName=$name.trx" "$@"
        rc=$?
        if [ ! -f "$RESULTS/$name.trx" ]; then
            problems+=("$name did not run (exit code $rc, no TRX file)")
        elif [ "$rc" -ne 0 ] && ! grep -q '<Counters[^>]* failed="[1-9]' "$RESULTS/$name.trx"; then
            problems+=("$name exited with code $rc")
        fi
    done
fi

stop_postgres

# ---------------------------------------------------------------- summary
passed=0 failed=0 skipped=0
counter() { # counter NAME LINE -> the number in NAME="..." or 0
    local v
    v="$(grep -o " $1=\"[0-9]*\"" <<<"$2" | grep -o '[0-9]\+' | head -n 1)"
    echo "${v:-0}"
}
for trx in "$RESULTS"/*.trx; do
    [ -f "$trx" ] || continue
    line="$(tr '\n' ' ' <"$trx" | grep -o '<Counters [^>]*>' | head -n 1)"
    [ -n "$line" ] || { problems+=("$(basename "$trx") has no <Counters> element"); continue; }
    passed=$((passed + $(counter passed "$line")))
    failed=$((failed + $(counter failed "$line") + $(counter error "$line") + $(counter timeout "$line") + $(counter aborted "$line")))
    # xunit's skipped tests are results with outcome NotExecuted; the Counters element may not count them.
    not_executed="$(grep -o '<UnitTestResult [^>]*outcome="NotExecuted"' "$trx" | wc -l)"
    [ "$(counter notExecuted "$line")" -gt "$not_executed" ] && not_executed="$(counter notExecuted "$line")"
    skipped=$((skipped + not_executed))
done

status=0
echo
for p in "${problems[@]}"; do
    echo "error: $p"
    status=1
done
[ "$failed" -gt 0 ] && status=1
if [ $((passed + failed)) -eq 0 ]; then
    echo "error: no test ran"
    status=1
fi
echo "Test results: $RESULTS"
summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary+=", $skipped skipped"
echo "$summary"
exit "$status"
