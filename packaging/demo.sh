#!/bin/sh
# Sets up a fresh Debian 12 machine (as root), builds Kansa, creates the demo organisation (a fictional
# village) and opens it. Without a display it says so and writes a summary of the demo organisation and
# its 令和8年度 audit report (PDF).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build="${KANSA_BUILD_DIR:-$root/build}"

"$root/packaging/setup-debian.sh"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j2 --target kansa kansa-cli

demo="$build/demo/sakuragaoka.kansa"
mkdir -p "$build/demo"
rm -f "$demo" "$demo-wal" "$demo-shm"
"$build/bin/kansa-cli" demo --out "$demo"

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    echo "Opening the demo organisation: sign in as admin / kansa-admin."
    exec "$build/bin/kansa" --login admin "$demo"
fi

summary="$build/demo/sakuragaoka-summary.txt"
report="$build/demo/sakuragaoka-audit-report-2026.pdf"
KANSA_PASSWORD=kansa-admin "$build/bin/kansa-cli" info --db "$demo" --user admin --full >"$summary"
LC_ALL= LANG=ja_JP.UTF-8 KANSA_PASSWORD=kansa-demo "$build/bin/kansa-cli" report --db "$demo" --user h.nakayama --kind audit --year 2026 \
    --format pdf --out "$report" >/dev/null
echo "No display is available, so the application window cannot open."
echo "A summary of the demo organisation was written to $summary"
echo "The demo's 令和8年度 audit report was written to $report"
echo "The demo database is $demo; on a desktop open it with: $build/bin/kansa $demo"
