#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests: `source scripts/pg_cluster.sh` installs Debian's
# postgresql when it is missing (as root), starts a cluster in a temporary folder on a free loopback
# port as the `postgres` user (trust authentication on loopback only), exports
# COACH_TEST_POSTGRES_URL and stops the cluster (and removes its folder) when the shell exits.
# Any failure leaves COACH_TEST_POSTGRES_URL unset, with a one-line reason on stderr.

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

pg_install() {
  [ -n "$(pg_bin)" ] && return 0
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "pg_cluster: PostgreSQL is not installed (apt-get install postgresql as root)" >&2; return 1
  fi
  local apt=(apt-get -o DPkg::Lock::Timeout=300 -qq)
  { "${apt[@]}" update && DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y postgresql; } >/dev/null 2>&1 \
    || { echo "pg_cluster: apt-get install postgresql failed" >&2; return 1; }
  # Debian starts a default cluster on port 5432; the tests use their own, so stop that one
  command -v pg_ctlcluster >/dev/null && pg_lsclusters -h 2>/dev/null | while read -r ver name _; do
    pg_ctlcluster "$ver" "$name" stop >/dev/null 2>&1 || true
  done
  [ -n "$(pg_bin)" ]
}

pg_free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

pg_as() {  # run a command as the cluster's owner (postgres when we are root)
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
  local bin dir port
  bin="$(pg_bin)"; dir="$(mktemp -d /tmp/coach-pg-XXXXXX)"; port="$(pg_free_port)"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  pg_as "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { echo "pg_cluster: initdb failed (see $dir/initdb.log)" >&2; return 1; }
  pg_as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null \
    || { echo "pg_cluster: the server did not start (see $dir/server.log)" >&2; return 1; }
  PG_CLUSTER_DIR="$dir"
  trap pg_stop EXIT
  export COACH_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
}

pg_stop() {
  [ -n "${PG_CLUSTER_DIR:-}" ] || return 0
  pg_as "$(pg_bin)/pg_ctl" -D "$PG_CLUSTER_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_CLUSTER_DIR"; PG_CLUSTER_DIR=""
}

if [ -z "${COACH_TEST_POSTGRES_URL:-}" ] && pg_install; then pg_start || true; fi
