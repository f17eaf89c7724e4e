# The ceiling: a small static file served by the same server in the same run, no session.
# The other load rows quote their req/s as a share of this one.
scenario static "Static file (/robots.txt), no session: the ceiling"
target "ceiling for the ratios (no target of its own)"
echo /robots.txt > "$RUN/static-paths.txt"
load_test - "$RUN/static-paths.txt"
