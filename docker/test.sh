#!/bin/bash
# docker/test.sh: tries everything in docker/ for real, on this machine, and removes what it started.
#
#   docker/test.sh [--keep-images] [--rebuild-base] [--check-readme] [--help]
#
# 1. Engine: uses the Docker engine that answers (DOCKER_HOST, or the default socket); when none
#    does, installs Debian's docker.io, docker-compose and debootstrap if one of them is missing and
#    starts dockerd exactly as docker/README.md says (its own data root under /tmp/dockerd); that
#    engine is stopped at the end. `docker compose` is docker-compose 1.29 where no Compose v2
#    plugin is installed (a small CLI plugin, in a DOCKER_CONFIG of this run only, hands it over).
# 2. Base images: docker/make-local-base-image.sh (debootstrap), skipped when painwise/jre17-local
#    exists (the cache between runs; --rebuild-base makes it again), then the PostgreSQL and HAProxy
#    stand-ins of docker/local (quick when the build cache has them).
# 3. Maven: `mvn -B -ntp package -DskipTests` when target/server or target/painwise.war is missing,
#    `mvn -B -ntp -Pcluster package -DskipTests` when target/server-cluster is missing. What is
#    there is used as it is: rebuild it yourself after a change.
# 4. Every command of the `bash` blocks of docker/README.md, in order, as written (the list below,
#    README_COMMANDS, must equal those blocks: checked first, and by DockerReadmeCommandsTest), with
#    checks between them: health, a sign-up and a Faces sign-in (login page, ViewState, post), the
#    README's promotion to admin, the pg_dump backup, and on the cluster a failover (sign in through
#    HAProxy, `docker kill` the node that holds the session, the next request is still signed in).
#    The README publishes 127.0.0.1:8080: this part holds the machine's integration-test lock
#    (PAINWISE_PORT_LOCK, default /work/it.lock) so that no test server uses 8080 meanwhile.
#    With PAINWISE_TEST_PORT=N it takes no lock and runs the commands with 127.0.0.1:N in place
#    of 127.0.0.1:8080 (and PAINWISE_PORT=N in docker/.env): the only change it makes to them.
# 5. Removes what it started: containers, networks, volumes, the images it built (the app images;
#    not the base images, which are the cache) unless --keep-images, the engine if it started it;
#    docker/.env and painwise.sql are put back as they were.
#
# Exit code 0 only if every step passed. Logs: target/docker-test/ (one file per step).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

KEEP_IMAGES=false
REBUILD_BASE=false
CHECK_ONLY=false
for arg in "$@"; do
  case "$arg" in
    --keep-images) KEEP_IMAGES=true ;;
    --rebuild-base) REBUILD_BASE=true ;;
    --check-readme) CHECK_ONLY=true ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $arg (see --help)" >&2; exit 2 ;;
  esac
done

