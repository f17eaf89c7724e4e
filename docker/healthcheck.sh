#!/bin/bash
# Container health: GET /api/health must answer 200, which the app does only when the database
# answers ({"status":"UP",...}; 503 otherwise). Uses curl, else wget, else bash's /dev/tcp, so it
# works on any base image that has bash.
port="${PAINWISE_HTTP_PORT:-8080}"
url="http://127.0.0.1:${port}/api/health"
if command -v curl >/dev/null 2>&1; then
  exec curl -fsS --max-time 4 -o /dev/null "$url"
elif command -v wget >/dev/null 2>&1; then
  exec wget -q -T 4 -O /dev/null "$url"
fi
exec 3<>"/dev/tcp/127.0.0.1/${port}" || exit 1
printf 'GET /api/health HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
IFS= read -r -t 4 status <&3 || exit 1
case "$status" in
  *" 200 "*) exit 0 ;;
  *) exit 1 ;;
esac
