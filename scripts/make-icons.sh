#!/usr/bin/env bash
# Renders assets/icons/<id>.svg to the PNG sizes desktops look for
# (hicolor NxN/apps), with rsvg-convert (librsvg2-bin). The PNGs are
# committed; run this after changing the SVG.
#   scripts/make-icons.sh [OUTDIR]   (default: assets/icons)
set -euo pipefail
cd "$(dirname "$0")/.."
id=org.codev.Atelier
out=${1:-assets/icons}
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$out/${size}x${size}"
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
    --output "$out/${size}x${size}/$id.png" "assets/icons/$id.svg"
done
