#!/usr/bin/env bash
# Failover test of the replicated cluster (README "Cluster"): two WildFly nodes of
# target/server-cluster (mvn -Pcluster package) on one throwaway PostgreSQL 15, behind HAProxy.
# A patient signs in through HAProxy, is halfway through a lesson and a quiz on node 1 (answers
# saved), node 1 gets kill -9, and the next requests must go to node 2 with the patient still
# signed in, on the same page, with every acknowledged answer; no request may fail meanwhile (two
# more signed-in sessions poll without a pause); reminders run on both nodes at once before the
# kill and on node 2 after it, and each one must go out once. bench/cluster/Failover.java drives
# it and prints the figures; this script exits non-zero on any failure.
#
#   bench/failover.sh              builds target/server-cluster when it is missing or stale
#   bench/failover.sh --no-build   uses what target/ has
#   bench/failover.sh --keep       leaves the cluster, HAProxy and PostgreSQL running at the end
#                                  (http://127.0.0.1:8380/, stats on :8381); stop them with
#                                  bench/failover.sh --stop
#
# Ports (issue 15's plan): nodes at offsets 100 and 200 (HTTP 8180/8280, management 10090/10190,
# JGroups 7700/7800), HAProxy 8380 (statistics 8381), PostgreSQL on a free
# loopback port. Needs haproxy, PostgreSQL 15 (/usr/lib/postgresql/15/bin), curl and a JDK 17;
# as root it installs haproxy and postgresql with apt when they are missing.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/target/failover
HOME_DIR=$ROOT/target/server-cluster
WAR=$ROOT/target/painwise.war
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_JAR=$ROOT/target/wildfly-extra/modules/org/postgresql/main/postgresql-42.7.14.jar
NODE1_OFFSET=100
NODE2_OFFSET=200
LB_PORT=8380
LB_STATS_PORT=8381
BUILD=1
KEEP=0

# shellcheck source=lib.sh
source "$ROOT/bench/lib.sh" # deploy_offline, now_ms, port_busy; log and die are this script's own
log() { printf '[failover %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

stop_all() {
  local f pgid
  for f in "$OUT"/lb.pgid "$OUT"/node2.pgid "$OUT"/node1.pgid; do
    [[ -f $f ]] || continue
    pgid=$(cat "$f")
    if kill -0 -- "-$pgid" 2> /dev/null; then
      kill -TERM -- "-$pgid" 2> /dev/null || true
      for _ in $(seq 1 100); do kill -0 -- "-$pgid" 2> /dev/null || break; sleep 0.2; done
      kill -KILL -- "-$pgid" 2> /dev/null || true
    fi
    rm -f "$f"
  done
  if [[ -f $OUT/pg/data/postmaster.pid ]]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$OUT/pg/data" -m fast -w stop > /dev/null 2>&1 || true
  fi
}

for arg in "$@"; do
  case $arg in
    --no-build) BUILD=0 ;;
    --keep) KEEP=1 ;;
    --stop) stop_all; log "stopped"; exit 0 ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) die "unknown option $arg (see --help)" ;;
  esac
done

# --- tools and ports ----------------------------------------------------------------------------

