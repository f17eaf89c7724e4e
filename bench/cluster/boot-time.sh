#!/usr/bin/env bash
# Start time of the single-node server (target/server, H2) with one WAR or another, alternated so
# that the load of a shared machine falls on both alike: README "Cluster" gives the figures of
# <distributable/> against the WAR without it.
#
#   bench/cluster/boot-time.sh ROUNDS A.war B.war ...
#
# Each WAR gets its own base dir and H2 file under target/boot/ and one start that is not counted
# (Flyway and the first lesson import); then ROUNDS starts of each, in turn, at port offset 100
# (HTTP 8180, management 10090; the cluster's node 1 ports: do not run both at once). A start is
# launch to the first 200 of /login; "WildFly" is what the server logs as its own start (WFLYSRV0025);
# "server CPU" the CPU time the JVM had used by the first page.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HOME_DIR=$ROOT/target/server
OUT=$ROOT/target/boot
OFFSET=100
PORT=$(( 8080 + OFFSET ))
rounds=$1; shift
wars=("$@")
now_ms() { date +%s%3N; }
port_busy() { (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null; }
port_busy $PORT && { echo "port $PORT is in use" >&2; exit 1; }
PGID=
trap '[[ -n $PGID ]] && kill -KILL -- "-$PGID" 2> /dev/null; true' EXIT

prepare() { # prepare NAME WAR
  local base=$OUT/$1
  rm -rf "$base"; mkdir -p "$base"
  cp -r "$HOME_DIR/standalone/configuration" "$base/"
  printf '%s\n' "embed-server --server-config=standalone.xml --std-out=discard" \
    "/deployment=painwise.war:add(content=[{path=>\"$2\", archive=true}], enabled=true)" \
    "stop-embedded-server" > "$OUT/$1.cli"
  JAVA_OPTS="-Djboss.server.base.dir=$base" "$HOME_DIR/bin/jboss-cli.sh" --file="$OUT/$1.cli" > /dev/null
  rm -rf "$base/log" "$base/data" "$base/tmp"
}

start() { # start NAME: prints "launch-to-page-ms wildfly-ms"
  local base=$OUT/$1 t0 code=000 wf
  rm -rf "$base/log" "$base/tmp"
  t0=$(now_ms)
  JBOSS_JAVA_SIZING="-Xms64m -Xmx512m" setsid "$HOME_DIR/bin/standalone.sh" \
    -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset=$OFFSET \
    -Dpainwise.db.path="$OUT/$1-db/painwise" > "$OUT/$1.out" 2>&1 < /dev/null &
  PGID=$!
  until [[ $code == 200 ]]; do
    sleep 0.05
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/login" || true)
    (( $(now_ms) - t0 < 240000 )) || { echo "no start within 240 s" >&2; exit 1; }
  done
  local ms=$(( $(now_ms) - t0 )) pid cpu
  # CPU seconds the server used to get there: much less sensitive than the wall time to what
  # else runs on shared cores.
  pid=$(pgrep -g "$PGID" -f jboss-modules.jar | head -1)
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$pid/stat")
  wf=$(grep -o -m1 'WFLYSRV0025.*started in [0-9]*ms' "$base/log/server.log" | grep -o '[0-9]*ms' | tail -1)
  kill -TERM -- "-$PGID"
  while kill -0 -- "-$PGID" 2> /dev/null; do sleep 0.2; done
  PGID=
  echo "$ms ${wf%ms} $cpu"
}

mkdir -p "$OUT"
for w in "${wars[@]}"; do
  name=$(basename "$w" .war)
  prepare "$name" "$(realpath "$w")"
  start "$name" > /dev/null
  echo "$name: prepared; first start not counted" >&2
done
for (( r = 1; r <= rounds; r++ )); do
  for w in "${wars[@]}"; do
    name=$(basename "$w" .war)
    read -r ms wf cpu < <(start "$name")
    echo "$name round $r: first page $ms ms, WildFly $wf ms, server CPU $cpu s, load $(cut -d' ' -f1 /proc/loadavg)"
  done
done
