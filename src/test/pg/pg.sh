#!/usr/bin/env bash
# A throwaway PostgreSQL 15 for the build's PostgreSQL test run (README, "Tests").
#
#   pg.sh start DIR [MODE [SKIP...]]
#                                initdb into DIR/data, start on a free loopback port, create the
#                                database "painwise"; write DIR/pg.properties (pg.skip, pg.port,
#                                pg.url, pg.user, pg.password). MODE "optional" (the default):
#                                without the binaries it writes pg.skip=true and says so;
#                                "required" (CI): it fails instead. Any further argument "true"
#                                (the build's skipITs, skipTests) skips it.
#   pg.sh stop DIR               stop it (and anything the build left running against it)
#   pg.sh port DIR               print the port
#   pg.sh createdb DIR NAME      create another empty database (owner painwise)
#
# Debian's binaries live in /usr/lib/postgresql/15/bin (not on the PATH; PG_BIN overrides).
# PG_EXTRA_OPTS: more server options ("-c name=value ..."); PG_DURABLE=yes: keep fsync on;
# PG_WATCH_PID: the process whose end stops the server (default: the caller).
# initdb and postgres refuse to run as root: as root they run as the user "postgres" (runuser) on
# a folder that user owns. A watchdog started with the server stops it when the Maven process
# that asked for it ends, whatever way it ends (a failed build, Ctrl-C), and a new start stops a
# stale server of an earlier build first.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_USER=painwise
DB=painwise

cmd=${1:-}
dir=${2:-}
[[ -n "$cmd" && -n "$dir" ]] || { echo "usage: $0 start|stop|port|createdb DIR [required|NAME]" >&2; exit 2; }
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
# The server's own folder: DIR, or a folder under /tmp when the user postgres cannot reach DIR (a
# checkout under /root, say); DIR/elsewhere then names it.
home=$dir
[[ -f $dir/elsewhere ]] && home=$(cat "$dir/elsewhere")
data=$home/data
sock=$home/sock
script=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")

log() { echo "[pg] $*"; }

