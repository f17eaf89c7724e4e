#!/bin/bash
# Creates the cluster, its user and database on the first start (empty data folder), then runs
# PostgreSQL in the foreground, listening on all addresses with password authentication.
set -euo pipefail
: "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set}"
user="${POSTGRES_USER:-postgres}"
db="${POSTGRES_DB:-$user}"

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  # As the official image: connections inside the container (the socket, loopback) are trusted,
  # so `docker compose exec db psql -U …` and `pg_dump` need no password; every other address
  # needs the password.
  initdb -D "$PGDATA" -U "$user" -E UTF8 --auth-local=trust --auth-host=trust \
    --pwfile=<(printf '%s\n' "$POSTGRES_PASSWORD")
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  if [ "$db" != "postgres" ]; then
    pg_ctl -D "$PGDATA" -o "-c listen_addresses='' -k /var/run/postgresql" -w start
    createdb -h /var/run/postgresql -U "$user" -O "$user" "$db"
    pg_ctl -D "$PGDATA" -m fast -w stop
  fi
fi
# The socket where Debian's psql and pg_dump look for it (/var/run/postgresql), as in the official
# image; /tmp too, for anything that used the stand-in's old place.
exec postgres -D "$PGDATA" -c listen_addresses='*' -c unix_socket_directories='/var/run/postgresql,/tmp'
