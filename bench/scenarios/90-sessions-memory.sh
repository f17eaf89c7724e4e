# Memory per session: N more patients sign in, and each opens a lesson page and the quiz page of
# module pain-alarm-system, where bench/seed/30-quiz.sql left them an attempt in progress, so the
# session keeps both views (each page has a form: its view state stays in the session) and the
# quiz page's view-scoped bean with the attempt's questions. Then heap after a full GC against
# the heap before.
QUIZ_MODULE=pain-alarm-system
scenario sessions_memory "$SESSIONS_N logged-in sessions, each with a lesson page and a quiz view open"
row kind memory
target "< 1 GiB heap after GC with 10,000 sessions" max_heap_mib=1024
awk -v quiz="/quiz/take?module=$QUIZ_MODULE" '{ print $0 " " quiz }' "$LESSON_PAGES" \
  > "$RUN/memory-paths.txt"
db_csv "$RUN/memory-attempts.csv" ';' "SELECT COUNT(*) FROM quiz_attempt a JOIN quiz q ON q.id = a.quiz_id JOIN lesson_module m ON m.id = q.module_id WHERE m.slug = '$QUIZ_MODULE' AND a.submitted_at IS NULL AND a.account_id BETWEEN 1000001 AND 1000000 + $SESSIONS_N"
open_attempts=$(tr -dc 0-9 < "$RUN/memory-attempts.csv")
before=$(heap_after_gc_kib)
started=$(now_ms)
sign_in 'bench-patient-%d@painwise.test' 1 "$SESSIONS_N" "$RUN/memory-sessions.txt" "$RUN/memory-paths.txt" \
  2> "$RUN/memory-sessions.log" || die "sign-in failed: $(cat "$RUN/memory-sessions.log")"
seconds=$(awk -v ms=$(( $(now_ms) - started )) 'BEGIN { printf "%.1f", ms / 1000 }')
made=$(wc -l < "$RUN/memory-sessions.txt")
after=$(heap_after_gc_kib)
# What the sessions hold: the largest classes on the heap, for run/histogram-sessions.txt.
timeout 120 jcmd "$SERVER_PID" GC.class_histogram 2> /dev/null | head -40 > "$RUN/histogram-sessions.txt" || true
per=$(( (after - before) * 1024 / made ))
row sessions "$made"
row requests "$(( made * 4 ))"
row errors "$(( SESSIONS_N - made ))"
row quiz_attempts_open "$open_attempts"
row heap_mib "$(( after / 1024 ))"
row heap_before_mib "$(( before / 1024 ))"
row bytes_per_session "$per"
row heap_projected_mib "$(( (before * 1024 + per * 10000) / 1048576 ))"
row rss_mib "$(rss_mib)"
row note "$made sessions made in $seconds s (GET /login, POST, GET a lesson page, GET /quiz/take each: $(grep -o '[0-9]* pages opened, [0-9]* of them with a view state' "$RUN/memory-sessions.log")); $open_attempts of them with the quiz attempt in progress"
log "  $made sessions in $seconds s, $per bytes per session, heap after GC $(( before / 1024 )) -> $(( after / 1024 )) MiB; $(grep -o '[0-9]* pages opened.*state' "$RUN/memory-sessions.log")"
