#!/bin/bash
# Restores a Painwise H2 backup (a zip that BACKUP TO wrote: admin/backups or the daily timer) into
# the database file of a STOPPED server. README "Database" > "Backups".
#
#   bin/restore-h2.sh BACKUP.zip DB_PATH
#
# DB_PATH is the database path without .mv.db, as the server is given it (painwise.db.path or
# PAINWISE_DB_PATH; data/painwise for the README's run command, /data/painwise in the image).
# The database file there, if any, is kept beside it as DB_PATH.mv.db.before-restore-<time>, never
# deleted. The script refuses when a running server has the database open.
#
# Environment: H2_JAR (default: the h2 jar of target/server), JAVA (default: java),
# H2_USER / H2_PASSWORD (default sa / sa, as the datasource) for the "is it in use?" check.
# The next start of the server runs Flyway, so a backup of an older version is brought up to date.
set -euo pipefail

if [ $# -ne 2 ]; then
  sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
backup=$1
db=$2
here=$(cd "$(dirname "$0")/.." && pwd)
java=${JAVA:-java}
h2=${H2_JAR:-$(ls "$here"/target/server/modules/system/layers/base/com/h2database/h2/main/h2-*.jar 2>/dev/null | head -1)}

[ -f "$backup" ] || { echo "restore-h2: no backup file $backup" >&2; exit 1; }
[ -n "$h2" ] && [ -f "$h2" ] || { echo "restore-h2: no H2 jar; set H2_JAR (run mvn package for target/server)" >&2; exit 1; }
case "$db" in *.mv.db) db=${db%.mv.db} ;; esac
dir=$(dirname "$db")
name=$(basename "$db")
mkdir -p "$dir"

# A server that runs on this file holds H2's file lock: opening it here fails with 90020.
if [ -f "$db.mv.db" ]; then
  if ! out=$("$java" -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$db;IFEXISTS=TRUE" \
      -user "${H2_USER:-sa}" -password "${H2_PASSWORD:-sa}" -sql "SELECT 1" 2>&1); then
    if grep -q '90020' <<<"$out"; then
      echo "restore-h2: $db.mv.db is in use: stop the server first" >&2
      exit 1
    fi
    echo "restore-h2: could not open $db.mv.db to check that it is not in use:" >&2
    echo "$out" | head -5 >&2
    exit 1
  fi
  kept="$db.mv.db.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
  mv "$db.mv.db" "$kept"
  echo "restore-h2: the database that was there is kept as $kept"
fi
rm -f "$db.trace.db"

"$java" -cp "$h2" org.h2.tools.Restore -file "$backup" -dir "$dir" -db "$name" -quiet
[ -f "$db.mv.db" ] || { echo "restore-h2: $backup held no H2 database" >&2; exit 1; }
echo "restore-h2: $backup restored to $db.mv.db; start the server"
