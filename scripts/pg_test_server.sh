#!/usr/bin/env bash
# A throw-away PostgreSQL 15 cluster for tests and benchmarks, on 127.0.0.1 and a free port.
#   url=$(bash scripts/pg_test_server.sh start)   # prints the database URL (user postgres, trust auth)
#   bash scripts/pg_test_server.sh restart [DIR]  # pg_ctl restart (tests of a server going away)
#   bash scripts/pg_test_server.sh stop [DIR]     # stops it and removes every file it made
# The cluster lives in a temporary folder; its path is kept in $CONSENSUS_PG_STATE (default
# /tmp/consensus-pg-test.<uid>.state) so stop and restart find it without arguments.
# Durability is off (fsync, synchronous_commit, full_page_writes): this data is disposable.
# initdb and pg_ctl refuse to run as root, so as root they run as the postgres user.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
STATE=${CONSENSUS_PG_STATE:-${TMPDIR:-/tmp}/consensus-pg-test.$(id -u).state}

as_owner() {
    if [[ "$(id -u)" -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

cluster_dir() {
    local dir=${1:-}
    if [[ -z "$dir" && -f "$STATE" ]]; then
        dir=$(cat "$STATE")
    fi
    if [[ -z "$dir" || ! -d "$dir/data" ]]; then
        echo "pg_test_server: no running test cluster (start one first)" >&2
        exit 1
    fi
    echo "$dir"
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
    if [[ ! -x "$PG_BIN/initdb" ]]; then
        echo "pg_test_server: PostgreSQL 15 is not installed ($PG_BIN/initdb is missing)" >&2
        exit 1
    fi
    local dir port
    dir=$(mktemp -d "${TMPDIR:-/tmp}/consensus-pg.XXXXXX")
    chmod 755 "$dir"
    [[ "$(id -u)" -eq 0 ]] && chown postgres: "$dir"
    as_owner "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
        --no-sync >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        rm -rf "$dir"
        exit 1
    }
    for attempt in 1 2 3; do  # another process may take the free port before the server does
        port=$(free_port)
        if as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
            "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir \
             -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
             -c max_connections=100 -c shared_buffers=32MB" >/dev/null; then
            echo "$dir" >"$STATE"
            echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres" | tee "$dir/url"
            return 0
        fi
        echo "pg_test_server: start on port $port failed (attempt $attempt)" >&2
    done
    cat "$dir/server.log" >&2 || true
    rm -rf "$dir"
    exit 1
}

restart() {
    local dir
    dir=$(cluster_dir "${1:-}")
    as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -m fast restart >/dev/null
}

stop() {
    local dir
    dir=$(cluster_dir "${1:-}")
    as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -w -t 60 -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    if [[ -f "$STATE" && "$(cat "$STATE")" == "$dir" ]]; then
        rm -f "$STATE"
    fi
}

case "${1:-}" in
start) start ;;
restart) restart "${2:-}" ;;
stop) stop "${2:-}" ;;
*)
    echo "usage: $0 start | restart [DIR] | stop [DIR]" >&2
    exit 2
    ;;
esac
