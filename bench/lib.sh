# Shared helpers of the bench scripts (sourced, not run). Bash, Debian 12.
# shellcheck shell=bash

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
# The app is published (as the README's production section does), so its wwwroot and appsettings.json are beside it:
# a plain build output has no wwwroot outside Development, and its pages would go without their stylesheet.
APP_DLL="$BENCH_DIR/.out/web/Prongsai.Web.dll"
TOOL_DLL="$BENCH_DIR/Prongsai.Bench/bin/Release/net10.0/prongsai-bench.dll"
BARE_DLL="$BENCH_DIR/Prongsai.BareServer/bin/Release/net10.0/prongsai-bare.dll"
# The demo admin's password on the first start of a data directory (the scripts sign in with it).
BENCH_ADMIN_EMAIL="${BENCH_ADMIN_EMAIL:-admin@bangkha.demo}"
BENCH_ADMIN_PASSWORD="${BENCH_ADMIN_PASSWORD:-Bench-Admin-2567}"

# The app runs from its output directory, as `dotnet run` and run.sh do, so appsettings.json is read.
# BENCH_APP_CWD=. runs it from the repository root like the README's production command: then
# appsettings.json is NOT found and every request logs about 9 Information lines to the console.
BENCH_APP_CWD="$(realpath -m "${BENCH_APP_CWD:-$(dirname "$APP_DLL")}")"
APP_PID=""
APP_URL=""
APP_PORT=""
PG_PORT=""
PG_DATA=""
PG_BIN=""

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

load_average() { cut -d' ' -f1-3 /proc/loadavg; }

rss_mb() { # PID -> resident set in MB (one decimal), from /proc/PID/status
    awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "?"
}

machine() {
    local cpu mem
    cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
    mem="$(awk '/^MemTotal:/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)"
    echo "$(nproc) cores ($cpu), $mem RAM, $(uname -sr), .NET $(dotnet --version 2>/dev/null)"
}

ensure_wrk() {
    command -v wrk >/dev/null && return
    if [ "$(id -u)" = 0 ]; then
        log "installing wrk"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null || die "apt-get install wrk failed"
    else
        die "wrk is missing: sudo apt-get install wrk"
    fi
}

build() { # the app (published), the bench tool and the bare server, in Release (BENCH_NO_BUILD=1 skips)
    [ "${BENCH_NO_BUILD:-0}" = 1 ] && return
    log "publishing the app, building prongsai-bench and prongsai-bare (Release)"
    dotnet publish "$ROOT/src/Prongsai.Web" -c Release -v q -nologo -o "$BENCH_DIR/.out/web" >/tmp/prongsai-bench-build.log 2>&1 \
        && dotnet build "$BENCH_DIR/Prongsai.Bench" -c Release -v q -nologo >>/tmp/prongsai-bench-build.log 2>&1 \
        && dotnet build "$BENCH_DIR/Prongsai.BareServer" -c Release -v q -nologo >>/tmp/prongsai-bench-build.log 2>&1 \
        || { tail -n 30 /tmp/prongsai-bench-build.log >&2; die "build failed"; }
}

tool() { dotnet "$TOOL_DLL" "$@"; }

# PostgreSQL: a private cluster in DIR/pg (created on first use, kept), run as the postgres user.
# PG_EXTRA_OPTIONS adds server settings for this start ("-c shared_preload_libraries=auto_explain ...").
pg_start() { # DIR
    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [ -x "$PG_BIN/initdb" ] || die "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (apt-get install postgresql)"
    PG_DATA="$1/pg"
    mkdir -p "$1"
    chown postgres "$1" 2>/dev/null || true
    if [ ! -f "$PG_DATA/PG_VERSION" ]; then
        runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
            >"$1/initdb.log" 2>&1 || { cat "$1/initdb.log" >&2; die "initdb failed"; }
    fi
    PG_PORT="$(free_port)"
    # Shared buffers as a database server would have them (a quarter of the memory, at most 8 GB; BENCH_PG_SHARED_BUFFERS
    # overrides): with PostgreSQL's default 128 MB, the 8,000-organization database's working set is read from the OS
    # cache on every request and the comparison with one organization measures that (docs/performance.md).
    local buffers="${BENCH_PG_SHARED_BUFFERS:-$(awk '/^MemTotal:/ { mb = int($2 / 1024 / 4); if (mb > 8192) mb = 8192; print mb "MB" }' /proc/meminfo)}"
    # As a database server for many organizations is set up (docs/scaling.md, "PostgreSQL's memory"): the shared
    # buffers on huge pages, and pg_prewarm's autoprewarm, which writes down which blocks are in the buffers and reads
    # them back after a restart, so a restart does not start from an empty cache. BENCH_PG_PLAIN=1 starts without both.
    local server="-c shared_buffers=$buffers"
    if [ "${BENCH_PG_PLAIN:-0}" != 1 ]; then
        pg_reserve_huge_pages "$buffers"
        server="$server -c huge_pages=try -c shared_preload_libraries=pg_prewarm"
    fi
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$1/postgres.log" -w -t 60 \
        -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k /tmp -c max_connections=200 $server ${PG_EXTRA_OPTIONS:-}" start >/dev/null \
        || { tail -n 20 "$1/postgres.log" >&2; die "PostgreSQL did not start"; }
    log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT ($PG_DATA), shared buffers $buffers, huge pages held $(awk '/^HugePages_(Total|Free|Rsvd):/ { v[$1] = $2 } END { print v["HugePages_Total:"] - v["HugePages_Free:"] + v["HugePages_Rsvd:"] " of " v["HugePages_Total:"] }' /proc/meminfo)"
}

