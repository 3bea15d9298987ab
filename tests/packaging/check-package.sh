#!/bin/sh
# Builds the Debian package from the build directory with CPack, installs it with apt-get (which resolves its
# dependencies from Debian's Qt 6, libxlsxwriter, minizip and libsodium packages), runs the installed
# kansa-cli, and removes the package again. Needs root, as the test command runs.
# usage: check-package.sh BUILD_DIR VERSION
set -eu
build=$1
version=$2
if [ "$(id -u)" -ne 0 ]; then
    echo "installing a package needs root: run the test command as root" >&2
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && cpack --config "$build/CPackConfig.cmake" -G DEB >/dev/null)
deb=$(ls "$work"/kansa_"$version"_*.deb)
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
trap 'DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq kansa >/dev/null; rm -rf "$work"' EXIT
out=$(QT_QPA_PLATFORM=offscreen /usr/bin/kansa-cli --version 2>/dev/null)
[ "$out" = "kansa-cli $version" ] || { echo "installed kansa-cli --version printed: $out" >&2; exit 1; }
dpkg -s kansa | grep -q "^Depends:.*libqt6core6" || { echo "the package does not depend on Qt" >&2; exit 1; }
echo "installed $(basename "$deb") with apt-get and ran kansa-cli $version"