# ------------------------------------------------------------------------------------------------
# The commands of docker/README.md's `bash` blocks, in order, one a line as MODE|CHECK|COMMAND
# (continuation lines joined, comments and repeated blanks dropped). MODE says how it runs:
#   run      as written;
#   apt      as written, when dockerd, docker-compose or debootstrap is missing (else skipped);
#   dockerd  as written (in the background, output to target/docker-test/dockerd.log) when no
#            engine answers; then this script stops it at the end;
#   export   applied to this script's environment when it started the engine;
#   maven    as written, when what it makes is missing (target/server and target/painwise.war, or
#            target/server-cluster for -Pcluster);
#   base     as written, unless the image it makes already exists (the cache between runs);
#   env      as written, then edited as the README says (a random password; the local stand-ins);
#   lock     as written, holding the port lock from here to the end of the README commands.
# CHECK names a function run after the command (- for none).
# README-COMMANDS-BEGIN
README_COMMANDS='
maven|-|mvn -B -ntp package -DskipTests
run|-|docker build -f docker/Dockerfile -t painwise:1.0.0-SNAPSHOT .
run|-|docker build -f docker/Dockerfile --build-arg BASE_IMAGE=painwise/jre17-local -t painwise:local .
base|-|docker/make-local-base-image.sh painwise/jre17-local
run|-|docker build --network=host --build-arg BASE_IMAGE=painwise/jre17-local -t painwise/postgres15-local docker/local/postgres
run|-|docker build --network=host --build-arg BASE_IMAGE=painwise/jre17-local -t painwise/haproxy-local docker/local/haproxy
apt|-|apt-get install -y docker.io debootstrap docker-compose
dockerd|-|dockerd --data-root /tmp/dockerd/data --exec-root /tmp/dockerd/exec -H unix:///tmp/dockerd/docker.sock --bridge=none --iptables=false &
export|-|export DOCKER_HOST=unix:///tmp/dockerd/docker.sock
run|-|docker network create painwise
lock|wait_up|docker run -d --name painwise --network painwise -p 127.0.0.1:8080:8080 -v painwise-data:/data painwise:1.0.0-SNAPSHOT
run|check_h2|curl http://127.0.0.1:8080/api/health
run|-|docker stop painwise
run|-|docker rm painwise
env|-|cp docker/env.example docker/.env
run|wait_up_signup|docker compose --env-file docker/.env -f docker/compose.yaml up --build -d
run|check_postgresql|curl http://127.0.0.1:8080/api/health
run|check_admin|docker compose --env-file docker/.env -f docker/compose.yaml exec -T db psql -U painwise -d painwise -c "UPDATE account SET role = '\''ADMIN'\'' WHERE email = '\''you@example.org'\''"
run|check_dump|docker compose --env-file docker/.env -f docker/compose.yaml exec -T db pg_dump -U painwise painwise > painwise.sql
run|-|docker compose --env-file docker/.env -f docker/compose.yaml down
maven|-|mvn -B -ntp -Pcluster package -DskipTests
run|wait_up_cluster|docker compose --env-file docker/.env -f docker/compose.cluster.yaml up --build -d
run|check_failover|curl http://127.0.0.1:8080/api/health
run|-|docker compose --env-file docker/.env -f docker/compose.cluster.yaml down
'
# README-COMMANDS-END

LOGS="$ROOT/target/docker-test"
README="$ROOT/docker/README.md"
PORT_LOCK=${PAINWISE_PORT_LOCK:-/work/it.lock}
TEST_PORT=${PAINWISE_TEST_PORT:-}
case "$TEST_PORT" in '' | [1-9] | [1-9][0-9] | [1-9][0-9][0-9] | [1-9][0-9][0-9][0-9] | [1-9][0-9][0-9][0-9][0-9]) ;; *)
  echo "PAINWISE_TEST_PORT must be a port number" >&2; exit 2 ;;
esac
# As a browser opens it: the app's public base URL (PAINWISE_PUBLIC_BASE_URL) is localhost:8080.
BASE="http://localhost:${TEST_PORT:-8080}"
STARTED=$(date +%s)

