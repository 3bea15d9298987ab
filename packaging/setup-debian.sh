#!/bin/sh
# Installs, on a fresh Debian 12 machine, everything Kansa needs to build, run and be tested. Installs only
# what is missing, as root (through sudo when run by another user); with nothing missing it needs no rights.
set -eu

export DEBIAN_FRONTEND=noninteractive

packages="
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6svg6 libgl-dev
    qt6-qpa-plugins
    libxlsxwriter-dev libminizip-dev libsodium-dev libsqlite3-dev
    postgresql
    fonts-noto-cjk fonts-ipafont-gothic
    xvfb xauth imagemagick poppler-utils
    dpkg-dev file desktop-file-utils appstream libxml2-utils
    libreoffice-calc-nogui libreoffice-writer-nogui python3-docx
    libpoppler-qt6-dev
"

missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done

[ -z "$missing" ] && exit 0

run_as_root=""
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "setup-debian.sh: these packages are missing and installing them needs root:$missing" >&2
        exit 1
    fi
    run_as_root="sudo DEBIAN_FRONTEND=noninteractive"
fi
$run_as_root apt-get update -qq
# shellcheck disable=SC2086
$run_as_root apt-get install -y -qq --no-install-recommends $missing
