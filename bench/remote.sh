#!/usr/bin/env bash
# A phone's button to the wall's frame: the wall under Xvfb with the remote
# service on, its timer paused (nothing else moves), then atelier_key_probe
# --http: POST /api/command {"verb": "next"} then "previous", on one kept-alive
# connection as a phone's browser, each timed from its first byte to the X
# server's DAMAGE event on the wall's window (the first frame after it).
#   bench/remote.sh [SAMPLES=100]   (after ./atelier.sh test or run has built it)
# A benchmark, not a test: it prints figures and judges none.
set -euo pipefail
cd "$(dirname "$0")/.."
samples=${1:-100}
cmake --build build -j"$(nproc)" --target atelier atelier_key_probe >/dev/null
work=$(mktemp -d)
trap 'pkill -f -- "--state-dir $work/state" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$work/config"
echo "{\"step_guard_ms\": 0, \"remote\": {\"enabled\": true, \"port\": $port, \"osc_port\": 0}}" >"$work/config/settings.json"
send() { ./build/app/atelier send --state-dir "$work/state" "$@"; }
xvfb-run -a -s "-screen 0 1920x1080x24 -noreset" bash -c "
  ./build/app/atelier --windowed 1920x1080 --state-dir '$work/state' --config-dir '$work/config' 2>'$work/stderr' &
  for _ in \$(seq 200); do ./build/app/atelier send --state-dir '$work/state' status >/dev/null 2>&1 && break; sleep 0.1; done
  ./build/app/atelier send --state-dir '$work/state' goto-step 2 >/dev/null   # a step with turns: next and previous move the speaker
  key=\$(./build/app/atelier send --state-dir '$work/state' remote | sed -n 's/^api-key: //p')
  echo \"Measured \$(date -u '+%Y-%m-%d %H:%M UTC') on \$(nproc) cores; load average \$(cut -d' ' -f1-3 /proc/loadavg).\"
  ./build/app/atelier_key_probe --http $port \"\$key\" --samples $samples next previous | tee '$work/probe'
" | grep -E '^(Measured|summary|key .* reply)'
