# A signed-in patient reads lesson pages: each connection has its own session and takes the
# curriculum's pages in turn (each GET also records the visit, as the app does).
scenario lesson_page "Lesson page, logged-in patient, $CONNECTIONS connections, one session each"
target "≥ 1,800 req/s, p99 < 50 ms, ≥ 25% of the static file's req/s" \
  min_rps=1800 max_p99_ms=50 min_static_ratio=0.25
load_test "$SESSIONS" "$LESSON_PAGES"