log() { printf '%s [docker/test.sh] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
fail() {
  log "FAILED: $*"
  exit 1
}

# The README's commands, normalised as README_COMMANDS is written.
readme_commands() {
  awk '/^```bash[[:space:]]*$/ { inside = 1; next } /^```/ { inside = 0; next } inside' "$README" |
    sed -e ':a' -e '/\\$/N; s/\\\n[[:space:]]*/ /; ta' |
    sed -e 's/[[:space:]]#.*$//' -e 's/[[:space:]]\{1,\}/ /g' -e 's/^ //' -e 's/ $//' |
    grep -v '^$' || true
}
listed_commands() { printf '%s\n' "$README_COMMANDS" | grep -v '^$' | cut -d'|' -f3-; }

check_readme() {
  if ! diff <(listed_commands) <(readme_commands) > "$LOGS/readme-diff.txt"; then
    cat "$LOGS/readme-diff.txt" >&2
    fail "docker/README.md's bash blocks and README_COMMANDS in docker/test.sh differ (< test.sh, > README)"
  fi
  log "README: $(listed_commands | wc -l) commands, the same in docker/README.md and docker/test.sh"
}

mkdir -p "$LOGS"
check_readme
$CHECK_ONLY && exit 0

[ "$(id -u)" = 0 ] || fail "run as root (debootstrap, dockerd)"

# ------------------------------------------------------------------------------------------------
# Timings and clean-up

TIMINGS=()
STEP_START=0
step_begin() {
  STEP_START=$(date +%s)
  log "$*"
}
step_end() {
  local took=$(($(date +%s) - STEP_START))
  TIMINGS+=("$(printf '%5ss  %s' "$took" "$*")")
}

ENGINE_STARTED=false
DOCKERD_PID=""
TMP=$(mktemp -d /tmp/painwise-docker-test.XXXXXX)
BUILT_IMAGES=()
ALIASED_IMAGES=()
LOCK_FD=""
ENV_BACKUP=""
SQL_BACKUP=""
[ -e docker/.env ] && ENV_BACKUP="$TMP/env.backup" && cp -p docker/.env "$ENV_BACKUP"
[ -e painwise.sql ] && SQL_BACKUP="$TMP/painwise.sql.backup" && cp -p painwise.sql "$SQL_BACKUP"

# What the README's commands create; removed at the end (and at the start, in an engine of ours).
README_CONTAINERS=(painwise)
README_NETWORKS=(painwise)
README_VOLUMES=(painwise-data)
README_PROJECT_FILES=(docker/compose.yaml docker/compose.cluster.yaml)

compose_down() {
  local file
  for file in "${README_PROJECT_FILES[@]}"; do
    [ -e docker/.env ] || printf 'PAINWISE_DB_PASSWORD=x\n' > docker/.env
    docker compose --env-file docker/.env -f "$file" down -v --remove-orphans > /dev/null 2>&1 || true
  done
}

remove_readme_resources() {
  compose_down
  docker rm -f "${README_CONTAINERS[@]}" > /dev/null 2>&1 || true
  docker network rm "${README_NETWORKS[@]}" > /dev/null 2>&1 || true
  docker volume rm "${README_VOLUMES[@]}" > /dev/null 2>&1 || true
}

cleanup() {
  local rc=$?
  set +e
  trap - EXIT INT TERM
  log "clean-up"
  if docker info > /dev/null 2>&1; then
    remove_readme_resources
    if $KEEP_IMAGES; then
      log "kept the app images (--keep-images): ${BUILT_IMAGES[*]:-none}"
    else
      for image in "${BUILT_IMAGES[@]}"; do docker rmi -f "$image" > /dev/null 2>&1; done
    fi
    for image in "${ALIASED_IMAGES[@]}"; do docker rmi "$image" > /dev/null 2>&1; done
    $ENGINE_STARTED && docker image prune -f > /dev/null 2>&1
  fi
  rm -f docker/.env painwise.sql
  [ -n "$ENV_BACKUP" ] && cp -p "$ENV_BACKUP" docker/.env
  [ -n "$SQL_BACKUP" ] && cp -p "$SQL_BACKUP" painwise.sql
  if $ENGINE_STARTED && [ -n "$DOCKERD_PID" ]; then
    log "stopping the engine this run started (pid $DOCKERD_PID)"
    kill "$DOCKERD_PID" 2> /dev/null
    for _ in $(seq 1 60); do kill -0 "$DOCKERD_PID" 2> /dev/null || break; sleep 1; done
    kill -0 "$DOCKERD_PID" 2> /dev/null && kill -9 "$DOCKERD_PID"
    # dockerd 20.10 leaves its default network namespace mounted under the exec root.
    local exec_root
    exec_root=$(sed -n 's/.*--exec-root \([^ ]*\).*/\1/p' <<< "$ENGINE_LINE")
    [ -n "$exec_root" ] && umount "$exec_root/netns/default" 2> /dev/null
  fi
  rm -rf "$TMP"
  local total=$(($(date +%s) - STARTED))
  {
    echo "docker/test.sh $(date -u +%Y-%m-%dT%H:%M:%SZ): $([ $rc = 0 ] && echo PASSED || echo "FAILED (exit $rc)")"
    printf '%s\n' "${TIMINGS[@]}"
    printf '%5ss  total\n' "$total"
  } | tee "$LOGS/timings.txt"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Runs a command as written (bash, repository root), output to a log of its own.
N=0
run_as_written() {
  local command=$1
  if [ -n "$TEST_PORT" ] && [[ $command == *127.0.0.1:8080* ]]; then
    command=${command//127.0.0.1:8080/127.0.0.1:$TEST_PORT}
    log "PAINWISE_TEST_PORT: 127.0.0.1:8080 is 127.0.0.1:$TEST_PORT in the next command"
  fi
  N=$((N + 1))
  local logfile
  logfile=$(printf '%s/%02d.log' "$LOGS" "$N")
  step_begin "\$ $command"
  if ! bash -c "set -o pipefail; $command" > "$logfile" 2>&1 < /dev/null; then
    tail -n 30 "$logfile" >&2
    fail "this README command failed (log: $logfile): $command"
  fi
  step_end "$command"
}

# ------------------------------------------------------------------------------------------------
# HTTP through curl: a Faces form post as a browser makes it.

# curl_page OUT JAR URL [curl options]: the body goes to OUT; prints "status location".
curl_page() {
  local out=$1 jar=$2 url=$3
  shift 3
  curl -sS --max-time 30 -o "$out" -c "$jar" -b "$jar" -w '%{http_code} %{redirect_url}' "$@" "$url"
}

# faces_post JAR PATH FORM field=value...: GETs PATH, takes the form's action and the view state,
# and posts the form with these fields (ids without the form prefix) and its submit button.
faces_post() {
  local jar=$1 path=$2 form=$3
  shift 3
  local page="$TMP/page.html" status action state_name state
  status=$(curl_page "$page" "$jar" "$BASE$path")
  [ "${status%% *}" = 200 ] || fail "GET $path answered $status"
  action=$(grep -o "<form id=\"$form\"[^>]*" "$page" | sed -n 's/.* action="\([^"]*\)".*/\1/p' | head -n 1)
  [ -n "$action" ] || fail "no form $form on $path"
  state_name=$(grep -o 'name="[a-z]*\.faces\.ViewState"' "$page" | head -n 1 | sed 's/name="\(.*\)"/\1/')
  [ -n "$state_name" ] || fail "no ViewState on $path"
  state=$(grep -o "<input[^>]*name=\"$state_name\"[^>]*>" "$page" | sed -n 's/.* value="\([^"]*\)".*/\1/p' | head -n 1)
  local args=(--data-urlencode "$form=$form" --data-urlencode "$state_name=$state")
  local field
  for field in "$@"; do args+=(--data-urlencode "$form:$field"); done
  args+=(--data-urlencode "$form:submit=submit")
  curl_page "$TMP/post.html" "$jar" "$BASE${action//&amp;/&}" -H "Origin: $BASE" "${args[@]}"
}

# signed_in JAR: the patient's home page answers 200 with the sign-out form (not the login page).
signed_in() {
  local status
  status=$(curl_page "$TMP/home.html" "$1" "$BASE/patient/index")
  [ "${status%% *}" = 200 ] && grep -q 'id="logoutForm"' "$TMP/home.html"
}

# sign_up_and_in JAR EMAIL: a new patient account through the sign-up form, then the login form.
PASSWORD="Docker-test-$RANDOM$RANDOM"
sign_up_and_in() {
  local jar=$1 email=$2 result
  result=$(faces_post "$jar" /signup signup "invite=" "name=Docker Test" "email=$email" "password=$PASSWORD")
  case "$result" in
    30[23]\ *) ;;
    *) fail "sign-up of $email answered $result (expected a redirect)" ;;
  esac
  rm -f "$jar"
  result=$(faces_post "$jar" /login login "email=$email" "password=$PASSWORD" "fragment=")
  case "$result" in
    30[23]\ *) ;;
    *) fail "sign-in of $email answered $result (expected a redirect)" ;;
  esac
  LAST_LOCATION=${result#* }
  case "$LAST_LOCATION" in
    "$BASE"/*) ;;
    *) fail "the sign-in of $email redirects to $LAST_LOCATION, away from $BASE (PAINWISE_PUBLIC_BASE_URL)" ;;
  esac
  signed_in "$jar" || fail "$email is not signed in after the login form (GET /patient/index)"
  log "signed up and in as $email: login redirect to $LAST_LOCATION, /patient/index 200 with the sign-out form"
}

wait_health() { # wait_health WHAT SECONDS
  local what=$1 limit=$2 t0
  t0=$(date +%s)
  until curl -fsS --max-time 5 -o "$TMP/health.json" "$BASE/api/health" 2> /dev/null; do
    [ $(($(date +%s) - t0)) -lt "$limit" ] || fail "$what: $BASE/api/health did not answer 200 within ${limit}s"
    sleep 2
  done
  log "$what: /api/health 200 after $(($(date +%s) - t0))s more: $(cat "$TMP/health.json")"
}

# ------------------------------------------------------------------------------------------------
# Checks run after README commands (the CHECK column).

check_output_has() { # the last command's log contains this text
  grep -q "$1" "$(printf '%s/%02d.log' "$LOGS" "$N")" || fail "expected $1 in the output of command $N"
}

wait_up() { wait_health "one container (H2)" 240; }
check_h2() { check_output_has '"product":"H2"'; }

wait_up_signup() {
  wait_health "compose.yaml (PostgreSQL)" 300
  sign_up_and_in "$TMP/you.jar" you@example.org
  case "$LAST_LOCATION" in */patient/*) ;; *) fail "a new account landed on $LAST_LOCATION" ;; esac
}
check_postgresql() { check_output_has '"product":"PostgreSQL"'; }

check_admin() {
  check_output_has 'UPDATE 1'
  rm -f "$TMP/you.jar"
  local result
  result=$(faces_post "$TMP/you.jar" /login login "email=you@example.org" "password=$PASSWORD" "fragment=")
  # Staff (admins, therapists) set up two-step sign-in at their first sign-in; a patient never does.
  case "$result" in
    30[23]\ */admin/* | 30[23]\ */two-step/setup*)
      log "promoted: the next sign-in of you@example.org goes to ${result#* } (an admin's first sign-in)" ;;
    *) fail "after the README's UPDATE, the sign-in answered $result (expected the admin pages or the two-step set-up staff get)" ;;
  esac
}

