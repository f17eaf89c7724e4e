# The client table of bench-therapist-1 (1,000 clients; all the patients in --smoke, see
# bench/seed/40-clinic.sql), three rows, each measured at 1 connection (sequential requests, so
# the latency is the server time plus loopback), after a warm-up:
#   therapist_clients_first   GET /therapist/clients: the first page, sorted by name;
#   therapist_clients_sorted  the PrimeFaces dataTable sort postback (ajax, with the view state)
#                             on "Last activity", descending: the first page of that order;
#   therapist_clients_last    the page-change postback to the last page of that sorted view.
# Each row also checks what came back (25 rows, in the order the database gives for the same
# sort) and counts the SQL statements a request runs, for this therapist and for
# bench-therapist-2 (5 clients): a fixed number, the same for both, or the count grows with the
# clients. The page size is the table's (rows="25").
MAIN_ROW_FILE=$ROW_FILE
PAGE_SIZE=25
CLIENTS=$(( PATIENTS < 1000 ? PATIENTS : 1000 ))
LAST_FIRST=$(( (CLIENTS - 1) / PAGE_SIZE * PAGE_SIZE ))
TABLE=clients:table

sign_in 'bench-therapist-%d@painwise.test' 1 2 "$RUN/therapist-sessions.txt" 2> "$RUN/therapist-sessions.log" \
  || die "therapist sign-in failed: $(cat "$RUN/therapist-sessions.log")"
head -1 "$RUN/therapist-sessions.txt" > "$RUN/therapist-1.txt"
sed -n 2p "$RUN/therapist-sessions.txt" > "$RUN/therapist-2.txt"
echo /therapist/clients > "$RUN/therapist-clients-paths.txt"

# open_view COOKIE_FILE NAME: GET /therapist/clients in that session (a new view); its view state.
open_view() {
  local code
  code=$(curl -s -o "$RUN/therapist-$2.html" -w '%{http_code}' --max-time 30 \
    -b "JSESSIONID=$(cat "$1")" "$BASE_URL/therapist/clients")
  [[ $code == 200 ]] || die "GET /therapist/clients answered $code"
  grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$RUN/therapist-$2.html" | head -1 \
    | sed 's/.*value="//; s/"$//'
}

