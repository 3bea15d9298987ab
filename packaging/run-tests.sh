#!/bin/sh
# Sets up a fresh Debian 12 machine (as root), builds Kansa and runs the whole test suite, on SQLite and on
# a throwaway PostgreSQL server started for the run. The benchmarks run too and print their figures; they
# fail the suite only on a gross regression (packaging/run-benchmarks.sh checks speed strictly).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build="${KANSA_BUILD_DIR:-$root/build}"

"$root/packaging/setup-debian.sh"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKANSA_BUILD_TESTS=ON
cmake --build "$build" -j2

. "$root/packaging/test-postgres.sh"

rm -rf "$build/bench"
cd "$build"
ctest --output-on-failure -j2 "$@"
