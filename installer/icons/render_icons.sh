#!/usr/bin/env bash
# Renders resources/icons/mddnet.svg into the PNG sizes of the hicolor icon theme that
# installer/packaging.cmake installs (installer/icons/<size>.png). Run it again after
# changing the SVG and commit the PNGs; the build itself needs no SVG renderer.
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SVG="$HERE/../../resources/icons/mddnet.svg"
command -v rsvg-convert >/dev/null 2>&1 ||
  { echo "render_icons.sh: rsvg-convert is missing: apt-get install librsvg2-bin" >&2; exit 1; }
for size in 16 24 32 48 64 128 256; do
  rsvg-convert --width "$size" --height "$size" --format png --output "$HERE/$size.png" "$SVG"
done
echo "render_icons.sh: wrote $HERE/{16,24,32,48,64,128,256}.png from $SVG"
