# TODO(issue 5, clinic): the client table of bench-therapist-1 (1,000 clients), first page and a
# sorted page: server time (curl's time_starttransfer, or wrk p50 at 1 connection) and
# sql_per_request, which must not grow with the page size or the number of clients.
# Seed the clients in bench/seed/30-clinic.sql.
scenario therapist_clients "Therapist client table, 1,000 clients, first page and a sorted page"
target "< 100 ms server time; a fixed number of statements" max_p99_ms=100
not_yet_available "the clinic side (issue 5) is not on this branch; seed section bench/seed/30-clinic.sql"
