#!/bin/sh
# Checks speed strictly: sets up the machine as run-tests.sh does, builds in Release (in build-release), runs
# every benchmark alone on SQLite and on a throwaway PostgreSQL server, prints both backends side by side
# with the targets and exits non-zero when any figure missed its target.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build="${KANSA_BUILD_DIR:-$root/build-release}"

"$root/packaging/setup-debian.sh"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKANSA_BUILD_TESTS=ON >/dev/null
cmake --build "$build" -j2 --target bench_table bench_large_data bench_checklists bench_self_inspection \
    bench_audits bench_dashboard bench_reports bench_record bench_policy

. "$root/packaging/test-postgres.sh"

rm -rf "$build/bench"
cd "$build"
status=0
ctest --output-on-failure -j1 -L bench || status=1
echo
"$build/tests/bench_table" "$build/bench" || status=1
exit $status