# Runs a PostgreSQL binary as the owner of the data folder (postgres when we are root).
as_owner() {
  if [[ $(id -u) == 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# The WildFly servers that the build started on this database carry this marker on their
# command line (see the pom's start-pg-server execution, and DurabilityIT's child server).
wildfly_pids() {
  pgrep -f -- "-Dpainwise.it.pg=$dir" || true
}

stop_all() {
  local pid wait=${1:-0}
  # A server that the build is shutting down gets that long to exit on its own.
  for (( ; wait > 0; wait-- )); do
    [[ -z $(wildfly_pids) ]] && break
    sleep 1
  done
  for pid in $(wildfly_pids); do
    log "stopping WildFly $pid, left running against this database"
    kill "$pid" 2>/dev/null || true
  done
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    [[ -z $(wildfly_pids) ]] && break
    sleep 1
  done
  for pid in $(wildfly_pids); do kill -9 "$pid" 2>/dev/null || true; done
  if [[ -f $data/postmaster.pid ]]; then
    as_owner "$PG_BIN/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null 2>&1 \
      || as_owner "$PG_BIN/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    log "PostgreSQL stopped ($dir)"
  fi
  # A server whose folder went away under it (mvn clean while it ran): by its command line.
  for pid in $(pgrep -f -- "postgres -D $data( |\$)" || true); do
    log "stopping PostgreSQL $pid, whose data folder is gone"
    kill -INT "$pid" 2>/dev/null || true
  done
}

stop_watchdog() {
  if [[ -f $dir/watchdog.pid ]]; then
    local pid
    pid=$(cat "$dir/watchdog.pid")
    rm -f "$dir/watchdog.pid"
    [[ $pid != "$$" ]] && kill "$pid" 2>/dev/null || true
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || echo $((20000 + RANDOM % 30000))
}

case "$cmd" in
  start)
    mode=${3:-optional}
    skip_props() { printf 'pg.skip=true\npg.port=0\npg.url=\npg.user=\npg.password=\n' >"$dir/pg.properties"; }
    for arg in "${@:4}"; do
      if [[ $arg == true ]]; then
        skip_props
        exit 0
      fi
    done
    if [[ ! -x $PG_BIN/initdb ]]; then
      if [[ $mode == required ]]; then
        log "PostgreSQL 15 is required (CI) but $PG_BIN/initdb is missing: apt-get install postgresql" >&2
        exit 1
      fi
      log "SKIPPED: no PostgreSQL 15 in $PG_BIN, so the ITs run on H2 only (apt-get install postgresql to run them on PostgreSQL too)"
      skip_props
      exit 0
    fi
    stop_watchdog
    stop_all
    rm -rf "$data" "$sock" "$dir/pg.properties" "$dir/postgres.log" "$home/postgres.log" "$home/pwfile"
    [[ $home != "$dir" ]] && rm -rf "$home"
    rm -f "$dir/elsewhere"
    home=$dir
    if [[ $(id -u) == 0 ]]; then
      id postgres >/dev/null 2>&1 \
        || { log "no user postgres to run PostgreSQL as (root cannot): install Debian's package" >&2; exit 1; }
      chown postgres:postgres "$dir"
      if ! runuser -u postgres -- test -x "$dir"; then
        home=$(mktemp -d /tmp/painwise-pg.XXXXXX)
        echo "$home" >"$dir/elsewhere"
        log "the user postgres cannot reach $dir: the server lives in $home"
      fi
    fi
    data=$home/data
    sock=$home/sock
    mkdir -p "$sock"
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    (umask 077; printf "%s\n" "$password" >"$home/pwfile")
    : >"$home/postgres.log"
    if [[ $(id -u) == 0 ]]; then
      chown -R postgres:postgres "$home"
    fi
    as_owner "$PG_BIN/initdb" -D "$data" -U "$PG_USER" --pwfile="$home/pwfile" -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 --no-sync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$home/pwfile"
    # Tests: no fsync (the database outlives every server the tests kill, and is thrown away).
    # PG_DURABLE=yes keeps PostgreSQL's defaults (the benchmark measures commits as they cost).
    durability="-c fsync=off -c full_page_writes=off"
    [[ ${PG_DURABLE:-} == yes ]] && durability=""
    started=
    for _ in 1 2 3 4 5; do
      port=$(free_port)
      if as_owner "$PG_BIN/pg_ctl" -D "$data" -l "$home/postgres.log" -w -t 60 \
          -o "-p $port -k $sock -c listen_addresses=127.0.0.1 -c max_connections=200 $durability ${PG_EXTRA_OPTS:-}" \
          start >/dev/null; then
        started=yes
        break
      fi
      log "port $port did not work, trying another"
    done
    [[ -n $started ]] || { tail -20 "$home/postgres.log" >&2; exit 1; }
    as_owner "$PG_BIN/createdb" -h "$sock" -p "$port" -U "$PG_USER" "$DB"
    echo "$port" >"$dir/port"
    {
      echo "pg.skip=false"
      echo "pg.port=$port"
      echo "pg.url=jdbc:postgresql://127.0.0.1:$port/$DB"
      echo "pg.user=$PG_USER"
      echo "pg.password=$password"
    } >"$dir/pg.properties"
    chmod 644 "$dir/pg.properties"
    # The watchdog: stops everything once the Maven process (our parent) has ended.
    parent=${PG_WATCH_PID:-$PPID}
    if [[ $parent -gt 1 ]]; then
      setsid nohup "$script" watch "$dir" "$parent" >"$dir/watchdog.log" 2>&1 </dev/null &
      echo $! >"$dir/watchdog.pid"
    fi
    version=$("$PG_BIN/postgres" --version)
    log "$version started on 127.0.0.1:$port, data in $data"
    ;;
  stop)
    stop_watchdog
    stop_all 30
    if [[ $home != "$dir" ]]; then
      cp "$home/postgres.log" "$dir/postgres.log" 2>/dev/null || true
      rm -rf "$home"
      rm -f "$dir/elsewhere"
    fi
    ;;
  port)
    cat "$dir/port"
    ;;
  createdb)
    name=${3:?database name}
    as_owner "$PG_BIN/createdb" -h "$sock" -p "$(cat "$dir/port")" -U "$PG_USER" "$name"
    ;;
  watch)
    parent=${3:?}
    while kill -0 "$parent" 2>/dev/null && [[ -f $dir/watchdog.pid ]]; do sleep 1; done
    if [[ -f $dir/watchdog.pid ]]; then
      log "the build ($parent) ended without stopping PostgreSQL: stopping it"
      rm -f "$dir/watchdog.pid"
      stop_all
      [[ $home != "$dir" ]] && rm -rf "$home"
    fi
    ;;
  *)
    echo "unknown command $cmd" >&2
    exit 2
    ;;
esac
