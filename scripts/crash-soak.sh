#!/usr/bin/env bash
# The crash loop, longer than the suite's 50: the real atelier killed with
# SIGKILL at random moments N times (default 200), each restore checked
# against the states the facilitator reached. Prints kills, restores checked,
# lost states (must be 0).  Usage: scripts/crash-soak.sh [KILLS]
#   (after ./atelier.sh test or run has built it)
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-200}
cmake --build build -j"$(nproc)" --target atelier atelier_e2e_tests >/dev/null
ATELIER_CRASH_KILLS=$kills xvfb-run -a -s "-screen 0 1280x720x24 -noreset" \
  ./build/tests/e2e/atelier_e2e_tests "--test-case=crash: killed*" --success=false 2>&1 | grep -E "crash loop|ERROR|Status"
