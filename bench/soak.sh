#!/usr/bin/env bash
# Painwise soak test (issue 15): 30 minutes at 200 virtual users with Gatling, on its own server.
#
#   bench/soak.sh                     the full run: 30 minutes, 190 patients + 10 therapists
#   bench/soak.sh --minutes 3 --users 20    a short try of the same
#
# It builds when target/ is missing or stale, starts the provisioned WildFly with the WAR on its
# own H2 file under target/soak/ at port offset 400 (HTTP 8480, management 10390), seeds the
# benchmark's data set (bench/seed: 10,000 patients, 200 therapists, one with 1,000 clients),
# runs bench.soak.SoakSimulation (patients read, answer and submit quizzes and check in, therapists
# page and sort their client table, 5 to 15 s between actions), records the heap after a full GC
# every minute (jcmd GC.run, GC.heap_info), then checks every acknowledged answer against the
# database through each patient's export (bench.soak.SoakCheck) and writes target/soak/results.md
# (bench.soak.SoakReport): errors, lost answers, heap from minute 5 on (flat within 10%?), p99 per
# request type. Exits 1 when a request failed, an answer was lost or the heap grew.
#
# Options: --minutes N (30), --users N (virtual users, 200), --therapists N (of them, 10),
# --patients N (seeded patients, 10000), --ramp N (seconds over which the users arrive, 60),
# --no-build, --port-offset N (400), --out DIR (target/soak), --serve (start and seed the server,
# then keep it up until Ctrl-C, for trying the simulation by hand: see bench/README.md).
# Environment: SOAK_XMX (the server's heap limit, 1g).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
# shellcheck source=lib.sh
source "$BENCH/lib.sh"
log() { printf '[soak %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

MINUTES=30 USERS=200 THERAPISTS=10 PATIENTS=10000 RAMP=60 BUILD=auto PORT_OFFSET=400 SERVE=no
OUT=$ROOT/target/soak
XMX=${SOAK_XMX:-1g}
ITERATIONS=1024
while (( $# )); do
  case $1 in
    --minutes) MINUTES=$2; shift ;;
    --users) USERS=$2; shift ;;
    --therapists) THERAPISTS=$2; shift ;;
    --patients) PATIENTS=$2; shift ;;
    --ramp) RAMP=$2; shift ;;
    --no-build) BUILD=no ;;
    --serve) SERVE=yes ;;
    --port-offset) PORT_OFFSET=$2; shift ;;
    --out) OUT=$(mkdir -p "$2" && cd "$2" && pwd); shift ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
  shift
done
(( THERAPISTS < USERS )) || die "--therapists $THERAPISTS: fewer than --users"
SIM_PATIENTS=$(( USERS - THERAPISTS ))
(( SIM_PATIENTS <= PATIENTS )) || die "--users: only $PATIENTS patients are seeded"
SEED_THERAPISTS=$(( THERAPISTS > 200 ? THERAPISTS : 200 ))

HTTP_PORT=$(( 8080 + PORT_OFFSET ))
MANAGEMENT_PORT=$(( 9990 + PORT_OFFSET ))
BASE_URL=http://127.0.0.1:$HTTP_PORT
SERVER_HOME=$ROOT/target/server
WAR=$ROOT/target/painwise.war
BASE=$OUT/base
DB=$OUT/db/painwise
RUN=$OUT/run
H2_URL="jdbc:h2:file:$DB;AUTO_SERVER=TRUE"
SERVER_PGID="" SERVER_PID="" SAMPLER_PID=""

for tool in curl java jcmd setsid pgrep mvn; do
  command -v "$tool" > /dev/null || die "$tool is missing"
done

# --- build and class path ---------------------------------------------------------------------

if [[ $BUILD == auto ]]; then
  mkdir -p "$OUT"
  if [[ ! -x $SERVER_HOME/bin/standalone.sh || ! -f $WAR ]] \
      || [[ -n $(find "$ROOT/src/main" "$ROOT/lessons" "$ROOT/pom.xml" -newer "$WAR" -print -quit) ]]; then
    log "building: mvn -B -ntp -q package -DskipTests"
    (cd "$ROOT" && mvn -B -ntp -q package -DskipTests) > "$OUT/build.log" 2>&1 \
      || die "the build failed, see $OUT/build.log"
  else
    # The simulation is a test class: compiled here, the WAR and server left as they are.
    (cd "$ROOT" && mvn -o -B -q test-compile) > "$OUT/build.log" 2>&1 \
      || die "the test classes did not compile, see $OUT/build.log"
  fi
