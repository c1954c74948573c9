#!/usr/bin/env bash
# A local Prongsai cluster on 127.0.0.1, every piece from Debian's packages, under one work directory:
#   PostgreSQL 15 primary + streaming replica (pg_basebackup -R), PgBouncer (transaction pooling) in front of the
#   primary (the replica is reached directly, see "up"), redis-server (shared content stamps and rate-limit windows), N app nodes (Release build), and HAProxy
#   with health checks in front of the nodes. Files: no S3 server here, so the nodes share one data directory.
#
#   bench/cluster/cluster.sh up    [--nodes 3] [--work DIR] [--no-build]   start everything; prints the URLs
#   bench/cluster/cluster.sh down  [--work DIR]                            stop everything "up" started
#   bench/cluster/cluster.sh chaos [--nodes 3] [--duration 60] [--connections 16] [--writers 4] [--results FILE]
#                                  [--no-build]
#       up, then a mixed load through HAProxy (wrk + bench/mixed.lua on public pages and JSON, and signed-in staff
#       writers creating departments); a quiet first third, then SIGKILL to one app node, then the replica is
#       stopped; at the end every acknowledged write must be in the database (read through the cluster). Prints
#       client errors and "acknowledged writes lost: N", appends a section to bench/results.md, and stops
#       everything it started (also on failure or Ctrl+C). Exit non-zero when a write was lost.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/../lib.sh"

CMD="${1:-}"; shift || true
NODES=3 DURATION=60 CONNECTIONS=16 WRITERS=4 WORKDIR="/tmp/prongsai-cluster" RESULTS="$BENCH_DIR/results.md"
while [ $# -gt 0 ]; do
    case "$1" in
        --nodes) NODES="$2"; shift 2 ;;
        --duration) DURATION="$2"; shift 2 ;;
        --connections) CONNECTIONS="$2"; shift 2 ;;
        --writers) WRITERS="$2"; shift 2 ;;
        --work) WORKDIR="$(realpath -m "$2")"; shift 2 ;;
        --results) RESULTS="$(realpath -m "$2")"; shift 2 ;;
        --no-build) BENCH_NO_BUILD=1; shift ;;
        *) die "unknown option $1 (see the top of $0)" ;;
    esac
done

PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
STATE="$WORKDIR/state" # KEY=VALUE lines: ports and pids of what "up" started

as_pg() { (cd / && runuser -u postgres -- "$@"); }
state() { { grep "^$1=" "$STATE" 2>/dev/null || true; } | tail -n 1 | cut -d= -f2-; }
remember() { echo "$1=$2" >>"$STATE"; }

