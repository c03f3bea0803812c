#!/bin/sh
# A stand-in for PostgREST's /bin/postgrest in image tests (there is no PostgREST binary on the test
# machines). Like PostgREST it reads PGRST_DB_URI (or @file), PGRST_SERVER_PORT (default 3000, and never
# PORT), connects with libpq, and shuts down cleanly on SIGTERM as PID 1. The libpq is real: psql and its
# shared libraries travel in a payload appended to this file (after the __PAYLOAD__ line), because an
# image stage copies only /bin/postgrest. Unlike PostgREST, it exits when the connection fails, so a
# test gets libpq's error at once instead of a retry loop.
set -eu

case "${1:-}" in
  --version | -v)
    echo "PostgREST stand-in (libpq client)"
    exit 0
    ;;
esac

echo "postgrest stand-in: started as pid $$, uid $(id -u)"
work=$(mktemp -d /tmp/postgrest-standin.XXXXXX)
sed '1,/^__PAYLOAD__$/d' "$0" | base64 -d | tar -xzf - -C "$work"

uri=${PGRST_DB_URI:-}
case $uri in @*) uri=$(cat "${uri#@}") ;; esac
if ! answer=$("$work/lib/ld-linux-x86-64.so.2" --library-path "$work/lib" "$work/psql" "$uri" -XAt \
  -c "select current_user || ' ssl=' || ssl from pg_stat_ssl where pid = pg_backend_pid()" 2>&1); then
  echo "Database connection error: $answer"
  exit 1
fi
rm -rf "$work"
echo "Connection successful: $answer"
echo "Listening on port ${PGRST_SERVER_PORT:-3000}"

sleeper=
trap 'echo "Received SIGTERM. Shutting down."; [ -z "$sleeper" ] || kill "$sleeper" 2>/dev/null; exit 0' TERM INT
while :; do
  sleep 3600 &
  sleeper=$!
  wait "$sleeper" || true
done
exit 0
__PAYLOAD__