fi
[[ -x $SERVER_HOME/bin/standalone.sh && -f $WAR && -d $ROOT/target/test-classes ]] \
  || die "no provisioned server, WAR or test classes: run mvn package first (or drop --no-build)"
H2_JAR=$(find "$SERVER_HOME/modules" -path '*com/h2database/h2/main/h2-*.jar' | head -1)
[[ -n $H2_JAR ]] || die "no H2 jar in the provisioned server"

rm -rf "$RUN" "$OUT/db" "$OUT/gatling" "$OUT/results.md" "$OUT/heap.csv" "$OUT/ledger.tsv" \
  "$OUT/check.properties"
mkdir -p "$RUN" "$OUT/db"
if [[ ! -s $OUT/classpath.txt || $ROOT/pom.xml -nt $OUT/classpath.txt ]]; then
  (cd "$ROOT" && mvn -o -B -q dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$OUT/classpath.txt") > "$RUN/classpath.log" 2>&1 \
    || die "mvn dependency:build-classpath failed, see $RUN/classpath.log"
fi
CLASSPATH_TEST="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$OUT/classpath.txt")"

# --- server (as bench/run.sh starts its own, at another offset) ---------------------------------

# port_busy and stop_server: bench/lib.sh.

cleanup() {
  local status=$?
  [[ -n $SAMPLER_PID ]] && kill "$SAMPLER_PID" 2> /dev/null || true
  stop_server
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM


start_server() {
  port_busy "$HTTP_PORT" && die "port $HTTP_PORT is in use: another server? (--port-offset)"
  port_busy "$MANAGEMENT_PORT" && die "port $MANAGEMENT_PORT is in use (--port-offset)"
  rm -rf "$BASE/log" "$BASE/tmp"
  log "starting the server on $BASE_URL (heap limit $XMX)"
  local launch
  launch=$(now_ms)
  # As bench/run.sh: loopback is exempt from the per-address throttle (all the load comes from
  # it), and passwords use 1,024 PBKDF2 iterations: the soak is about the pages, not hashing.
  # The public base URL is this server's own: redirects are absolute URLs on it.
  JBOSS_JAVA_SIZING="-Xms256m -Xmx$XMX" \
  PAINWISE_DB_URL="jdbc:h2:file:$DB;AUTO_SERVER=TRUE;WRITE_DELAY=0" \
    setsid "$SERVER_HOME/bin/standalone.sh" \
      -Djboss.server.base.dir="$BASE" \
      -Djboss.socket.binding.port-offset="$PORT_OFFSET" \
      -Dpainwise.demo=true \
      -Dpainwise.password.iterations="$ITERATIONS" \
      -Dpainwise.db.path="$DB" \
      -Dh2.bindAddress=127.0.0.1 \
      -Dpainwise.throttle.exempt=127.0.0.1,::1 \
      -Dpainwise.publicBaseUrl="$BASE_URL" \
      > "$RUN/server.out" 2>&1 < /dev/null &
  SERVER_PGID=$!
  local code=000
  while (( $(now_ms) < launch + 240000 )); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE_URL/login" || true)
    [[ $code == 200 ]] && break
    kill -0 "$SERVER_PGID" 2> /dev/null || die "the server stopped while starting: $(tail -5 "$RUN/server.out")"
    grep -q -m1 -E 'WFLYSRV0026|WFLYCTL0013' "$BASE/log/server.log" 2> /dev/null \
      && die "the deployment failed: $(grep -m3 -E 'ERROR|Caused by' "$BASE/log/server.log" | cut -c1-400)"
    sleep 0.2
  done
  [[ $code == 200 ]] || die "no /login 200 within 240 s (last status $code), see $BASE/log/server.log"
  SERVER_PID=$(pgrep -g "$SERVER_PGID" -f jboss-modules.jar | head -1)
  [[ -n $SERVER_PID ]] || die "cannot find the server's java process"
  log "  up after $(( ($(now_ms) - launch) / 1000 )) s (pid $SERVER_PID)"
}

# --- run ----------------------------------------------------------------------------------------

START_EPOCH=$(date +%s)
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2> /dev/null || echo unknown)$(git -C "$ROOT" diff --quiet HEAD 2> /dev/null || echo ' (uncommitted changes)')
LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
prepare_base
start_server