check_dump() {
  grep -q 'CREATE TABLE public.account' painwise.sql || fail "painwise.sql has no account table"
  grep -q 'you@example.org' painwise.sql || fail "painwise.sql lacks the account made before"
  log "pg_dump: painwise.sql $(wc -c < painwise.sql) bytes, with the account table and its rows"
}

compose_cluster() { docker compose --env-file docker/.env -f docker/compose.cluster.yaml "$@"; }

wait_up_cluster() {
  wait_health "compose.cluster.yaml (through HAProxy)" 300
  # Both nodes must be up before a failover means anything.
  local t0 node
  t0=$(date +%s)
  for node in app1 app2; do
    until [ "$(docker inspect -f '{{.State.Health.Status}}' "$(compose_cluster ps -q "$node")" 2> /dev/null)" = healthy ]; do
      [ $(($(date +%s) - t0)) -lt 300 ] || fail "cluster: $node not healthy within 300s"
      sleep 3
    done
  done
  log "cluster: app1 and app2 healthy"
  # Replication needs one JGroups view of both nodes (TCPPING peers, -bprivate).
  local view
  view=$(docker logs "$(compose_cluster ps -q app2)" 2>&1 | grep -o "joined cluster .* with view: .*" | tail -n 1)
  case "$view" in
    *"(2)"*) log "cluster: JGroups, $view" ;;
    *) fail "cluster: app2 did not join a cluster of two nodes (log line: '${view:-none}')" ;;
  esac
}

