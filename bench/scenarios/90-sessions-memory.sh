# Memory per session: N more patients sign in, each opens a lesson page (a view state in the
# session), then heap after a full GC against the heap before. TODO(issue 4): each session should
# also open a quiz view once quizzes exist.
scenario sessions_memory "$SESSIONS_N logged-in sessions, each with a lesson page view open"
row kind memory
target "< 1 GiB heap after GC with 10,000 sessions" max_heap_mib=1024
before=$(heap_after_gc_kib)
started=$(now_ms)
sign_in 'bench-patient-%d@painwise.test' 1 "$SESSIONS_N" "$RUN/memory-sessions.txt" "$LESSON_PAGES" \
  2> "$RUN/memory-sessions.log" || die "sign-in failed: $(cat "$RUN/memory-sessions.log")"
seconds=$(awk -v ms=$(( $(now_ms) - started )) 'BEGIN { printf "%.1f", ms / 1000 }')
made=$(wc -l < "$RUN/memory-sessions.txt")
after=$(heap_after_gc_kib)
# What the sessions hold: the largest classes on the heap, for run/histogram-sessions.txt.
timeout 120 jcmd "$SERVER_PID" GC.class_histogram 2> /dev/null | head -40 > "$RUN/histogram-sessions.txt" || true
per=$(( (after - before) * 1024 / made ))
row sessions "$made"
row requests "$(( made * 3 ))"
row errors "$(( SESSIONS_N - made ))"
row heap_mib "$(( after / 1024 ))"
row heap_before_mib "$(( before / 1024 ))"
row bytes_per_session "$per"
row heap_projected_mib "$(( (before * 1024 + per * 10000) / 1048576 ))"
row rss_mib "$(rss_mib)"
row note "$made sessions made in $seconds s (GET /login, POST, GET a lesson page each)"
log "  $made sessions in $seconds s, $per bytes per session, heap after GC $(( before / 1024 )) -> $(( after / 1024 )) MiB"
