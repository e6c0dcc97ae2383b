#!/usr/bin/env bash
# Regenerates the README's pictures of the wall with atelier --screenshot.
#   scripts/screenshots.sh   (after ./atelier.sh test or run has built it)
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build --target atelier >/dev/null
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT
shoot() {  # demo size file [extra args]; CONFIG=DIR for another settings.json
  xvfb-run -a -s "-screen 0 3840x2160x24" ./build/app/atelier --state-dir "$state" --config-dir "${CONFIG:-$state/config}" \
    --demo "$1" --windowed "$2" --screenshot "docs/$3" "${@:4}"
  echo "docs/$3"
}
shoot running 1920x1080 wall-running.png
shoot overtime 1920x1080 wall-overtime.png
shoot paused 1280x720 wall-paused-720p.png
shoot summary 1920x1080 wall-summary.png
shoot long-names 1920x1080 wall-twelve-long-names.png --lang en
shoot consultation 1920x1080 wall-consultation.png    # the contract and the client's posture
shoot synthesis 1920x1080 wall-synthesis.png          # the action plan
shoot follow-up 1920x1080 wall-follow-up.png          # step 0 of the next atelier
# A bright room: "theme": "light" in settings.json.
mkdir -p "$state/light" && echo '{"theme": "light"}' > "$state/light/settings.json"
CONFIG="$state/light" shoot consultation 1920x1080 wall-light-consultation.png
# Names in twelve scripts (CJK from a fallback font, Arabic joined and right to left).
shoot twelve-names 1280x720 wall-twelve-scripts-720p.png
shoot twelve-names 1920x1080 wall-twelve-scripts-1080p.png
# The facilitator's console, in its own window (1280x800, a laptop's screen).
shoot consultation 1280x800 console-live.png --console window --view console --tab 1
shoot synthesis 1280x800 console-plan.png --console window --view console --tab 3
shoot running 1280x800 console-prepare.png --console window --view console --tab 4
shoot twelve-names 1920x1080 console-twelve-scripts.png --view console --tab 2
