#!/usr/bin/env bash
# The crash loops, longer than the suite's: the real atelier killed with
# SIGKILL at random moments N times (default 200), each restore checked
# against the states the facilitator reached; then N lives as an ordinary
# user where some start on an unreadable state.json and some stop on a full
# disk (root: a tmpfs and setpriv). Prints lives, restores checked, lost
# states (must be 0).  Usage: scripts/crash-soak.sh [LIVES]
#   (after ./atelier.sh test or run has built it)
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-200}
cmake --build build -j"$(nproc)" --target atelier atelier_e2e_tests >/dev/null
ATELIER_CRASH_KILLS=$kills xvfb-run -a -s "-screen 0 1280x720x24 -noreset -ac" \
  ./build/tests/e2e/atelier_e2e_tests "--test-case=crash: killed*,crash faults:*" --success=false 2>&1 |
  grep -E "crash loop|crash soak|ERROR|Status"
