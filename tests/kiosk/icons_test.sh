#!/bin/sh
# The committed PNGs must be what scripts/make-icons.sh makes from the SVG
# today: an SVG changed without re-rendering them fails here.
#   icons_test.sh SOURCE_DIR SCRATCH_DIR
set -eu
src=$1 out=$2
rm -rf "$out"
"$src/scripts/make-icons.sh" "$out"
status=0
for png in "$out"/*/org.codev.Atelier.png; do
  size=$(basename "$(dirname "$png")")
  cmp -s "$png" "$src/assets/icons/$size/org.codev.Atelier.png" || { echo "differs: assets/icons/$size" >&2; status=1; }
done
[ "$(ls "$out" | wc -l)" -eq 8 ] || { echo "expected 8 sizes" >&2; status=1; }
exit $status
