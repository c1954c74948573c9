#!/usr/bin/env bash
# Primary failover with pg_auto_failover (Debian: postgresql-15-auto-failover), on 127.0.0.1, in one work
# directory: a monitor and two data nodes (primary + synchronous secondary). Writes rows to whichever node is
# not in recovery (what a multi-host connection string with Target Session Attributes=read-write does), kills the primary's keeper and PostgreSQL with
# SIGKILL, waits for the monitor to promote the secondary, writes again through the same connection string, and
# checks that every row acknowledged before the kill is there. Stops everything it started.
#
#   bench/cluster/failover.sh [--work DIR]
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/../lib.sh"

WORKDIR=/tmp/prongsai-failover
[ "${1:-}" = --work ] && WORKDIR="$(realpath -m "$2")"
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
command -v pg_autoctl >/dev/null || die "pg_autoctl missing: apt-get install postgresql-15-auto-failover"

rm -rf "$WORKDIR"; mkdir -p "$WORKDIR/run"; chown -R postgres "$WORKDIR"
# pg_autoctl keeps its state under XDG directories: inside the work directory, not postgres's home.
autoctl() { (cd / && exec runuser -u postgres -- env PATH="$PG_BIN:$PATH" XDG_CONFIG_HOME="$WORKDIR/config" \
    XDG_DATA_HOME="$WORKDIR/data" XDG_RUNTIME_DIR="$WORKDIR/run" pg_autoctl "$@"); }
PIDS=() # the runuser processes; each one's child is a pg_autoctl keeper
autoctl_bg() { # LOG ARGS...: a long-running pg_autoctl; its runuser's pid goes to PIDS and LAST
    local out="$1"; shift
    (cd / && exec runuser -u postgres -- env PATH="$PG_BIN:$PATH" XDG_CONFIG_HOME="$WORKDIR/config" \
        XDG_DATA_HOME="$WORKDIR/data" XDG_RUNTIME_DIR="$WORKDIR/run" pg_autoctl "$@") >"$out" 2>&1 &
    LAST=$!
    PIDS+=("$LAST")
}
keeper_of() { pgrep -P "$1" | head -n 1; }
cleanup() {
    local p k
    for p in "${PIDS[@]}"; do
        k="$(keeper_of "$p" || true)"
        [ -n "$k" ] && kill -TERM "$k" 2>/dev/null || true # the keeper stops its PostgreSQL
    done
    for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
    for d in node1 node2 monitor; do
        [ -f "$WORKDIR/$d/postmaster.pid" ] && (cd / && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORKDIR/$d" -m immediate stop >/dev/null 2>&1) || true
    done
    log "stopped everything under $WORKDIR"
}
trap cleanup EXIT

MP="$(free_port)" P1="$(free_port)" P2="$(free_port)"
autoctl_bg "$WORKDIR/monitor.log" create monitor --pgdata "$WORKDIR/monitor" --pgport "$MP" --hostname 127.0.0.1 \
    --auth trust --no-ssl --run
MONITOR="postgres://autoctl_node@127.0.0.1:$MP/pg_auto_failover?sslmode=disable"
for i in $(seq 1 120); do psql "$MONITOR" -Atc 'select 1' >/dev/null 2>&1 && break; sleep 0.5; done
log "monitor on :$MP"

start_node() { # NAME PORT
    autoctl_bg "$WORKDIR/$1.log" create postgres --pgdata "$WORKDIR/$1" --pgport "$2" --hostname 127.0.0.1 \
        --auth trust --no-ssl --name "$1" --monitor "$MONITOR" --run
    eval "${1}_pid=$LAST"
}
state_of() { psql "$MONITOR" -Atc "select reportedstate from pgautofailover.node where nodename = '$1'" 2>/dev/null; }
wait_state() { # NAME STATE[|STATE...] SECONDS
    local i
    for i in $(seq 1 $(( $3 * 2 ))); do [[ "|$2|" == *"|$(state_of "$1")|"* ]] && return 0; sleep 0.5; done
    return 1
}
start_node node1 "$P1"
wait_state node1 single 120 || { tail -n 20 "$WORKDIR/node1.log" >&2; die "node1 did not come up"; }
start_node node2 "$P2"
wait_state node2 secondary 180 || { tail -n 20 "$WORKDIR/node2.log" >&2; die "node2 did not become a secondary"; }
wait_state node1 primary 60 || die "node1 is not primary"
log "node1 primary on :$P1, node2 secondary on :$P2"

# The client's side, as Npgsql does it with "Host=a,b;Target Session Attributes=read-write": try each host,
# use the one that is not in recovery.
primary_sql() { # SQL -> runs it on the current primary; fails when there is none
    local p
    for p in "$P1" "$P2"; do
        if [ "$(psql -h 127.0.0.1 -p "$p" -U postgres -d postgres -Atc 'select pg_is_in_recovery()' 2>/dev/null)" = f ]; then
            psql -h 127.0.0.1 -p "$p" -U postgres -d postgres -v ON_ERROR_STOP=1 -Atqc "$1"
            return
        fi
    done
    return 1
}
primary_sql 'create table acks (n int primary key)'
for n in $(seq 1 200); do primary_sql "insert into acks values ($n)"; done
log "200 rows written and acknowledged on the primary"

START="$(date +%s.%N)"
node1_pg="$(head -n 1 "$WORKDIR/node1/postmaster.pid")"
node1_keeper="$(keeper_of "$node1_pid")"
# The keeper's own processes first (it would restart PostgreSQL), then the postmaster: the machine "dies".
kill -KILL $(pgrep -P "$node1_keeper") "$node1_keeper" "$node1_pg"
log "SIGKILL to node1's keeper and its postmaster"
# With its only standby gone, the promoted node is "wait_primary": a primary that takes writes without waiting
# for a synchronous standby until one joins again.
wait_state node2 'wait_primary|primary' 120 || { psql "$MONITOR" -c 'select nodename, reportedstate, goalstate from pgautofailover.node' >&2; die "no failover within 120 s"; }
for i in $(seq 1 60); do primary_sql "insert into acks values (1000 + $i)" 2>/dev/null && break; sleep 0.5; done
ELAPSED="$(python3 -c "import sys; print(round(float(sys.argv[2]) - float(sys.argv[1]), 1))" "$START" "$(date +%s.%N)")"
COUNT="$(primary_sql 'select count(*) from acks where n <= 200')"
WHERE="$(primary_sql 'select inet_server_port()')"
log "node2 promoted; first write accepted ${ELAPSED} s after the kill, on :$WHERE"
echo "rows acknowledged before the kill and present after the failover: $COUNT / 200"
echo "failover: first write accepted ${ELAPSED} s after SIGKILL of the primary (now :$WHERE)"
[ "$COUNT" = 200 ]
