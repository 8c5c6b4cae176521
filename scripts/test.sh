#!/usr/bin/env bash
# One command: set up ClusterDesk with its test tools, then run ruff and the whole test suite
# twice, on SQLite and on a PostgreSQL server started here on 127.0.0.1.
#
# CLUSTERDESK_TEST_DB=postgresql://user:pw@host/db  uses that database instead of starting one
# (its public schema is wiped by the tests).  Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
export QT_QPA_PLATFORM=offscreen

PG_PORT=${CLUSTERDESK_PG_PORT:-54329}
# The test server's files in memory when there is room (tests/db_templates.py makes each test's
# database by copying a template: on a disk that copy alone took 0.4–0.7 s, in memory 0.02 s).
shm_free_mb=$(df -Pm /dev/shm 2>/dev/null | awk 'NR==2 {print $4}')
if [ "${shm_free_mb:-0}" -ge 2048 ]; then
  PG_DIR=${CLUSTERDESK_PG_DIR:-/dev/shm/clusterdesk-test-pg}
else
  PG_DIR=${CLUSTERDESK_PG_DIR:-/tmp/clusterdesk-test-pg}
fi

start_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$bin" ] || { echo "PostgreSQL is not installed" >&2; return 1; }
  local run=()
  if [ "$(id -u)" = 0 ]; then run=(runuser -u postgres --); fi
  if [ ! -f "$PG_DIR/PG_VERSION" ]; then
    rm -rf "$PG_DIR"
    mkdir -p "$PG_DIR"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_DIR"
    "${run[@]}" "$bin/initdb" -D "$PG_DIR" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if ! "${run[@]}" "$bin/pg_ctl" -D "$PG_DIR" status >/dev/null 2>&1; then
    "${run[@]}" "$bin/pg_ctl" -D "$PG_DIR" -w -l "$PG_DIR/server.log" \
      -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off \
-c max_wal_size=256MB -c min_wal_size=32MB" start >/dev/null
  fi
  "${run[@]}" "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname='clusterdesk_test'" | grep -q 1 ||
    "${run[@]}" "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres clusterdesk_test
  export CLUSTERDESK_TEST_DB="postgresql://postgres@127.0.0.1:$PG_PORT/clusterdesk_test"
}

echo "== ruff"
.venv/bin/ruff check .
echo "== import contracts (.importlinter: layers, sections, no cycles)"
.venv/bin/lint-imports

# The two runs go side by side (two cores; each its own temporary folder); the SQLite run's
# output follows the PostgreSQL one.
if [ -z "${CLUSTERDESK_TEST_DB:-}" ]; then
  start_postgres
fi
work=$(mktemp -d)
echo "== tests on SQLite and on PostgreSQL, side by side"
env -u CLUSTERDESK_TEST_DB .venv/bin/python -m pytest -q -p no:cacheprovider --durations=15 \
  --basetemp="$work/sqlite" "$@" >"$work/sqlite.log" 2>&1 &
sqlite_pid=$!
echo "== tests on PostgreSQL"
pg_status=0
.venv/bin/python -m pytest -q -p no:cacheprovider --durations=15 --basetemp="$work/pg" "$@" || pg_status=$?
sqlite_status=0
wait "$sqlite_pid" || sqlite_status=$?
echo "== tests on SQLite"
cat "$work/sqlite.log"
rm -rf "$work"
echo "== SQLite: exit $sqlite_status; PostgreSQL: exit $pg_status"
[ "$sqlite_status" = 0 ] && [ "$pg_status" = 0 ]
