# Helpers for bench/run.sh and the scenario files (sourced, not run).
# Scenario files describe one row each with: scenario, target, then load_test, not_yet_available
# or their own measurement. Everything they measure goes to $ROW_FILE as key=value lines.

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now_ms() { date +%s%3N; }

# --- rows ---------------------------------------------------------------------------------------

# row KEY VALUE...: one measured or described value of the current scenario row.
row() {
  local key=$1; shift
  printf '%s=%s\n' "$key" "$*" >> "$ROW_FILE"
}

# scenario ID TITLE: starts the row of a scenario file.
scenario() {
  : > "$ROW_FILE"
  SCENARIO_ID=$1
  row id "$1"
  row title "$2"
  row kind load
  row available true
  log "scenario $1: $2"
}

# target TEXT [min_rps=N] [max_p99_ms=N] [min_static_ratio=F] [max_seconds=N] [max_heap_mib=N]:
# the target as the issue words it, and the figures that Report checks.
target() {
  row target "$1"; shift
  local pair
  for pair in "$@"; do row "target_${pair%%=*}" "${pair#*=}"; done
}

not_yet_available() {
  row available false
  row kind stub
  row note "not yet available: $*"
  log "  not yet available: $*"
}

# --- server probes ------------------------------------------------------------------------------

# CPU time the server has used so far (all its threads, GC and JIT included), in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat"; }

rss_mib() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$SERVER_PID/status"; }

# Heap in use right after a full GC (jcmd GC.run, then GC.heap_info), in KiB.
heap_after_gc_kib() {
  printf 'GC.run\nGC.heap_info\n' > "$RUN/jcmd-commands.txt"
  timeout 120 jcmd "$SERVER_PID" -f "$RUN/jcmd-commands.txt" > "$RUN/jcmd.out" 2>&1 \
    || die "jcmd failed: $(tail -3 "$RUN/jcmd.out")"
  grep -o 'used [0-9]*K' "$RUN/jcmd.out" | head -1 | tr -dc 0-9
}

# Records RSS and heap after GC of the server in the current row.
server_memory() {
  local heap
  heap=$(heap_after_gc_kib)
  row heap_mib "$(( heap / 1024 ))"
  row rss_mib "$(rss_mib)"
}

# --- the database (H2, or PostgreSQL with --db postgresql) ----------------------------------------

# db_sql SQL: runs statements on the bench database: through H2's shell (the server shares the
# database with AUTO_SERVER, bound to 127.0.0.1), or psql.
db_sql() {
  if [[ $DB_KIND == postgresql ]]; then
    PGPASSWORD=$PG_PASSWORD timeout 120 "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 \
      -p "$PG_PORT" -U "$PG_USER" -d painwise -c "$1" > "$RUN/db-shell.out" 2>&1 \
      || die "psql failed: $(tail -5 "$RUN/db-shell.out")"
  else
    timeout 120 java -cp "$H2_JAR" org.h2.tools.Shell -url "$H2_URL" -user sa -password sa \
      -sql "$1" > "$RUN/db-shell.out" 2>&1 || die "H2 shell failed: $(tail -5 "$RUN/db-shell.out")"
  fi
}

# db_csv FILE SEPARATOR QUERY: the rows of a query to FILE, one a line, fields apart by SEPARATOR,
# no header, no quotes (H2's CSVWRITE, or psql's unaligned output).
db_csv() {
  if [[ $DB_KIND == postgresql ]]; then
    PGPASSWORD=$PG_PASSWORD timeout 120 "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 \
      -p "$PG_PORT" -U "$PG_USER" -d painwise -At -F "$2" -c "$3" > "$1" 2> "$RUN/db-shell.out" \
      || die "psql failed: $(tail -5 "$RUN/db-shell.out")"
  else
    local quoted
    quoted=$(printf '%s' "$3" | sed "s/'/''/g")
    db_sql "CALL CSVWRITE('$1', '$quoted', 'fieldSeparator=$2 fieldDelimiter= writeColumnHeader=false')"
  fi
}

# sql_stats_start: starts counting every statement the database runs (H2's QUERY_STATISTICS, or
# PostgreSQL's pg_stat_statements, reset). sql_stats_finish N [SUFFIX]: stops, writes the
# statements to run/sql-<id>SUFFIX.csv and records in the row sql_per_requestSUFFIX and
# commits_per_requestSUFFIX: the statements (and the commits, apart) per request, for the N
# requests made in between. On PostgreSQL BEGIN and the pool's validation query (SELECT 1) are
# left out, and the commits are not counted (pg_stat_statements does not see the driver's).
sql_stats_start() {
  if [[ $DB_KIND == postgresql ]]; then
    db_sql "SELECT pg_stat_statements_reset()"
  else
    db_sql "SET QUERY_STATISTICS FALSE; SET QUERY_STATISTICS TRUE"
  fi
}

