#!/usr/bin/env bash
# atelier send while the command socket is held by silent clients: a wall
# started under Xvfb on a fresh state folder, then atelier_socket_bench with
# 0, 10, 100 and 1000 clients that connect and never write (the socket serves
# 64 at once and drops a silent one after 2 s; the others wait for a place).
#   bench/socket.sh [SENDS=200]   (after ./atelier.sh test or run has built it)
set -euo pipefail
cd "$(dirname "$0")/.."
sends=${1:-200}
cmake --build build -j"$(nproc)" --target atelier atelier_socket_bench >/dev/null
work=$(mktemp -d)
trap 'pkill -f -- "--state-dir $work/state" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
ulimit -n 4096
xvfb-run -a -s "-screen 0 1280x720x24 -noreset" ./build/app/atelier --windowed 1280x720 --state-dir "$work/state" \
  --config-dir "$work/config" 2>"$work/stderr" &

for _ in $(seq 200); do ./build/app/atelier send --state-dir "$work/state" status >/dev/null 2>&1 && break; sleep 0.1; done
echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)."
for silent in 0 10 100 1000; do ./build/app/atelier_socket_bench "$work/state" "$silent" "$sends"; done
