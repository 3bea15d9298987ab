#!/bin/sh
# cmake --install into a temporary prefix gives a working application: kansa-cli runs from there, knows its
# version and creates the demo organisation; the desktop entry, AppStream data, MIME type and icons are there.
# usage: check-install.sh BUILD_DIR VERSION
set -eu
build=$1
version=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
out=$(QT_QPA_PLATFORM=offscreen "$prefix/bin/kansa-cli" --version 2>/dev/null)
[ "$out" = "kansa-cli $version" ] || { echo "--version printed: $out" >&2; exit 1; }
QT_QPA_PLATFORM=offscreen "$prefix/bin/kansa-cli" demo --out "$prefix/demo.kansa" >/dev/null 2>&1
[ -s "$prefix/demo.kansa" ] || { echo "kansa-cli demo wrote nothing" >&2; exit 1; }
for file in bin/kansa share/applications/jp.kansa.Kansa.desktop share/metainfo/jp.kansa.Kansa.metainfo.xml \
    share/mime/packages/jp.kansa.Kansa.mime.xml share/icons/hicolor/scalable/apps/jp.kansa.Kansa.svg \
    share/icons/hicolor/48x48/apps/jp.kansa.Kansa.png share/icons/hicolor/256x256/apps/jp.kansa.Kansa.png; do
    [ -e "$prefix/$file" ] || { echo "not installed: $file" >&2; exit 1; }
done
echo "installed and ran kansa-cli $version from a temporary prefix"
