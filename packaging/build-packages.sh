#!/bin/sh
# Builds the Debian package and the .tar.gz (as root on Debian 12: installs what it needs first).
# They are written to build-package/ (or $KANSA_PACKAGE_DIR).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
out="${KANSA_PACKAGE_DIR:-$root/build-package}"

"$root/packaging/setup-debian.sh"
cmake -S "$root" -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKANSA_BUILD_TESTS=OFF -DCMAKE_INSTALL_PREFIX=/usr
cmake --build "$out" -j2
(cd "$out" && cpack)
ls "$out"/kansa_*.deb "$out"/kansa-*.tar.gz
