#!/bin/sh
# Renders the application icon's PNG sizes and the Windows .ico from kansa.svg (needs librsvg2-bin and
# imagemagick). Run it after changing the SVG and commit the results.
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" kansa.svg -o "kansa-$size.png"
done
convert kansa-16.png kansa-24.png kansa-32.png kansa-48.png kansa-64.png kansa-128.png kansa-256.png \
    ../windows/kansa.ico