missing=()
command -v haproxy > /dev/null || missing+=(haproxy)
[[ -x $PG_BIN/initdb ]] || missing+=(postgresql)
if (( ${#missing[@]} )); then
  [[ $(id -u) == 0 ]] || die "missing: ${missing[*]} (apt-get install ${missing[*]})"
  log "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq "${missing[@]}" > /dev/null
fi
for tool in curl java runuser; do
  command -v "$tool" > /dev/null || die "$tool is missing"
done
id postgres > /dev/null 2>&1 || die "no postgres user (the postgresql package makes it)"

for port in 8180 8280 10090 10190 7700 7800 $LB_PORT $LB_STATS_PORT; do
  if port_busy "$port"; then
    die "port $port is in use (DurabilityIT uses 8180/10090 and StorageFailureIT 8380 under /work/it.lock; another failover run?)"
  fi
done

# --- build --------------------------------------------------------------------------------------

if (( BUILD )); then
  # The plugin keeps a server folder that exists: provision again when its scripts changed.
  config=$HOME_DIR/standalone/configuration/standalone.xml
  if [[ -f $config && -n $(find "$ROOT/src/main/wildfly" "$ROOT/pom.xml" -newer "$config" -print -quit) ]]; then
    rm -rf "$HOME_DIR"
  fi
  if [[ ! -x $HOME_DIR/bin/standalone.sh || ! -f $WAR \
        || -n $(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$WAR" -print -quit) ]]; then
    log "building (mvn -o -Pcluster package -DskipTests)"
    (cd "$ROOT" && mvn -o -B -q -Pcluster package -DskipTests) > "$ROOT/target/failover-build.log" 2>&1 \
      || die "the build failed, see target/failover-build.log"
  fi
fi
[[ -x $HOME_DIR/bin/standalone.sh ]] || die "no $HOME_DIR: run mvn -Pcluster package"
[[ -f $WAR && -f $PG_JAR ]] || die "no $WAR or $PG_JAR: run mvn -Pcluster package"

trap 'status=$?; (( KEEP && status == 0 )) || stop_all; exit $status' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

rm -rf "$OUT"
mkdir -p "$OUT"

# --- PostgreSQL ---------------------------------------------------------------------------------

PG_PORT=
for (( p = 15400 + RANDOM % 400, n = 0; n < 100; p++, n++ )); do
  port_busy "$p" || { PG_PORT=$p; break; }
done
[[ -n $PG_PORT ]] || die "no free port for PostgreSQL"
log "PostgreSQL 15 on 127.0.0.1:$PG_PORT ($OUT/pg)"
mkdir -p "$OUT/pg"
chown postgres: "$OUT/pg"
runuser -u postgres -- "$PG_BIN/initdb" -D "$OUT/pg/data" -U postgres -A trust -E UTF8 --locale=C \
  > "$OUT/pg/initdb.log" 2>&1 || die "initdb failed: $(tail -3 "$OUT/pg/initdb.log")"
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$OUT/pg/data" -l "$OUT/pg/postgres.log" -w \
  -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $OUT/pg" start > /dev/null \
  || die "PostgreSQL did not start: $(tail -3 "$OUT/pg/postgres.log")"
PSQL=("$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT")
runuser -u postgres -- "${PSQL[@]}" -U postgres -d postgres \
  -c "CREATE USER painwise PASSWORD 'painwise'" -c "CREATE DATABASE painwise OWNER painwise" \
  || die "could not create the painwise database"

# --- nodes --------------------------------------------------------------------------------------

# The WAR deployed in place (unmanaged) into a copy of the configuration, offline, as bench/run.sh
# and docker/Dockerfile do; each node gets its own copy as jboss.server.base.dir.
log "deploying the WAR into the node configuration (offline CLI)"
deploy_offline "$HOME_DIR" "$OUT/template" "$WAR" "$OUT"

# start_node N OFFSET: node N in its own process group; waits for /login 200 on its own port.
start_node() {
  local n=$1 offset=$2 base=$OUT/node$1 port=$(( 8080 + $2 )) t0 code=000
  cp -r "$OUT/template" "$base"
  t0=$(now_ms)
  JBOSS_JAVA_SIZING="-Xms64m -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC" \
  PAINWISE_DB_DRIVER=postgresql \
  PAINWISE_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/painwise" \
  PAINWISE_DB_USER=painwise PAINWISE_DB_PASSWORD=painwise \
    setsid "$HOME_DIR/bin/standalone.sh" \
      -Djboss.server.base.dir="$base" \
      -Djboss.socket.binding.port-offset="$offset" \
      -Djboss.node.name="node$n" -Djboss.tx.node.id="node$n" \
      -Djava.net.preferIPv4Stack=true \
      -Dcluster.peer1.host=127.0.0.1 -Dcluster.peer1.port=$(( 7600 + NODE1_OFFSET )) \
      -Dcluster.peer2.host=127.0.0.1 -Dcluster.peer2.port=$(( 7600 + NODE2_OFFSET )) \
      -Dpainwise.demo=true \
      -Dpainwise.reminders.allowDate=true \
      -Dpainwise.password.iterations=1024 \
      -Dpainwise.throttle.exempt=127.0.0.1,::1 \
      -Dpainwise.trustedProxies=127.0.0.1,::1 \
      -Dpainwise.publicBaseUrl="http://127.0.0.1:$LB_PORT" \
      > "$OUT/node$n.out" 2>&1 < /dev/null &
  echo $! > "$OUT/node$n.pgid"
  while (( $(now_ms) - t0 < 240000 )); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/login" || true)
    [[ $code == 200 ]] && break
    kill -0 "$(cat "$OUT/node$n.pgid")" 2> /dev/null || die "node $n stopped while starting: $(tail -5 "$OUT/node$n.out")"
    grep -q -m1 -E 'WFLYSRV0026|WFLYCTL0013' "$base/log/server.log" 2> /dev/null \
      && die "node $n: the deployment failed: $(grep -m3 -E 'ERROR|Caused by' "$base/log/server.log" | cut -c1-400)"
    sleep 0.2
  done
  [[ $code == 200 ]] || die "node $n: no /login 200 within 240 s, see $base/log/server.log"
  log "node $n up on :$port after $(( ($(now_ms) - t0) / 1000 )) s"
}

# Node 2 starts after node 1, so that Flyway and the lesson import run once, on an idle machine.
log "starting node 1 (offset $NODE1_OFFSET) and node 2 (offset $NODE2_OFFSET) on PostgreSQL"
start_node 1 $NODE1_OFFSET
start_node 2 $NODE2_OFFSET
t0=$(now_ms)
until grep -q -E "WFLYCLJG0033: Connected 'ee' channel.*\\(2\\)" "$OUT/node2/log/server.log" 2> /dev/null; do
  (( $(now_ms) - t0 < 60000 )) || die "the nodes did not form a cluster of two within 60 s (JGroups, see $OUT/node*/log/server.log)"
  sleep 0.2
done
log "cluster of two: $(grep -h -o -m1 -E "joined cluster 'ejb' with view: .*" "$OUT/node2/log/server.log")"

# --- HAProxy ------------------------------------------------------------------------------------

log "HAProxy on 127.0.0.1:$LB_PORT (statistics :$LB_STATS_PORT)"
NODE1_PORT=$(( 8080 + NODE1_OFFSET )) NODE2_PORT=$(( 8080 + NODE2_OFFSET )) \
LB_PORT=$LB_PORT LB_STATS_PORT=$LB_STATS_PORT \
  setsid haproxy -db -f "$ROOT/bench/cluster/haproxy.cfg" > "$OUT/haproxy.log" 2>&1 < /dev/null &
echo $! > "$OUT/lb.pgid"
t0=$(now_ms)
until [[ $(curl -s --max-time 2 "http://127.0.0.1:$LB_STATS_PORT/;csv" | grep -c -E '^painwise,node[12],.*,UP,' || true) == 2 ]]; do
  (( $(now_ms) - t0 < 30000 )) || die "HAProxy does not see both nodes UP: $(tail -5 "$OUT/haproxy.log")"
  sleep 0.2
done

# --- the test -----------------------------------------------------------------------------------

NODE1_PID=$(pgrep -g "$(cat "$OUT/node1.pgid")" -f jboss-modules.jar | head -1)
[[ -n $NODE1_PID ]] || die "cannot find node 1's java process"
log "running bench/cluster/Failover.java (node 1 is pid $NODE1_PID)"
set +e
java -cp "$PG_JAR" "$ROOT/bench/cluster/Failover.java" \
  --lb "http://127.0.0.1:$LB_PORT" \
  --stats "http://127.0.0.1:$LB_STATS_PORT/;csv" \
  --node1 "http://127.0.0.1:$(( 8080 + NODE1_OFFSET ))" \
  --node2 "http://127.0.0.1:$(( 8080 + NODE2_OFFSET ))" \
  --node1-pid "$NODE1_PID" \
  --node-logs "$OUT/node1/log/server.log,$OUT/node2/log/server.log" \
  --jdbc "jdbc:postgresql://127.0.0.1:$PG_PORT/painwise" \
  --messages "$ROOT/src/main/resources/i18n/messages.properties" \
  --results "$OUT/results.txt" 2>&1 | tee "$OUT/failover.out"
status=${PIPESTATUS[0]}
set -e
errors=$(grep -c -E ' ERROR ' "$OUT/node2/log/server.log" || true)
log "node 2 logged $errors ERROR lines ($OUT/node2/log/server.log)"
(( status == 0 )) || die "the failover test failed (exit $status); logs in $OUT"
log "PASSED; figures in $OUT/results.txt"