check_failover() {
  local jar="$TMP/failover.jar" node other container t0 took result status
  sign_up_and_in "$jar" "failover-$(date +%s)-$RANDOM@example.org"
  node=$(awk '$6 == "PWNODE" { print $7 }' "$jar" | tail -n 1)
  case "$node" in app1) other=app2 ;; app2) other=app1 ;; *) fail "no PWNODE cookie from HAProxy (got '$node')" ;; esac
  # The session must be on the other node too: give the replication a moment.
  sleep 2
  container=$(compose_cluster ps -q "$node")
  log "failover: the session is on $node; docker kill $node"
  docker kill "$container" > /dev/null
  t0=$(date +%s%N)
  status=$(curl_page "$TMP/after.html" "$jar" "$BASE/patient/index")
  took=$((($(date +%s%N) - t0) / 1000000))
  if [ "${status%% *}" != 200 ] || ! grep -q 'id="logoutForm"' "$TMP/after.html"; then
    fail "failover: the first request after killing $node answered $status in ${took} ms, not signed in"
  fi
  result=$(awk '$6 == "PWNODE" { print $7 }' "$jar" | tail -n 1)
  [ "$result" = "$other" ] || fail "failover: HAProxy should now stick to $other, cookie says $result"
  log "failover: the first request after docker kill $node answered 200 in ${took} ms on $other, still signed in"
  # And the requests that follow, while HAProxy marks the node down.
  local failed=0
  for _ in $(seq 1 10); do
    signed_in "$jar" || failed=$((failed + 1))
    sleep 1
  done
  [ $failed = 0 ] || fail "failover: $failed of 10 requests in the 10 s after the kill were not signed in"
  log "failover: 10 more requests over 10 s, all 200 and signed in"
  FAILOVER_FIGURE="first request after docker kill: 200 in ${took} ms, signed in on $other"
}

