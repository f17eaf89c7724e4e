#!/bin/bash
# Creates the cluster, its user and database on the first start (empty data folder), then runs
# PostgreSQL in the foreground, listening on all addresses with password authentication.
set -euo pipefail
: "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set}"
user="${POSTGRES_USER:-postgres}"
db="${POSTGRES_DB:-$user}"

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  initdb -D "$PGDATA" -U "$user" -E UTF8 -A scram-sha-256 \
    --pwfile=<(printf '%s\n' "$POSTGRES_PASSWORD")
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  if [ "$db" != "postgres" ]; then
    pg_ctl -D "$PGDATA" -o "-c listen_addresses='' -k /tmp" -w start
    PGPASSWORD="$POSTGRES_PASSWORD" createdb -h /tmp -U "$user" -O "$user" "$db"
    pg_ctl -D "$PGDATA" -m fast -w stop
  fi
fi
exec postgres -D "$PGDATA" -c listen_addresses='*' -k /tmp