ensure_packages() {
    local missing=()
    command -v redis-server >/dev/null || missing+=(redis-server)
    command -v pgbouncer >/dev/null || [ -x /usr/sbin/pgbouncer ] || missing+=(pgbouncer)
    command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
    command -v wrk >/dev/null || missing+=(wrk)
    [ ${#missing[@]} -eq 0 ] && return
    [ "$(id -u)" = 0 ] || die "missing packages: sudo apt-get install ${missing[*]}"
    log "installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
}

pg_cluster_start() { # NAME PORT
    as_pg "$PG_BIN/pg_ctl" -D "$WORKDIR/$1" -l "$WORKDIR/$1.log" -w -t 60 \
        -o "-p $2 -c listen_addresses=127.0.0.1 -k /tmp -c max_connections=200 -c shared_buffers=128MB" start >/dev/null \
        || { tail -n 20 "$WORKDIR/$1.log" >&2; die "PostgreSQL $1 did not start"; }
}

pgbouncer_start() { # NAME PGPORT LISTENPORT
    local ini="$WORKDIR/$1.ini"
    cat >"$ini" <<INI
[databases]
prongsai = host=127.0.0.1 port=$2 dbname=prongsai user=postgres
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $3
unix_socket_dir =
auth_type = any
pool_mode = transaction
max_client_conn = 1000
default_pool_size = 40
server_login_retry = 1
query_wait_timeout = 10
server_connect_timeout = 2
logfile = $WORKDIR/$1.log
pidfile = $WORKDIR/$1.pid
ignore_startup_parameters = extra_float_digits,options
INI
    chown postgres "$ini"
    as_pg /usr/sbin/pgbouncer -d -q "$ini" || die "pgbouncer $1 did not start"
    local i
    for i in $(seq 1 50); do [ -s "$WORKDIR/$1.pid" ] && return 0; sleep 0.1; done
    die "pgbouncer $1 wrote no pid file"
}

node_env() { # NODE_ENV=(the settings every app node gets)
    local bp rr rp
    bp="$(state pgbouncer_primary)" rr="$(state replica)" rp="$(state redis)"
    # Transaction pooling: no server-side prepared statements across transactions (Npgsql's automatic preparation
    # is off unless Max Auto Prepare is set), and no DISCARD ALL on return to the pool (No Reset On Close).
    NODE_ENV=("Database__Provider=Postgres" \
        "ConnectionStrings__Prongsai=Host=127.0.0.1;Port=$bp;Username=postgres;Database=prongsai;No Reset On Close=true;Max Auto Prepare=0" \
        "ConnectionStrings__ProngsaiReadOnly=Host=127.0.0.1:$rr,127.0.0.1:$bp;Target Session Attributes=prefer-standby;Username=postgres;Database=prongsai;No Reset On Close=true;Max Auto Prepare=0;Maximum Pool Size=30;Host Recheck Seconds=5" \
        "Prongsai__Redis=127.0.0.1:$rp" \
        "Prongsai__DataDirectory=$WORKDIR/shared" \
        "Prongsai__MigrateOnStart=false" \
        "Prongsai__Demo=true" "Prongsai__DemoAdminPassword=$BENCH_ADMIN_PASSWORD" \
        "Prongsai__RateLimits__SignInsPerMinute=1000" \
        "Prongsai__ReverseProxy__KnownProxies__0=127.0.0.1" \
        "Logging__LogLevel__Default=Warning")
}

node_start() { # INDEX PORT
    node_env
    ( cd "$(dirname "$APP_DLL")" && exec env "${NODE_ENV[@]}" dotnet "$APP_DLL" --urls "http://127.0.0.1:$2" ) \
        >>"$WORKDIR/node$1.log" 2>&1 &
    remember "node$1_pid" $!
    remember "node$1_port" "$2"
}

wait_healthy() { # URL SECONDS
    local i
    for i in $(seq 1 $(( $2 * 4 ))); do
        curl -sf -o /dev/null "$1/healthz" && return 0
        sleep 0.25
    done
    return 1
}

up() {
    [ -x "$PG_BIN/initdb" ] || die "PostgreSQL server binaries not found (apt-get install postgresql)"
    ensure_packages
    [ -f "$STATE" ] && die "$WORKDIR holds a running cluster: bench/cluster/cluster.sh down --work $WORKDIR"
    build
    rm -rf "$WORKDIR"
    mkdir -p "$WORKDIR/shared"
    chown postgres "$WORKDIR"
    : >"$STATE"

    local pp rp
    pp="$(free_port)"
    as_pg "$PG_BIN/initdb" -D "$WORKDIR/primary" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$WORKDIR/initdb.log" 2>&1 \
        || { cat "$WORKDIR/initdb.log" >&2; die "initdb failed"; }
    # Streaming replication: initdb's default pg_hba.conf already trusts replication connections from 127.0.0.1.
    cat >>"$WORKDIR/primary/postgresql.conf" <<CONF
wal_level = replica
max_wal_senders = 5
wal_keep_size = 256MB
hot_standby = on
CONF
    pg_cluster_start primary "$pp"
    remember primary "$pp"
    as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$pp" -U postgres prongsai
    log "PostgreSQL primary on 127.0.0.1:$pp"

    # The schema and the demo organization, once, straight on the primary (migrations take a session lock,
    # which transaction pooling would not keep).
    local setup_port
    setup_port="$(free_port)"
    ( cd "$(dirname "$APP_DLL")" && exec env Database__Provider=Postgres \
        "ConnectionStrings__Prongsai=Host=127.0.0.1;Port=$pp;Username=postgres;Database=prongsai" \
        "Prongsai__DataDirectory=$WORKDIR/shared" Prongsai__Demo=true "Prongsai__DemoAdminPassword=$BENCH_ADMIN_PASSWORD" \
        dotnet "$APP_DLL" --urls "http://127.0.0.1:$setup_port" ) >>"$WORKDIR/setup.log" 2>&1 &
    local setup_pid=$!
    remember setup_pid "$setup_pid"
    wait_healthy "http://127.0.0.1:$setup_port" 120 || { tail -n 30 "$WORKDIR/setup.log" >&2; die "migrations and demo data did not finish"; }
    kill "$setup_pid"; wait "$setup_pid" 2>/dev/null || true
    log "schema migrated and demo organization seeded"

    rp="$(free_port)"
    as_pg "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$pp" -U postgres -D "$WORKDIR/replica" -R -X stream -c fast \
        || die "pg_basebackup failed"
    pg_cluster_start replica "$rp"
    remember replica "$rp"
    log "PostgreSQL streaming replica on 127.0.0.1:$rp (pg_basebackup -R)"

    # The replica is reached directly, not through a PgBouncer of its own: with one in between, a stopped
    # replica shows up as a PgBouncer login error (08P01 "server login has been failing") on a connection that
    # did open, and Npgsql's multi-host fallback only moves on from a host it cannot connect to.
    local bp
    bp="$(free_port)"; pgbouncer_start pgbouncer-primary "$pp" "$bp"; remember pgbouncer_primary "$bp"
    log "PgBouncer (transaction pooling) in front of the primary on :$bp"

    local redis_port
    redis_port="$(free_port)"
    redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly yes --dir "$WORKDIR" \
        --daemonize yes --pidfile "$WORKDIR/redis.pid" --logfile "$WORKDIR/redis.log" >/dev/null
    remember redis "$redis_port"
    log "redis-server on 127.0.0.1:$redis_port"

    local n port servers=""
    for n in $(seq 1 "$NODES"); do
        port="$(free_port)"
        node_start "$n" "$port"
        servers+="    server node$n 127.0.0.1:$port check"$'\n'
    done
    for n in $(seq 1 "$NODES"); do
        wait_healthy "http://127.0.0.1:$(state "node${n}_port")" 120 \
            || { tail -n 30 "$WORKDIR/node$n.log" >&2; die "app node $n did not become healthy"; }
    done
    log "$NODES app nodes healthy"

    local hp
    hp="$(free_port)"
    cat >"$WORKDIR/haproxy.cfg" <<CFG
global
    maxconn 4000
defaults
    mode http
    timeout connect 1s
    timeout client 30s
    timeout server 30s
    option http-keep-alive
    # A connection refused by a dead node is retried on another; a request that reached a node is never replayed.
    retries 2
    option redispatch 1
    retry-on conn-failure
frontend prongsai
    bind 127.0.0.1:$hp
    option forwardfor
    default_backend nodes
backend nodes
    balance roundrobin
    option httpchk GET /healthz
    http-check expect status 200
    default-server inter 1s fastinter 500ms fall 2 rise 2
$servers
CFG
    /usr/sbin/haproxy -f "$WORKDIR/haproxy.cfg" -D -p "$WORKDIR/haproxy.pid" || die "haproxy did not start"
    remember haproxy "$hp"
    wait_healthy "http://127.0.0.1:$hp" 30 || die "HAProxy does not answer"
    log "HAProxy on http://127.0.0.1:$hp in front of $NODES nodes (health check GET /healthz every second)"
    echo "http://127.0.0.1:$hp"
}

down() {
    [ -f "$STATE" ] || { log "nothing running under $WORKDIR"; return 0; }
    local pid n
    [ -f "$WORKDIR/haproxy.pid" ] && kill "$(cat "$WORKDIR/haproxy.pid")" 2>/dev/null || true
    for n in $(seq 1 16); do
        pid="$(state "node${n}_pid")"
        [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    done
    pid="$(state setup_pid)"; [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    for n in pgbouncer-primary redis; do
        [ -f "$WORKDIR/$n.pid" ] && kill "$(cat "$WORKDIR/$n.pid")" 2>/dev/null || true
    done
    for n in replica primary; do
        [ -f "$WORKDIR/$n/postmaster.pid" ] && as_pg "$PG_BIN/pg_ctl" -D "$WORKDIR/$n" -m fast -w -t 30 stop >/dev/null 2>&1 || true
    done
    for n in $(seq 1 16); do
        pid="$(state "node${n}_pid")"
        [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
    done
    rm -f "$STATE"
    log "stopped everything under $WORKDIR"
}

count_wrk() { # FILE -> "requests non2xx socket_errors rps p99"
    python3 - "$1" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
req = re.search(r"(\d+) requests in", t)
non = re.search(r"Non-2xx or 3xx responses: (\d+)", t)
sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", t)
rps = re.search(r"Requests/sec:\s+([\d.]+)", t)
p99 = re.search(r"\s99%\s+(\S+)", t)
print(req.group(1) if req else "?", non.group(1) if non else 0,
      sum(int(x) for x in sock.groups()) if sock else 0, rps.group(1) if rps else "?", p99.group(1) if p99 else "?")
PY
}

chaos() {
    [ -f "$STATE" ] && die "$WORKDIR holds a running cluster: bench/cluster/cluster.sh down --work $WORKDIR"
    trap down EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    up >/dev/null
    local url="http://127.0.0.1:$(state haproxy)"
    local out="$WORKDIR/out"
    mkdir -p "$out"
    local reads=(/bangkha/ /bangkha/measures/2567 /api/v1/orgs/bangkha /api/v1/orgs/bangkha/departments "/bangkha/documents/1")
    local paths=() p
    for p in "${reads[@]}"; do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$url$p")" = 200 ] && paths+=("$p") || log "left out (not 200): $p"
    done
    [ ${#paths[@]} -gt 0 ] || die "no public page answers 200 through HAProxy"

    # Warm-up (JIT, caches, connection pools), then a quiet baseline: the same load, no faults.
    wrk -t2 -c"$CONNECTIONS" -d5s -s "$BENCH_DIR/mixed.lua" "$url" -- "${paths[@]}" >/dev/null 2>&1 || true
    local third=$(( DURATION / 3 ))
    log "baseline: wrk -c$CONNECTIONS for ${third} s, no faults"
    wrk -t2 -c"$CONNECTIONS" -d"${third}s" --latency -s "$BENCH_DIR/mixed.lua" "$url" -- "${paths[@]}" >"$out/baseline.txt" 2>&1
    read -r b_req b_non b_sock b_rps b_p99 <<<"$(count_wrk "$out/baseline.txt")"

    local acks="$out/acks.txt"
    : >"$acks"
    tool write --base "$url" --email "$BENCH_ADMIN_EMAIL" --password "$BENCH_ADMIN_PASSWORD" \
        --writers "$WRITERS" --seconds $(( DURATION + 60 )) --stop-file "$out/stop" --acks "$acks" >"$out/writers.txt" 2>&1 &
    local writer_pid=$!
    wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency --timeout 10s -s "$BENCH_DIR/mixed.lua" "$url" -- "${paths[@]}" >"$out/chaos.txt" 2>&1 &
    local wrk_pid=$!
    local victim=2
    [ "$NODES" -ge 2 ] || victim=1
    sleep "$third"
    local acks_at_kill
    acks_at_kill="$(wc -l <"$acks")"
    kill -KILL "$(state "node${victim}_pid")"
    log "SIGKILL to app node $victim at t=${third} s ($acks_at_kill writes acknowledged so far)"
    sleep "$third"
    as_pg "$PG_BIN/pg_ctl" -D "$WORKDIR/replica" -m fast -w -t 30 stop >/dev/null
    log "replica stopped at t=$(( 2 * third )) s"
    wait "$wrk_pid" || true
    touch "$out/stop"
    wait "$writer_pid" || true
    read -r c_req c_non c_sock c_rps c_p99 <<<"$(count_wrk "$out/chaos.txt")"
    local summary
    summary="$(grep '^write:' "$out/writers.txt" | tail -n 1)"

    set +e
    tool verify --base "$url" --acks "$acks" >"$out/verify.txt" 2>&1
    local verified=$?
    set -e
    cat "$out/verify.txt"
    local lost
    lost="$(sed -n 's/^acknowledged writes lost: //p' "$out/verify.txt")"
    [ -n "$lost" ] || die "the check of acknowledged writes did not run"
    local app_errors
    app_errors="$(grep -h -c 'fail:' "$WORKDIR"/node*.log | awk '{s+=$1} END {print s+0}')"

    {
        echo
        echo "### $(date '+%Y-%m-%d %H:%M %Z') — local cluster: $NODES nodes behind HAProxy, PG primary behind PgBouncer + streaming replica, Redis; one node killed, then the replica stopped"
        echo
        echo "- machine: $(machine)"
        echo "- commit: $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet || echo ' (with uncommitted changes)')"
        echo "- command: \`bench/cluster/cluster.sh chaos --nodes $NODES --duration $DURATION --connections $CONNECTIONS --writers $WRITERS\`"
        echo "- public reads: wrk -t2 -c$CONNECTIONS over ${paths[*]}"
        echo "- baseline (${third} s, no faults): $b_req requests, $b_rps req/s, p99 $b_p99, non-2xx $b_non, socket errors $b_sock"
        echo "- chaos (${DURATION} s, $WRITERS staff writers beside the reads; SIGKILL to node $victim at ${third} s, replica stopped at $(( 2 * third )) s): $c_req requests, $c_rps req/s, p99 $c_p99, **non-2xx $c_non, socket errors $c_sock**"
        echo "- writers: ${summary#write: }"
        echo "- app log lines at level fail (all nodes): $app_errors"
        echo "- $(grep '^stored without' "$out/verify.txt")"
        echo "- **acknowledged writes lost: $lost**"
    } | tee -a "$RESULTS"
    echo "acknowledged writes lost: $lost"
    cp -r "$out" "$WORKDIR/../prongsai-cluster-last-run" 2>/dev/null || true
    [ "$verified" = 0 ]
}

case "$CMD" in
    up) up ;;
    down) down ;;
    chaos) chaos ;;
    *) sed -n '2,15p' "$0"; exit 2 ;;
esac
