#!/bin/sh
# Every visible string has its Japanese and English translation: lupdate reads the sources into copies of the
# .ts files, and any message it leaves unfinished (a new tr() string nobody translated) fails the test.
# usage: check-translations.sh LUPDATE SOURCE_DIR
set -eu
lupdate=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for lang in ja en; do
    cp "$src/translations/kansa_$lang.ts" "$work/kansa_$lang.ts"
    "$lupdate" -silent -no-obsolete -locations none "$src/model" "$src/views" "$src/app" -ts "$work/kansa_$lang.ts"
    count=$(grep -c 'type="unfinished"' "$work/kansa_$lang.ts" || true)
    if [ "$count" -ne 0 ]; then
        echo "kansa_$lang.ts: $count message(s) without a translation:" >&2
        grep -B4 'type="unfinished"' "$work/kansa_$lang.ts" | grep '<source>' >&2
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "every source string is translated into Japanese and English"
exit "$status"