sql_stats_finish() {
  local n=$1 suffix=${2:-}
  local csv=$RUN/sql-$SCENARIO_ID$suffix.csv
  if [[ $DB_KIND == postgresql ]]; then
    db_sql "\\copy (SELECT s.calls AS execution_count, s.query AS sql_statement FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid AND d.datname = 'painwise' JOIN pg_roles r ON r.oid = s.userid AND r.rolname = '$PG_USER' WHERE s.query NOT LIKE '%pg_stat_statements%' AND s.query NOT LIKE 'BEGIN%' AND s.query NOT LIKE 'SET %' AND s.query NOT LIKE 'SHOW %' AND s.query NOT LIKE '%pg_catalog%' AND s.query <> 'SELECT \$1' ORDER BY s.calls DESC) TO '$csv' WITH (FORMAT csv, HEADER, FORCE_QUOTE *)"
  else
    db_sql "CALL CSVWRITE('$csv', 'SELECT EXECUTION_COUNT, SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS WHERE SQL_STATEMENT NOT LIKE ''CALL %'' AND SQL_STATEMENT NOT LIKE ''SET %'' AND SQL_STATEMENT NOT LIKE ''%INFORMATION_SCHEMA%'' ORDER BY EXECUTION_COUNT DESC'); SET QUERY_STATISTICS FALSE"
  fi
  row "sql_per_request$suffix" "$(awk -F'","' -v n="$n" \
    'NR > 1 && toupper($2) !~ /^COMMIT/ { gsub(/"/, "", $1); s += $1 } END { printf "%.1f", s / n }' "$csv")"
  # pg_stat_statements does not see the driver's commits: PostgreSQL rows leave them out.
  [[ $DB_KIND == postgresql ]] && return
  row "commits_per_request$suffix" "$(awk -F'","' -v n="$n" \
    'NR > 1 && toupper($2) ~ /^COMMIT/ { gsub(/"/, "", $1); s += $1 } END { printf "%.1f", s / n }' "$csv")"
}

# sql_per_request COOKIES PATHS: SQL statements (and commits, apart) that the database runs for
# one request, counted by the database (sql_stats_start) over a few sequential requests of the first
# session, caches warm. The statements themselves go to run/sql-<id>.csv.
sql_per_request() {
  local cookie path n=5 i
  cookie=$(head -1 "$1")
  path=$(head -1 "$2")
  sql_stats_start
  for (( i = 0; i < n; i++ )); do
    curl -s -o /dev/null --max-time 30 -b "JSESSIONID=$cookie" "$BASE_URL$path"
  done
  sql_stats_finish "$n"
}

# --- load ---------------------------------------------------------------------------------------

# run_wrk COOKIES PATHS SECONDS RESULT: one bounded wrk run, one connection per thread, with
# lua/sessions.lua (or the script in WRK_SCRIPT, which gets COOKIES and PATHS as its arguments). Besides
# what wrk measures, RESULT gets where the CPU went meanwhile: the server's time per request
# (steadier than req/s when other work shares the cores), and the cores used by the server, by
# wrk and by everything else on the machine.
run_wrk() {
  local ticks busy
  ticks=$(cpu_ticks)
  busy=$(machine_busy_ticks)
  times > "$RUN/times-before.txt"
  WRK_RESULT=$4 timeout $(( $3 + 60 )) wrk -t "$CONNECTIONS" -c "$CONNECTIONS" -d "$3s" \
    --timeout 10s -s "${WRK_SCRIPT:-$BENCH/lua/sessions.lua}" "$BASE_URL" -- "$1" "$2" \
    > "${4%.txt}.log" 2>&1 || die "wrk failed: $(tail -5 "${4%.txt}.log")"
  times > "$RUN/times-after.txt"
  [[ -s $4 ]] || die "wrk wrote no result: $(tail -5 "${4%.txt}.log")"
  local cpu
  cpu=$(awk -F= -v t=$(( $(cpu_ticks) - ticks )) -v b=$(( $(machine_busy_ticks) - busy )) \
      -v w=$(( $(children_cpu_ms "$RUN/times-after.txt") - $(children_cpu_ms "$RUN/times-before.txt") )) \
      -v hz="$(getconf CLK_TCK)" '
    $1 == "requests" { r = $2 } $1 == "duration_s" { d = $2 }
    END {
      printf "cpu_ms_per_request=%.3f\n", t * 1000 / hz / r
      printf "server_cores=%.2f\nwrk_cores=%.2f\n", t / hz / d, w / 1000 / d
      others = (b / hz - t / hz - w / 1000) / d
      printf "other_cores=%.2f\n", others < 0 ? 0 : others
    }' "$4")
  echo "$cpu" >> "$4"
}

# All CPU time of the machine that was not idle, in clock ticks (/proc/stat).
machine_busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }

# CPU time of the finished children of this shell, in ms, from the output of `times`.
children_cpu_ms() {
  awk 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/)
                 printf "%d", (u[1] * 60 + u[2] + s[1] * 60 + s[2]) * 1000 }' "$1"
}