# Huge pages for a cluster's shared memory, when this machine's kernel lets us reserve them (root); the number comes
# from PostgreSQL itself (shared_memory_size_in_huge_pages). pg_stop gives them back. Without them, huge_pages=try
# starts PostgreSQL on ordinary pages.
PG_HUGE_PAGES_BEFORE=""
pg_reserve_huge_pages() { # shared_buffers
    local needed
    needed="$(runuser -u postgres -- "$PG_BIN/postgres" -D "$PG_DATA" -c shared_buffers="$1" -c max_connections=200 \
        -C shared_memory_size_in_huge_pages 2>/dev/null)" || return 0
    [ -w /proc/sys/vm/nr_hugepages ] && [ "${needed:-0}" -gt 0 ] || return 0
    PG_HUGE_PAGES_BEFORE="$(cat /proc/sys/vm/nr_hugepages)"
    echo "$((PG_HUGE_PAGES_BEFORE + needed))" >/proc/sys/vm/nr_hugepages 2>/dev/null || true
}

pg_stop() {
    [ -n "$PG_PORT" ] || return 0
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 30 stop >/dev/null 2>&1 || true
    PG_PORT=""
    if [ -n "$PG_HUGE_PAGES_BEFORE" ]; then
        echo "$PG_HUGE_PAGES_BEFORE" >/proc/sys/vm/nr_hugepages 2>/dev/null || true
        PG_HUGE_PAGES_BEFORE=""
    fi
}

# Database settings for the app and the generator: DB=sqlite|postgres, DATA=dir.
db_env() {
    if [ "$DB" = postgres ]; then
        echo "Database__Provider=Postgres ConnectionStrings__Prongsai=Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=prongsai_bench Prongsai__DataDirectory=$DATA"
    else
        echo "Database__Provider=Sqlite Prongsai__DataDirectory=$DATA"
    fi
}

app_start() { # extra KEY=VALUE settings as arguments; APP_PORT=N restarts on the same port
    APP_PORT="${APP_PORT:-$(free_port)}"
    APP_URL="http://127.0.0.1:$APP_PORT"
    # shellcheck disable=SC2046
    ( cd "$BENCH_APP_CWD" && exec env $(db_env) Prongsai__Demo=true Prongsai__DemoAdminPassword="$BENCH_ADMIN_PASSWORD" \
        Prongsai__RateLimits__Disabled=true "$@" \
        dotnet "$APP_DLL" --urls "$APP_URL" ) >>"$DATA/app.log" 2>&1 &
    APP_PID=$!
    local i
    for i in $(seq 1 240); do
        kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$DATA/app.log" >&2; die "the app exited during start-up"; }
        if curl -sf -o /dev/null "$APP_URL/healthz"; then
            log "app pid $APP_PID on $APP_URL ($DB, $DATA) healthy after $((i / 4)) s"
            return 0
        fi
        sleep 0.25
    done
    die "the app did not answer /healthz in 60 s"
}

app_stop() {
    [ -n "$APP_PID" ] || return 0
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}

status_of() { # PATH -> HTTP status of a GET
    curl -s -o /dev/null -w '%{http_code}' "$APP_URL$1"
}

# Percent-encodes the non-ASCII part of a path (Thai search terms) for wrk and curl.
encode_path() {
    python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe="/?=&%:+-_.~"))' "$1"
}