log "seeding $PATIENTS patients and $SEED_THERAPISTS therapists (bench/seed/*.sql)"
{
  echo "SET @patients = $PATIENTS;"
  echo "SET @therapists = $SEED_THERAPISTS;"
  echo "SET @connections = $SIM_PATIENTS;"
  echo "SET @sessions = 0;"
  cat "$BENCH"/seed/*.sql
} > "$RUN/seed.sql"
timeout 900 java -cp "$H2_JAR" org.h2.tools.RunScript -url "$H2_URL" -user sa -password sa \
  -script "$RUN/seed.sql" > "$RUN/seed.out" 2>&1 || die "seeding failed: $(tail -5 "$RUN/seed.out")"

if [[ $SERVE == yes ]]; then
  log "serving on $BASE_URL (seeded: bench-patient-N, bench-therapist-N); Ctrl-C stops it"
  wait "$SERVER_PGID" || true
  exit 0
fi

# Heap after a full GC, once a minute from the start of the load: "minute,heap_after_gc_kib,
# rss_mib,young_kib,live_kib". jcmd runs GC.run, then GC.heap_info: under load the young regions
# that heap_info reports were allocated after the GC (up to 60 MiB here), so live_kib (used minus
# young) is what survived the full GC, the figure judged for flatness.
echo "minute,heap_after_gc_kib,rss_mib,young_kib,live_kib" > "$OUT/heap.csv"
(
  trap - EXIT
  minute=0
  while sleep 60; do
    minute=$(( minute + 1 ))
    kill -0 "$SERVER_PID" 2> /dev/null || exit 0
    heap=$(heap_after_gc_kib) || continue
    young=$(grep -o 'young ([0-9]*K)' "$RUN/jcmd.out" | head -1 | tr -dc 0-9)
    echo "$minute,$heap,$(rss_mib),${young:-0},$(( heap - ${young:-0} ))" >> "$OUT/heap.csv"
  done
) &
SAMPLER_PID=$!

log "Gatling: $SIM_PATIENTS patients and $THERAPISTS therapists for $MINUTES minutes (ramp $RAMP s)"
set +e
java -Xmx1g -XX:+UseParallelGC --add-opens=java.base/java.lang=ALL-UNNAMED -cp "$CLASSPATH_TEST" \
  -Dsoak.baseUrl="$BASE_URL" -Dsoak.accounts=seeded \
  -Dsoak.users="$SIM_PATIENTS" -Dsoak.therapists="$THERAPISTS" \
  -Dsoak.seconds=$(( MINUTES * 60 )) -Dsoak.rampSeconds="$RAMP" \
  -Dsoak.ledger="$OUT/ledger.tsv" \
  io.gatling.app.Gatling -s org.painwise.bench.soak.SoakSimulation -rf "$OUT/gatling" \
  -rd "soak: $USERS users, $MINUTES minutes" > "$RUN/gatling.log" 2>&1
GATLING_STATUS=$?
set -e
kill "$SAMPLER_PID" 2> /dev/null || true
wait "$SAMPLER_PID" 2> /dev/null || true
SAMPLER_PID=""
log "Gatling finished with status $GATLING_STATUS ($(grep -m1 -E 'request count' "$RUN/gatling.log" | tr -s ' ' || true))"
kill -0 "$SERVER_PID" 2> /dev/null || die "the server is gone: $(tail -3 "$BASE/log/server.log" | cut -c1-300)"

log "checking every acknowledged answer through the patients' exports"
set +e
java -cp "$CLASSPATH_TEST" org.painwise.bench.soak.SoakCheck "$BASE_URL" "$OUT/ledger.tsv" seeded \
  > "$RUN/check.log" 2>&1
CHECK_STATUS=$?
set -e
log "  $(head -1 "$RUN/check.log")"

cat > "$OUT/meta.properties" <<EOF
started=$(date -u -d "@$START_EPOCH" +%Y-%m-%dT%H:%M:%SZ)
wall_seconds=$(( $(date +%s) - START_EPOCH ))
commit=$COMMIT
cores=$(nproc)
load_at_start=$LOAD_AT_START
load_at_end=$(cut -d' ' -f1-3 /proc/loadavg)
users=$USERS
therapists=$THERAPISTS
minutes=$MINUTES
heap_limit=$XMX
gatling_status=$GATLING_STATUS
check_status=$CHECK_STATUS
EOF
java -cp "$CLASSPATH_TEST" org.painwise.bench.soak.SoakReport "$OUT"
