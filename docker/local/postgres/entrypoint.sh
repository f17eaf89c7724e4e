#!/bin/bash
# Creates the cluster, its user and database on the first start (empty data folder), then runs
# PostgreSQL in the foreground. As in the official image: connections from inside the container
# (the socket in /var/run/postgresql, and 127.0.0.1) need no password, so that
# `docker compose exec db psql -U painwise …` and `pg_dump` work as they do there; connections
# over the network (the app) need the password (scram-sha-256).
set -euo pipefail
: "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set}"
user="${POSTGRES_USER:-postgres}"
db="${POSTGRES_DB:-$user}"
socket=/var/run/postgresql

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  initdb -D "$PGDATA" -U "$user" -E UTF8 --auth-local=trust --auth-host=trust \
    --pwfile=<(printf '%s\n' "$POSTGRES_PASSWORD")
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  if [ "$db" != "postgres" ]; then
    pg_ctl -D "$PGDATA" -o "-c listen_addresses='' -k $socket" -w start
    createdb -h "$socket" -U "$user" -O "$user" "$db"
    pg_ctl -D "$PGDATA" -m fast -w stop
  fi
fi
exec postgres -D "$PGDATA" -c listen_addresses='*' -k "$socket"
