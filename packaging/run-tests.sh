#!/bin/sh
# Sets up a fresh Debian 12 machine (as root), builds Kansa and runs the whole test suite, on SQLite and on
# a throwaway PostgreSQL server started for the run.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build="${KANSA_BUILD_DIR:-$root/build}"

"$root/packaging/setup-debian.sh"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKANSA_BUILD_TESTS=ON
cmake --build "$build" -j2

# A PostgreSQL cluster of our own in a temporary directory. PostgreSQL refuses to run as root, so as root
# it runs as the postgres user.
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/kansa-pg.XXXXXX)
port=55432
as_pg=""
if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$pgdir"
    as_pg="runuser -u postgres --"
fi
cleanup() {
    $as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pgdir"
}
trap cleanup EXIT INT TERM
$as_pg "$pgbin/initdb" -D "$pgdir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
$as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -o "-p $port -k $pgdir -c listen_addresses=''" -l "$pgdir/server.log" -w start >/dev/null
export KANSA_TEST_PG_URL="postgresql://postgres@/postgres?host=$pgdir&port=$port"

cd "$build"
ctest --output-on-failure -j2 "$@"