# warm_up COOKIES PATHS: wrk in slices of 10 s (or WARMUP, if less) until the server CPU per
# request of two slices in a row is within 10% (the JIT has settled), for WARMUP s at most.
warm_up() {
  local slice=$(( WARMUP < 10 ? WARMUP : 10 )) spent=0 previous="" current
  local result=$RUN/wrk-$SCENARIO_ID-warmup.txt
  while (( spent < WARMUP )); do
    run_wrk "$1" "$2" "$slice" "$result"
    spent=$(( spent + slice ))
    current=$(awk -F= '$1 == "cpu_ms_per_request" { print $2 }' "$result")
    log "  warm-up ${spent} s: $current ms CPU per request"
    if [[ -n $previous ]] && awk -v a="$previous" -v b="$current" \
        'BEGIN { exit !(a > 0 && (a - b) / a < 0.1 && (b - a) / a < 0.1) }'; then
      break
    fi
    previous=$current
  done
  row warmup_s "$spent"
}

# load_test COOKIES PATHS: warm-up, then the measured run; req/s, latency, errors, CPU, memory
# and (with sessions) SQL statements per request, counted by sql_per_request or by the function
# named in SQL_PER_REQUEST (called with COOKIES PATHS).
load_test() {
  local cookies=$1 paths=$2
  row connections "$CONNECTIONS"
  row cores "$(nproc)"
  if (( WARMUP > 0 )); then warm_up "$cookies" "$paths"; fi
  row load_1m "$(cut -d' ' -f1 /proc/loadavg)"
  run_wrk "$cookies" "$paths" "$DURATION" "$RUN/wrk-$SCENARIO_ID.txt"
  cat "$RUN/wrk-$SCENARIO_ID.txt" >> "$ROW_FILE"
  log "  $(grep -E '^(rps|p50_ms|p99_ms|errors|cpu_ms_per_request|other_cores)=' "$ROW_FILE" | tr '\n' ' ')"
  server_memory
  if [[ $cookies != - ]]; then
    "${SQL_PER_REQUEST:-sql_per_request}" "$cookies" "$paths"
  fi
}

# sign_in EMAIL_FORMAT FIRST COUNT OUT [PATHS]: real Faces logins, in parallel.
sign_in() {
  timeout 1800 java -cp "$CLASSES" BenchClient login "$BASE_URL" "$1" "$2" "$3" \
    "$DEMO_PASSWORD" "$CLIENT_PARALLEL" "$4" ${5:+"$5"}
}

# --- the benchmark's own servers (run.sh, soak.sh) ----------------------------------------------

port_busy() { (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null; }

# Stops the server's whole process group (standalone.sh and its JVM): TERM, then KILL after up to
# 60 s (a JVM that writes a class-data archive at exit takes a while to do it).
stop_server() {
  [[ -n ${SERVER_PGID:-} ]] || return 0
  if kill -0 -- "-$SERVER_PGID" 2> /dev/null; then
    kill -TERM -- "-$SERVER_PGID" 2> /dev/null || true
    local i
    for (( i = 0; i < 300; i++ )); do
      kill -0 -- "-$SERVER_PGID" 2> /dev/null || break
      sleep 0.2
    done
    kill -KILL -- "-$SERVER_PGID" 2> /dev/null || true
  fi
  SERVER_PGID="" SERVER_PID=""
}

# --- the server base dir ------------------------------------------------------------------------

# deploy_offline HOME BASE WAR WORKDIR: a copy of HOME's configuration in BASE with WAR deployed
# in place (unmanaged), made with an offline CLI (the provisioned server has no deployment
# scanner); the CLI's output goes to WORKDIR/deploy.out.
deploy_offline() {
  local home=$1 base=$2 war=$3 work=$4
  rm -rf "$base"
  mkdir -p "$base" "$work"
  cp -r "$home/standalone/configuration" "$base/"
  cat > "$work/deploy.cli" <<EOF
embed-server --server-config=standalone.xml --std-out=discard
/deployment=painwise.war:add(content=[{path=>"$war", archive=true}], enabled=true)
stop-embedded-server
EOF
  JAVA_OPTS="-Djboss.server.base.dir=$base" timeout 300 "$home/bin/jboss-cli.sh" \
    --file="$work/deploy.cli" > "$work/deploy.out" 2>&1 || die "deploy failed: $(tail -5 "$work/deploy.out")"
  rm -rf "$base/log" "$base/data" "$base/tmp"
}

# prepare_base: $BASE made by deploy_offline from $SERVER_HOME and $WAR, once: kept while the
# provisioned configuration and the WAR's path stay the same (a rebuilt WAR is read in place).
prepare_base() {
  local key
  key="$(sha256sum "$SERVER_HOME/standalone/configuration/standalone.xml" | cut -c1-64) $WAR"
  [[ -f $BASE/.deployed && $(cat "$BASE/.deployed") == "$key" ]] && return
  log "preparing the server base dir with the WAR deployed (offline CLI)"
  deploy_offline "$SERVER_HOME" "$BASE" "$WAR" "$RUN"
  echo "$key" > "$BASE/.deployed"
}