# ------------------------------------------------------------------------------------------------
# 1. The engine

engine_answers() { docker info > /dev/null 2>&1; }

# The environment a README reader has after the engine block: DOCKER_HOST when this run starts
# the engine, `docker compose` through docker-compose 1.29 when no Compose v2 plugin is there.
setup_compose() {
  if docker compose version > /dev/null 2>&1; then
    log "docker compose: $(docker compose version 2>&1 | head -n 1)"
    return
  fi
  command -v docker-compose > /dev/null || fail "neither docker compose nor docker-compose is installed"
  export DOCKER_CONFIG="$TMP/docker-config"
  mkdir -p "$DOCKER_CONFIG/cli-plugins"
  cat > "$DOCKER_CONFIG/cli-plugins/docker-compose" << 'PLUGIN'
#!/bin/sh
# `docker compose ...` handed to docker-compose 1.29 (docker/test.sh, this run only).
if [ "$1" = docker-cli-plugin-metadata ]; then
  echo '{"SchemaVersion":"0.1.0","Vendor":"Painwise docker/test.sh","Version":"1.29","ShortDescription":"docker-compose 1.29 as docker compose"}'
  exit 0
fi
shift
exec docker-compose "$@"
PLUGIN
  chmod +x "$DOCKER_CONFIG/cli-plugins/docker-compose"
  docker compose version > /dev/null 2>&1 || fail "the docker compose plugin for docker-compose 1.29 does not work"
  log "docker compose: no Compose v2 plugin here; docker compose runs $(docker-compose version --short 2>/dev/null || echo docker-compose)"
}

step_begin "engine"
ENGINE_LINE=$(printf '%s\n' "$README_COMMANDS" | grep '^dockerd|' | cut -d'|' -f3-)
EXPORT_LINE=$(printf '%s\n' "$README_COMMANDS" | grep '^export|' | cut -d'|' -f3-)
APT_LINE=$(printf '%s\n' "$README_COMMANDS" | grep '^apt|' | cut -d'|' -f3-)
if engine_answers; then
  log "a Docker engine answers (${DOCKER_HOST:-default socket}): using it, leaving it running"
