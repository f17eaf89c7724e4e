#!/usr/bin/env bash
# Painwise benchmark (issue 6). One command: provisions if needed, starts the provisioned WildFly
# with the WAR on its own H2 file and port offset, seeds the data set through SQL, measures each
# scenario in bench/scenarios/ with wrk, and writes results.json and results.md.
#
#   bench/run.sh                 full run: 10,000 patients, 200 therapists, 30 s per scenario
#   bench/run.sh --smoke         a few seconds, tiny data (what CI runs, through BenchSmokeIT)
#   bench/run.sh --db postgresql the same on a throwaway PostgreSQL 15 (src/test/pg/pg.sh) instead
#                                of H2 (either mode)
#
# Options: --duration N (measured seconds per load scenario), --warmup N (at most N s of warm-up
# per load scenario, in 10 s slices until the server CPU per request settles), --jit-warmup N (at
# most N s of the first warm-up, until the JIT has settled; 0 in --smoke), --connections N,
# --sessions N (sessions of the memory scenario), --no-build (use target/server and
# target/painwise.war as they are), --port-offset N (default 600: HTTP 8680, management 10590),
# --out DIR, --db h2|postgresql. Environment: BENCH_XMX (server heap limit; 2g, or 512m for
# --smoke).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
# shellcheck source=lib.sh
source "$BENCH/lib.sh"

MODE=full
for arg in "$@"; do [[ $arg == --smoke ]] && MODE=smoke; done
if [[ $MODE == smoke ]]; then
  DURATION=1 WARMUP=1 JIT_WARMUP=0 CONNECTIONS=8 PATIENTS=100 THERAPISTS=5 SESSIONS_N=50 XMX=512m
  OUT=$ROOT/target/bench/smoke
else
  DURATION=30 WARMUP=60 JIT_WARMUP=420 CONNECTIONS=32 PATIENTS=10000 THERAPISTS=200 SESSIONS_N=10000
  XMX=2g
  OUT=$ROOT/target/bench
fi
BUILD=auto
PORT_OFFSET=${BENCH_PORT_OFFSET:-600}
XMX=${BENCH_XMX:-$XMX}
# The benchmark measures page cost, not password hashing: 1,024 is the lowest iteration count
# that Jakarta Security's Pbkdf2PasswordHash accepts (the app's default is 210,000).
ITERATIONS=1024
DEMO_PASSWORD=painwise-demo
CLIENT_PARALLEL=8
DB_KIND=h2

while (( $# )); do
  case $1 in
    --smoke) ;;
    --duration) DURATION=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --jit-warmup) JIT_WARMUP=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --sessions) SESSIONS_N=$2; shift ;;
    --no-build) BUILD=no ;;
    --port-offset) PORT_OFFSET=$2; shift ;;
    --out) OUT=$(mkdir -p "$2" && cd "$2" && pwd); shift ;;
    --db) DB_KIND=$2; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
  shift
done
[[ $DB_KIND == h2 || $DB_KIND == postgresql ]] || die "--db $DB_KIND: h2 or postgresql"
(( SESSIONS_N <= PATIENTS )) || die "--sessions $SESSIONS_N: only $PATIENTS patients are seeded"
(( CONNECTIONS <= PATIENTS )) || die "--connections $CONNECTIONS: only $PATIENTS patients are seeded"

