# Sourced by run-tests.sh and run-benchmarks.sh: starts a throwaway PostgreSQL cluster in a temporary
# directory, exports its URL as KANSA_TEST_PG_URL and removes it again when the script exits. PostgreSQL
# refuses to run as root, so as root it runs as the postgres user.
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/kansa-pg.XXXXXX)
port=${KANSA_TEST_PG_PORT:-55432}
as_pg=""
if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$pgdir"
    as_pg="runuser -u postgres --"
fi
stop_test_postgres() {
    $as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pgdir"
}
trap stop_test_postgres EXIT INT TERM
$as_pg "$pgbin/initdb" -D "$pgdir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
# The tests connect as postgres without a password; every other role (the organisations' accounts) signs in with
# its SCRAM password, as on a real server.
printf 'local all postgres trust\nlocal all all scram-sha-256\n' | $as_pg tee "$pgdir/data/pg_hba.conf" >/dev/null
$as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -o "-p $port -k $pgdir -c listen_addresses=''" -l "$pgdir/server.log" -w start >/dev/null
export KANSA_TEST_PG_URL="postgresql://postgres@/postgres?host=$pgdir&port=$port"