else
  readme_host=${EXPORT_LINE#export DOCKER_HOST=}
  if DOCKER_HOST=$readme_host engine_answers; then
    export DOCKER_HOST=$readme_host
    log "a Docker engine answers on $readme_host: using it, leaving it running"
  else
    missing=""
    for tool in dockerd docker-compose debootstrap; do command -v "$tool" > /dev/null || missing+=" $tool"; done
    if [ -n "$missing" ]; then
      log "missing:$missing; \$ $APT_LINE"
      DEBIAN_FRONTEND=noninteractive bash -c "$APT_LINE" > "$LOGS/apt.log" 2>&1 || {
        tail -n 20 "$LOGS/apt.log" >&2
        fail "$APT_LINE"
      }
    else
      log "dockerd, docker-compose and debootstrap are installed: skipping \$ $APT_LINE"
    fi
    # The README's command, in the background of this script (as `&` does in a shell).
    dockerd_command=${ENGINE_LINE% &}
    mkdir -p /tmp/dockerd
    log "starting the engine: \$ $dockerd_command"
    bash -c "exec $dockerd_command" > "$LOGS/dockerd.log" 2>&1 &
    DOCKERD_PID=$!
    ENGINE_STARTED=true
    eval "$EXPORT_LINE"
    for _ in $(seq 1 60); do engine_answers && break; sleep 1; done
    engine_answers || {
      tail -n 20 "$LOGS/dockerd.log" >&2
      fail "the engine did not answer within 60 s"
    }
    log "engine up: $(docker version -f 'server {{.Server.Version}}, client {{.Client.Version}}' 2>/dev/null), $(docker info -f '{{.Driver}}, data root {{.DockerRootDir}}')"
  fi
fi
setup_compose
step_end "engine: $($ENGINE_STARTED && echo "started (dockerd, data root /tmp/dockerd/data)" || echo "already running")"

# Leftovers of an interrupted run in an engine of ours are removed; in someone else's engine the
# names the README uses must be free, or this run would take over their containers and volumes.
if $ENGINE_STARTED; then
  remove_readme_resources
else
  for name in "${README_CONTAINERS[@]}"; do
    docker container inspect "$name" > /dev/null 2>&1 && fail "a container named $name exists in this engine: remove it first"
  done
  for name in "${README_VOLUMES[@]}" docker_painwise-db docker_painwise-cluster-db; do
    docker volume inspect "$name" > /dev/null 2>&1 && fail "a volume named $name exists in this engine: remove it first"
  done
  docker network inspect painwise > /dev/null 2>&1 && fail "a network named painwise exists in this engine: remove it first"
fi

# ------------------------------------------------------------------------------------------------
# 2. Base images, in the order the README needs them (base image, stand-ins), before the rest

while IFS='|' read -r mode _ command; do
  case "$mode|$command" in
    base\|*)
      image=${command##* }
      if $REBUILD_BASE && docker image inspect "$image" > /dev/null 2>&1; then
        docker rmi -f "$image" > /dev/null
      fi
      if docker image inspect "$image" > /dev/null 2>&1; then
        log "base image $image exists (cached from an earlier run): skipping \$ $command"
        TIMINGS+=("$(printf '%5ss  %s' 0 "$command (cached)")")
      else
        run_as_written "$command"
      fi
      ;;
    run\|docker\ build\ --network=host*) run_as_written "$command" ;;
  esac
done <<< "$README_COMMANDS"

# No registry here: the Dockerfile's default base image (eclipse-temurin) is the local one under
# its name, only in this engine and only for this run, so that the README's plain build works.
default_base=$(sed -n 's/^ARG BASE_IMAGE=//p' docker/Dockerfile | head -n 1)
if ! docker image inspect "$default_base" > /dev/null 2>&1; then
  docker tag painwise/jre17-local "$default_base"
  ALIASED_IMAGES+=("$default_base")
  log "no registry: $default_base is painwise/jre17-local for this run (removed at the end)"
