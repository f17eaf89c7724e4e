# The module catalogue with the patient's progress bar in each module.
scenario catalogue "Module catalogue with progress bars (/lessons/index), $CONNECTIONS sessions"
target "≥ 800 req/s, p99 < 50 ms" min_rps=800 max_p99_ms=50
echo /lessons/index > "$RUN/catalogue-paths.txt"
load_test "$SESSIONS" "$RUN/catalogue-paths.txt"