# enc TEXT: TEXT urlencoded.
enc() {
  local s=$1 out="" c i
  for (( i = 0; i < ${#s}; i++ )); do
    c=${s:i:1}
    case $c in
      [a-zA-Z0-9.~_-]) out+=$c ;;
      *) out+=$(printf '%%%02X' "'$c") ;;
    esac
  done
  printf '%s' "$out"
}

# The request file of lua/faces-post.lua (path, then body) for one table postback: the fields
# PrimeFaces' DataTable widget sends (datatable.js sort() and paginate()), and the form's own.
# table_request FILE VIEW_STATE sort|page
table_request() {
  local body
  body="jakarta.faces.partial.ajax=true&jakarta.faces.source=$(enc $TABLE)"
  body+="&jakarta.faces.partial.execute=$(enc $TABLE)&jakarta.faces.partial.render=$(enc $TABLE)"
  body+="&$(enc $TABLE)=$(enc $TABLE)"
  if [[ $3 == sort ]]; then
    body+="&$(enc ${TABLE}_sorting)=true&$(enc ${TABLE}_skipChildren)=true"
    body+="&$(enc ${TABLE}_encodeFeature)=true&$(enc ${TABLE}_sortKey)=$(enc $TABLE:lastActivity)"
    body+="&$(enc ${TABLE}_sortDir)=-1"
  else
    body+="&$(enc ${TABLE}_pagination)=true&$(enc ${TABLE}_first)=$LAST_FIRST"
    body+="&$(enc ${TABLE}_rows)=$PAGE_SIZE&$(enc ${TABLE}_skipChildren)=true"
    body+="&$(enc ${TABLE}_encodeFeature)=true"
  fi
  body+="&clients=clients&$(enc clients:search)=&$(enc ${TABLE}_selection)="
  body+="&jakarta.faces.ViewState=$(enc "$2")"
  printf '/therapist/clients\n%s\n' "$body" > "$1"
}

# post_request COOKIE_FILE REQUEST_FILE OUT: one postback with curl.
post_request() {
  local code
  code=$(curl -s -o "$3" -w '%{http_code}' --max-time 30 -b "JSESSIONID=$(cat "$1")" \
    -H 'Faces-Request: partial/ajax' -H 'Content-Type: application/x-www-form-urlencoded' \
    -H "Origin: $BASE_URL" \
    --data-binary "$(sed -n 2p "$2")" "$BASE_URL$(head -1 "$2")")
  [[ $code == 200 ]] || die "POST $(head -1 "$2") answered $code"
}

# The client ids in the order the database gives, for the check: ORDER and OFFSET as
# ClientDirectory.page builds them.
expected_ids() {
  db_csv "$RUN/therapist-expected-$1.csv" ';' "SELECT a.id FROM care_link l JOIN account a ON a.id = l.patient_id LEFT JOIN learner_activity la ON la.account_id = a.id WHERE l.therapist_id = 2000001 AND l.unlinked_at IS NULL ORDER BY $2 NULLS LAST, a.id LIMIT $PAGE_SIZE OFFSET $3"
  tr -d '\r' < "$RUN/therapist-expected-$1.csv" | paste -sd' '
}

# check_rows NAME RESPONSE EXPECTED_IDS: the row keys of the response against the expected ones.
check_rows() {
  local got want=$3 count
  got=$(grep -o 'data-rk="[0-9]*"' "$2" | tr -dc '0-9\n' | paste -sd' ')
  count=$(wc -w <<< "$got")
  row rows_returned "$count"
  row rows_expected "$(wc -w <<< "$want")"
  row first_ids "$(cut -d' ' -f1-5 <<< "$got")"
  if [[ $got == "$want" ]]; then
    row order_check ok
  else
    row order_check "wrong: got [$(cut -d' ' -f1-5 <<< "$got") …], expected [$(cut -d' ' -f1-5 <<< "$want") …]"
  fi
  log "  $1: $count rows, first $(cut -d' ' -f1-5 <<< "$got"), $( [[ $got == "$want" ]] && echo 'as expected' || echo "EXPECTED $(cut -d' ' -f1-5 <<< "$want")")"
}

begin_row() {
  ROW_FILE=$ROWS/$1.properties
  scenario "$2" "$3"
  target "< 100 ms server time (p99 at 1 connection); a fixed number of statements" \
    max_p99_ms=100 fixed_sql=true
  row clients "$CLIENTS"
}

# SQL of one request, counted for therapist 1 and then for therapist 2 (5 clients).
# Set before load_test: SQL_GET (a GET) or SQL_REQUEST_1 and SQL_REQUEST_2 (postback files).
therapist_sql() {
  local t n=5 k
  for t in 1 2; do
    sql_stats_start
    for (( k = 0; k < n; k++ )); do
      if [[ -n ${SQL_GET:-} ]]; then
        curl -s -o /dev/null --max-time 30 -b "JSESSIONID=$(cat "$RUN/therapist-$t.txt")" \
          "$BASE_URL/therapist/clients"
      else
        local file=SQL_REQUEST_$t
        post_request "$RUN/therapist-$t.txt" "${!file}" "$RUN/therapist-sql-post.xml"
      fi
    done
    if [[ $t == 1 ]]; then sql_stats_finish "$n"; else sql_stats_finish "$n" _few_clients; fi
  done
  row few_clients 5
}

rm -f "$MAIN_ROW_FILE"

# --- first page: GET ---------------------------------------------------------------------------
begin_row 50-therapist-clients-1-first therapist_clients_first \
  "Therapist client table ($CLIENTS clients): first page, GET, 1 connection"
SQL_GET=1 CONNECTIONS=1 SQL_PER_REQUEST=therapist_sql \
  load_test "$RUN/therapist-1.txt" "$RUN/therapist-clients-paths.txt"
open_view "$RUN/therapist-1.txt" first-check > /dev/null
check_rows "first page" "$RUN/therapist-first-check.html" "$(expected_ids first 'a.display_name ASC' 0)"
row response_bytes "$(wc -c < "$RUN/therapist-first-check.html")"

# --- sorted: the sort postback on one view ------------------------------------------------------
begin_row 50-therapist-clients-2-sorted therapist_clients_sorted \
  "Therapist client table ($CLIENTS clients): sorted by last activity (ajax postback), 1 connection"
table_request "$RUN/therapist-sort-1.txt" "$(open_view "$RUN/therapist-1.txt" sort-1)" sort
table_request "$RUN/therapist-sort-2.txt" "$(open_view "$RUN/therapist-2.txt" sort-2)" sort
WRK_SCRIPT=$BENCH/lua/faces-post.lua CONNECTIONS=1 SQL_PER_REQUEST=therapist_sql \
  SQL_REQUEST_1=$RUN/therapist-sort-1.txt SQL_REQUEST_2=$RUN/therapist-sort-2.txt \
  load_test "$RUN/therapist-1.txt" "$RUN/therapist-sort-1.txt"
post_request "$RUN/therapist-1.txt" "$RUN/therapist-sort-1.txt" "$RUN/therapist-sorted-check.xml"
check_rows "sorted page" "$RUN/therapist-sorted-check.xml" \
  "$(expected_ids sorted 'la.last_activity_at DESC' 0)"
row response_bytes "$(wc -c < "$RUN/therapist-sorted-check.xml")"

# --- last page of the sorted view ---------------------------------------------------------------
begin_row 50-therapist-clients-3-last therapist_clients_last \
  "Therapist client table ($CLIENTS clients): last page of the sorted table (ajax postback), 1 connection"
for t in 1 2; do
  view=$(open_view "$RUN/therapist-$t.txt" last-$t)
  table_request "$RUN/therapist-last-sort-$t.txt" "$view" sort
  post_request "$RUN/therapist-$t.txt" "$RUN/therapist-last-sort-$t.txt" "$RUN/therapist-last-sort-$t.xml"
  table_request "$RUN/therapist-last-$t.txt" "$view" page
done
row page_first "$LAST_FIRST"
WRK_SCRIPT=$BENCH/lua/faces-post.lua CONNECTIONS=1 SQL_PER_REQUEST=therapist_sql \
  SQL_REQUEST_1=$RUN/therapist-last-1.txt SQL_REQUEST_2=$RUN/therapist-last-2.txt \
  load_test "$RUN/therapist-1.txt" "$RUN/therapist-last-1.txt"
post_request "$RUN/therapist-1.txt" "$RUN/therapist-last-1.txt" "$RUN/therapist-last-check.xml"
check_rows "last page" "$RUN/therapist-last-check.xml" \
  "$(expected_ids last 'la.last_activity_at DESC' "$LAST_FIRST")"
row response_bytes "$(wc -c < "$RUN/therapist-last-check.xml")"