fi
BUILT_IMAGES=(painwise:1.0.0-SNAPSHOT painwise:local painwise:1.0.0-SNAPSHOT-cluster)

# ------------------------------------------------------------------------------------------------
# 3 and 4. The README's commands, in order

# painwise.sql and docker/.env are made by README commands; they were saved above.
while IFS='|' read -r mode check command; do
  [ -n "$mode" ] || continue
  case "$mode" in
    base | apt | dockerd | export) continue ;; # done above
    run)
      case "$command" in docker\ build\ --network=host*) continue ;; esac # done above
      run_as_written "$command"
      ;;
    maven)
      case "$command" in
        *-Pcluster*) needed=(target/server-cluster) ;;
        *) needed=(target/server target/painwise.war) ;;
      esac
      missing=false
      for path in "${needed[@]}"; do [ -e "$path" ] || missing=true; done
      if $missing; then
        log "${needed[*]}: missing, so Maven builds it"
        run_as_written "$command"
        for path in "${needed[@]}"; do [ -e "$path" ] || fail "$command did not make $path"; done
      else
        log "${needed[*]} exist: skipping \$ $command (rebuild yourself after a change)"
      fi
      ;;
    env)
      run_as_written "$command"
      # What the README asks of the reader: a real password, and the stand-ins (no registry).
      password=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
      sed -i "s/^PAINWISE_DB_PASSWORD=.*/PAINWISE_DB_PASSWORD=$password/" docker/.env
      printf '%s\n' "BASE_IMAGE=painwise/jre17-local" "POSTGRES_IMAGE=painwise/postgres15-local" \
        "HAPROXY_IMAGE=painwise/haproxy-local" >> docker/.env
      log "docker/.env: a random PAINWISE_DB_PASSWORD; BASE_IMAGE, POSTGRES_IMAGE, HAPROXY_IMAGE set to the local images"
      if [ -n "$TEST_PORT" ]; then
        printf '%s\n' "PAINWISE_PORT=$TEST_PORT" "PAINWISE_PUBLIC_BASE_URL=$BASE" >> docker/.env
        log "PAINWISE_TEST_PORT: PAINWISE_PORT=$TEST_PORT, PAINWISE_PUBLIC_BASE_URL=$BASE in docker/.env"
      fi
      ;;
    lock)
      if [ -n "$TEST_PORT" ]; then
        log "PAINWISE_TEST_PORT=$TEST_PORT: no port lock"
        if curl -s --max-time 2 -o /dev/null "$BASE/" 2> /dev/null; then
          fail "127.0.0.1:$TEST_PORT answers already: choose a free port"
        fi
      elif [ -z "$LOCK_FD" ]; then
        mkdir -p "$(dirname "$PORT_LOCK")" 2> /dev/null || true
        exec {LOCK_FD}>> "$PORT_LOCK"
        log "waiting for $PORT_LOCK (the README publishes 127.0.0.1:8080)"
        lock_t0=$(date +%s)
        # In the background, so that Ctrl-C or a TERM ends the wait (the lock stays with this
        # script's descriptor once flock has it).
        flock "$LOCK_FD" &
        wait $! || fail "could not take $PORT_LOCK"
        log "holding $PORT_LOCK (waited $(($(date +%s) - lock_t0))s)"
        TIMINGS+=("$(printf '%5ss  %s' $(($(date +%s) - lock_t0)) "waiting for $PORT_LOCK (other engineers' test servers)")")
        if curl -s --max-time 2 -o /dev/null "$BASE/" 2> /dev/null; then
          fail "127.0.0.1:8080 answers although $PORT_LOCK is held: something else runs there"
        fi
      fi
      run_as_written "$command"
      ;;
    *) fail "unknown mode $mode in README_COMMANDS" ;;
  esac
  if [ "$check" != - ]; then
    step_begin "check: $check"
    "$check"
    step_end "check: $check"
  fi
done <<< "$README_COMMANDS"

log "PASSED: every README command, health, sign-in, promotion, pg_dump and failover${FAILOVER_FIGURE:+ ($FAILOVER_FIGURE)}"