HTTP_PORT=$(( 8080 + PORT_OFFSET ))
MANAGEMENT_PORT=$(( 9990 + PORT_OFFSET ))
BASE_URL=http://127.0.0.1:$HTTP_PORT
SERVER_HOME=$ROOT/target/server
WAR=$ROOT/target/painwise.war
CLASSES=$ROOT/target/bench/classes
BASE=$OUT/base          # jboss.server.base.dir: configuration with the deployment, log, tmp
DB=$OUT/db/painwise
RUN=$OUT/run            # cookies, path lists, wrk output, server console
ROWS=$OUT/rows
# The server opens the H2 file with AUTO_SERVER (its TCP port bound to 127.0.0.1 through
# h2.bindAddress), so the seed and the statement counts reach the database while it runs. The
# server's URL adds WRITE_DELAY=0, as the app's default URL does (each commit reaches the file
# before it returns; a database setting, which the seed's URL leaves alone). H2 refuses
# DB_CLOSE_ON_EXIT=FALSE with AUTO_SERVER, so here the database closes at the JVM's exit before
# the app has written its last lesson visits (VisitWriter logs a warning at the stop; nothing
# measured depends on them).
H2_URL="jdbc:h2:file:$DB;AUTO_SERVER=TRUE"
# --db postgresql: a throwaway PostgreSQL 15 under OUT/pg (src/test/pg/pg.sh, the one the build's
# PostgreSQL test run uses), with PostgreSQL's defaults for durability (fsync, synchronous commit)
# and pg_stat_statements for the statement counts.
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_DIR=$OUT/pg
PG_PORT="" PG_USER="" PG_PASSWORD=""
SERVER_PGID="" SERVER_PID=""

# --- tools and build ----------------------------------------------------------------------------

if ! command -v wrk > /dev/null; then
  if [[ $(id -u) == 0 ]] && command -v apt-get > /dev/null; then
    log "installing wrk (apt-get)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk > /dev/null \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk > /dev/null; }
  fi
  command -v wrk > /dev/null || die "wrk is missing: apt-get install wrk"
fi
for tool in curl java javac jcmd jstat setsid pgrep; do
  command -v "$tool" > /dev/null || die "$tool is missing"
done

if [[ $BUILD == auto ]]; then
  # `mvn package` keeps an existing target/server: a server provisioned before a change to the
  # server configuration (src/main/wildfly, pom.xml) must be provisioned again, from clean.
  goals="package"
  if [[ -x $SERVER_HOME/bin/standalone.sh ]] && [[ -n $(find "$ROOT/src/main/wildfly" "$ROOT/pom.xml" \
      -newer "$SERVER_HOME/standalone/configuration/standalone.xml" -print -quit) ]]; then
    goals="clean package"
  fi
  if [[ $goals != package || ! -x $SERVER_HOME/bin/standalone.sh || ! -f $WAR ]] \
      || [[ -n $(find "$ROOT/src/main" "$ROOT/lessons" "$ROOT/pom.xml" -newer "$WAR" -print -quit) ]]; then
    log "building: mvn -B -ntp -q $goals -DskipTests"
    mkdir -p "$ROOT/target/bench"
    # shellcheck disable=SC2086
    (cd "$ROOT" && mvn -B -ntp -q $goals -DskipTests) > "$ROOT/target/bench/build.log" 2>&1 \
      || die "the build failed, see target/bench/build.log"
  fi
fi
[[ -x $SERVER_HOME/bin/standalone.sh && -f $WAR ]] \
  || die "no provisioned server or WAR: run mvn package first (or drop --no-build)"
H2_JAR=$(find "$SERVER_HOME/modules" -path '*com/h2database/h2/main/h2-*.jar' | head -1)
[[ -n $H2_JAR ]] || die "no H2 jar in the provisioned server"

