#!/bin/sh
# The desktop entry, the AppStream metadata and the MIME type definition pass their validators.
# usage: check-desktop-files.sh SOURCE_DIR
set -eu
linux="$1/packaging/linux"
desktop-file-validate "$linux/jp.kansa.Kansa.desktop"
appstreamcli validate --no-net "$linux/jp.kansa.Kansa.metainfo.xml"
xmllint --noout "$linux/jp.kansa.Kansa.mime.xml"
echo "desktop entry, AppStream metadata and MIME type are valid"