if [[ ! -f $CLASSES/.stamp || -n $(find "$BENCH/java" -newer "$CLASSES/.stamp" -print -quit) ]]; then
  mkdir -p "$CLASSES"
  javac --release 17 -d "$CLASSES" "$BENCH"/java/*.java
  touch "$CLASSES/.stamp"
fi

# --- server -------------------------------------------------------------------------------------

# Why the server is gone, when it is: another process on a shared machine can stop it.
server_gone() {
  local signal
  signal=$(grep -m1 'WFLYSRV0220' "$BASE/log/server.log" 2> /dev/null | cut -c1-23) || true
  if [[ -n $signal ]]; then
    echo "the server was stopped by a signal from outside this run at $signal (WFLYSRV0220 in $BASE/log/server.log)"
  else
    echo "the server is gone: $(tail -3 "$BASE/log/server.log" 2> /dev/null | cut -c1-300)"
  fi
}

cleanup() {
  local status=$?
  stop_server
  if [[ $DB_KIND == postgresql && -f $PG_DIR/pg.properties ]]; then
    "$ROOT/src/test/pg/pg.sh" stop "$PG_DIR" >&2 || true
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Epoch milliseconds of the first server.log line that matches a pattern (empty if none).
log_time() {
  local stamp
  stamp=$(grep -m1 -E "$1" "$BASE/log/server.log" 2> /dev/null | cut -c1-23 | tr , .) || true
  [[ -n $stamp ]] && date -d "$stamp" +%s%3N || true
}

# start_server LABEL: launches in its own process group; sets START_MS (launch to /login 200).
start_server() {
  local label=$1
  port_busy "$HTTP_PORT" && die "port $HTTP_PORT is in use: another server? (--port-offset)"
  port_busy "$MANAGEMENT_PORT" && die "port $MANAGEMENT_PORT is in use (--port-offset)"
  rm -rf "$BASE/log" "$BASE/tmp"
  log "starting the server ($label) on $BASE_URL"
  LAUNCH_MS=$(now_ms)
  # standalone.conf puts JBOSS_JAVA_SIZING into the JVM options: the heap, and JVM_EXTRA (the
  # class-data archive options of a start). All the load comes from loopback, so loopback has
  # no per-address throttle (README, Security); per-account throttling stays on (the bench signs
  # in with right passwords only, which are never counted).
  local db_env=(PAINWISE_DB_URL="jdbc:h2:file:$DB;AUTO_SERVER=TRUE;WRITE_DELAY=0")
  if [[ $DB_KIND == postgresql ]]; then
    db_env=(PAINWISE_DB_DRIVER=postgresql PAINWISE_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/painwise"
            PAINWISE_DB_USER="$PG_USER" PAINWISE_DB_PASSWORD="$PG_PASSWORD")
  fi
  env JBOSS_JAVA_SIZING="-Xms256m -Xmx$XMX ${JVM_EXTRA:-}" "${db_env[@]}" \
    setsid "$SERVER_HOME/bin/standalone.sh" \
      -Djboss.server.base.dir="$BASE" \
      -Djboss.socket.binding.port-offset="$PORT_OFFSET" \
      -Dpainwise.demo=true \
      -Dpainwise.password.iterations="$ITERATIONS" \
      -Dpainwise.db.path="$DB" \
      -Dh2.bindAddress=127.0.0.1 \
      -Dpainwise.throttle.exempt=127.0.0.1,::1 \
      > "$RUN/server-$label.out" 2>&1 < /dev/null &
  SERVER_PGID=$!
  local deadline=$(( LAUNCH_MS + 180000 )) code=000
  while (( $(now_ms) < deadline )); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE_URL/login" || true)
    [[ $code == 200 ]] && break
    kill -0 "$SERVER_PGID" 2> /dev/null \
      || die "the server stopped while starting: $(tail -5 "$RUN/server-$label.out")"
    grep -q -m1 -E 'WFLYSRV0026|WFLYCTL0013' "$BASE/log/server.log" 2> /dev/null \
      && die "the deployment failed: $(grep -m3 -E 'ERROR|Caused by' "$BASE/log/server.log" | cut -c1-400)"
    sleep 0.05
  done
  [[ $code == 200 ]] || die "no /login 200 within 180 s (last status $code), see $BASE/log/server.log"
  START_MS=$(( $(now_ms) - LAUNCH_MS ))
  SERVER_PID=$(pgrep -g "$SERVER_PGID" -f jboss-modules.jar | head -1)
  [[ -n $SERVER_PID ]] || die "cannot find the server's java process"
  START_CPU_S=$(awk -v t="$(cpu_ticks)" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }')
  cp "$BASE/log/server.log" "$RUN/server-$label.log"
  log "  first page after $(awk -v ms="$START_MS" 'BEGIN { printf "%.1f", ms / 1000 }') s, $START_CPU_S s of CPU (pid $SERVER_PID)"
}

# Where a start goes, from server.log: seconds from launch to each milestone.
start_phases() {
  local name pattern t
  while IFS='|' read -r name pattern; do
    t=$(log_time "$pattern")
    [[ -n $t ]] && printf '%s %.1f s, ' "$name" "$(awk -v d=$(( t - LAUNCH_MS )) 'BEGIN { print d / 1000 }')"
  done <<'EOF'
WildFly starting|WFLYSRV0049
deployment starts|WFLYSRV0027
persistence unit|WFLYJPA0010.*phase 2
Flyway done|Database schema at version
lessons loaded|Lessons loaded
web context up|WFLYUT0021
EOF
  printf 'first page %.1f s' "$(awk -v d="$START_MS" 'BEGIN { print d / 1000 }')"
}

# --- run ----------------------------------------------------------------------------------------

START_EPOCH=$(date +%s)
log "mode $MODE on $DB_KIND: $DURATION s per scenario after $WARMUP s warm-up, $CONNECTIONS connections, $PATIENTS patients, $SESSIONS_N sessions; output in $OUT"
rm -rf "$RUN" "$ROWS" "$OUT/db" "$OUT/results.json" "$OUT/results.md"
mkdir -p "$RUN" "$ROWS" "$OUT/db"
LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
OTHER_JAVA=$(pgrep -c java || true)

prepare_base

if [[ $DB_KIND == postgresql ]]; then
  [[ -x $PG_BIN/initdb ]] || die "no PostgreSQL 15 in $PG_BIN: apt-get install postgresql"
  PG_DURABLE=yes PG_WATCH_PID=$$ \
  PG_EXTRA_OPTS="-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all" \
    "$ROOT/src/test/pg/pg.sh" start "$PG_DIR" required >&2 || die "PostgreSQL did not start"
  pg_prop() { grep "^pg.$1=" "$PG_DIR/pg.properties" | cut -d= -f2-; }
  PG_PORT=$(pg_prop port) PG_USER=$(pg_prop user) PG_PASSWORD=$(pg_prop password)
  db_sql "CREATE EXTENSION pg_stat_statements"
fi

# First start on an empty database: Flyway migrates, the app loads lessons/ and the demo accounts.
# In a full run it is also the training run of an application class-data archive (AppCDS): the
# JVM writes the classes it loaded to $CDS when it stops, and the measured start maps them
# instead of loading, parsing and verifying them again. A deployment can do the same once after
# each upgrade (README, Benchmarks).
CDS=$BASE/painwise.jsa
rm -f "$CDS"
if [[ $MODE == full ]]; then
  JVM_EXTRA="-XX:ArchiveClassesAtExit=$CDS -Xlog:cds=off -Xlog:cds+dynamic=off" start_server first
else
  # The smoke run checks correctness, not speed: the quick compiler alone costs less CPU.
  JVM_EXTRA="-XX:TieredStopAtLevel=1" start_server first
fi
FIRST_START_MS=$START_MS
FIRST_PHASES=$(start_phases)

log "seeding $PATIENTS patients and $THERAPISTS therapists (bench/seed/*.sql)"
SEED_START=$(now_ms)
# The seed is portable SQL but for two things that each database spells its own way: the counts
# are put in place of @patients, @therapists, @connections and @sessions, and PostgreSQL gets a
# system_range(a, b) function (H2's SYSTEM_RANGE: the numbers a to b in a column x).
{
  if [[ $DB_KIND == postgresql ]]; then
    echo 'CREATE OR REPLACE FUNCTION system_range(a bigint, b bigint) RETURNS TABLE (x bigint)'
    echo '  LANGUAGE sql IMMUTABLE AS $$ SELECT generate_series(a, b) $$;'
  fi
  sed -E -e "s/@patients\b/$PATIENTS/g" -e "s/@therapists\b/$THERAPISTS/g" \
    -e "s/@connections\b/$CONNECTIONS/g" -e "s/@sessions\b/$SESSIONS_N/g" "$BENCH"/seed/*.sql
} > "$RUN/seed.sql"
if [[ $DB_KIND == postgresql ]]; then
  PGPASSWORD=$PG_PASSWORD timeout 600 "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 \
    -p "$PG_PORT" -U "$PG_USER" -d painwise -f "$RUN/seed.sql" > "$RUN/seed.out" 2>&1 \
    || die "seeding failed: $(tail -5 "$RUN/seed.out")"
  # Fresh statistics for the planner after the bulk inserts (H2 needs none).
  db_sql "ANALYZE"
else
  timeout 600 java -cp "$H2_JAR" org.h2.tools.RunScript -url "$H2_URL" -user sa -password sa \
    -script "$RUN/seed.sql" > "$RUN/seed.out" 2>&1 || die "seeding failed: $(tail -5 "$RUN/seed.out")"
fi
db_csv "$RUN/lesson-pages.txt" ',' "SELECT '/lessons/' || m.slug || '/' || p.slug FROM lesson_page p JOIN lesson_module m ON m.id = p.module_id ORDER BY m.position, p.position"
echo "PATIENTS,THERAPISTS,PAGE_PROGRESS,LESSON_VISITS,LESSON_PAGES" > "$RUN/dataset.csv"
db_csv "$RUN/dataset-values.csv" ',' "SELECT (SELECT COUNT(*) FROM account WHERE role = 'PATIENT') AS patients, (SELECT COUNT(*) FROM account WHERE role = 'THERAPIST') AS therapists, (SELECT COUNT(*) FROM page_progress) AS page_progress, (SELECT COUNT(*) FROM lesson_visit) AS lesson_visits, (SELECT COUNT(*) FROM lesson_page) AS lesson_pages"
tr -d '\r' < "$RUN/dataset-values.csv" >> "$RUN/dataset.csv"
SEED_MS=$(( $(now_ms) - SEED_START ))
log "  seeded in $SEED_MS ms: $(tail -1 "$RUN/dataset.csv")"

ROW_FILE=$ROWS/00-start.properties
if [[ $MODE == full ]]; then
  # The measured start: a restart on the seeded database, as a server starts in production;
  # once without the class-data archive, then with it (the row's figure).
  stop_server
  [[ -s $CDS ]] || die "the first start wrote no class-data archive ($CDS)"
  start_server seeded-no-archive
  PLAIN_START_MS=$START_MS PLAIN_START_CPU_S=$START_CPU_S PLAIN_PHASES=$(start_phases)
  stop_server
  JVM_EXTRA="-XX:SharedArchiveFile=$CDS -Xlog:cds=off" start_server seeded
  scenario start "Server start to first served page (seeded database, class-data archive)"
  row first_start_seconds "$(awk -v ms="$FIRST_START_MS" 'BEGIN { printf "%.2f", ms / 1000 }')"
  row first_start_phases "$FIRST_PHASES"
  row seconds_without_archive "$(awk -v ms="$PLAIN_START_MS" 'BEGIN { printf "%.2f", ms / 1000 }')"
  row cpu_seconds_without_archive "$PLAIN_START_CPU_S"
  row phases_without_archive "$PLAIN_PHASES"
  row archive_mib "$(( $(stat -c %s "$CDS") / 1048576 ))"
else
  # The smoke run keeps CI short: one start, on the empty database (with the migrations).
  scenario start "Server start to first served page (empty database, migrations run)"
fi
row kind start
target "< 6 s" max_seconds=6
row seconds "$(awk -v ms="$START_MS" 'BEGIN { printf "%.2f", ms / 1000 }')"
row phases "$(start_phases)"
# CPU the start took, all threads: on these 2 cores a start cannot take less than half of it.
row cpu_seconds "$START_CPU_S"
row load_1m "$(cut -d' ' -f1 /proc/loadavg)"
server_memory

log "signing in $CONNECTIONS patients for the load scenarios"
SESSIONS=$RUN/sessions.txt
LESSON_PAGES=$RUN/lesson-pages.txt
sign_in 'bench-patient-%d@painwise.test' 1 "$CONNECTIONS" "$SESSIONS" >&2 \
  || die "could not sign the load sessions in"

# The JIT needs minutes of load before the pages reach their steady cost: on these 2 busy cores
# about 8 minutes at 32 connections, because its compiler threads then get a thin share of the
# cores, but 2 to 3 minutes at 4 connections. So one warm-up first, at 4 connections, on the
# signed-in pages (lesson pages and the catalogue), in 30 s slices until the compiler has settled
# (less than 1.5 s of compiling in a slice, jstat) and the CPU per request holds within 10%, for
# JIT_WARMUP s at most.
JIT_SPENT=0
if (( JIT_WARMUP > 0 )); then
  { cat "$LESSON_PAGES"; for _ in 1 2 3 4 5 6 7 8 9 10; do echo /lessons/index; done; } \
    > "$RUN/jit-warmup-paths.txt"
  compile_s() { jstat -compiler "$SERVER_PID" | awk 'NR == 2 { print $4 }'; }
  previous=""
  while (( JIT_SPENT < JIT_WARMUP )); do
    before=$(compile_s)
    CONNECTIONS=4 run_wrk "$SESSIONS" "$RUN/jit-warmup-paths.txt" 30 "$RUN/wrk-jit-warmup.txt"
    JIT_SPENT=$(( JIT_SPENT + 30 ))
    compiling=$(awk -v a="$before" -v b="$(compile_s)" 'BEGIN { printf "%.1f", b - a }')
    current=$(awk -F= '$1 == "cpu_ms_per_request" { print $2 }' "$RUN/wrk-jit-warmup.txt")
    log "JIT warm-up ${JIT_SPENT} s: $current ms CPU per request, $compiling s of compiling"
    if [[ -n $previous ]] && awk -v a="$previous" -v b="$current" -v c="$compiling" \
        'BEGIN { exit !(c < 1.5 && (a - b) / a < 0.1 && (b - a) / a < 0.1) }'; then
      break
    fi
    previous=$current
  done
fi

for file in "$BENCH"/scenarios/*.sh; do
  ROW_FILE=$ROWS/$(basename "$file" .sh).properties
  # shellcheck source=/dev/null
  ( source "$file" ) || die "scenario $(basename "$file") failed"
  kill -0 "$SERVER_PID" 2> /dev/null || die "$(server_gone)"
done

cat > "$OUT/meta.properties" <<EOF
mode=$MODE
database=$DB_KIND
started=$(date -u -d "@$START_EPOCH" +%Y-%m-%dT%H:%M:%SZ)
wall_seconds=$(( $(date +%s) - START_EPOCH ))
commit=$(git -C "$ROOT" rev-parse --short HEAD 2> /dev/null || echo unknown)$(git -C "$ROOT" diff --quiet HEAD 2> /dev/null || echo ' (uncommitted changes)')
cores=$(nproc)
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
load_at_start=$LOAD_AT_START
load_at_end=$(cut -d' ' -f1-3 /proc/loadavg)
other_java_processes_at_start=$OTHER_JAVA
java=$(java -version 2>&1 | head -1)
wrk=$(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)
duration_s=$DURATION
warmup_s=$WARMUP
jit_warmup_s=$JIT_SPENT
connections=$CONNECTIONS
heap_limit=$XMX
password_iterations=$ITERATIONS
seed_ms=$SEED_MS
dataset=$(tail -1 "$RUN/dataset.csv")
dataset_columns=$(head -1 "$RUN/dataset.csv" | tr "A-Z" "a-z")
EOF
java -cp "$CLASSES" Report "$OUT"
