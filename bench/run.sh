#!/usr/bin/env bash
# The wall's cost, measured against a minimal GLFW + ImGui window built in the
# same tree, on this machine, in the same run, under Xvfb with Mesa llvmpipe:
#   start to first frame, CPU per minute with a running timer, peak memory,
#   and how long a save takes.
# Usage: bench/run.sh [seconds of CPU measurement, default 60]
# Not a test: it prints figures, it does not judge them.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
cmake --build build -j"$(nproc)" --target atelier atelier_baseline atelier_save_bench >/dev/null

if [ -z "${ATELIER_BENCH_INNER:-}" ]; then
  exec env ATELIER_BENCH_INNER=1 xvfb-run -a -s "-screen 0 1920x1080x24 -noreset" "$0" "$@"
fi

state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT
atelier=(./build/app/atelier --windowed 1920x1080 --state-dir "$state" --config-dir "$state/config")
baseline=(./build/app/atelier_baseline)

first_frame_ms() {  # median of 7 runs: start, one frame shown, exit
  local times=() i t0 t1
  for i in 1 2 3 4 5 6 7; do
    t0=$(date +%s%N)
    "$@" --exit-after-frames 1 >/dev/null 2>&1
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 4p
}

cpu_and_memory() {  # prints "cpu_percent peak_rss_mb" for $seconds of running
  "$@" >/dev/null 2>&1 &
  local pid=$! hz ticks0 ticks1
  sleep 2  # past start-up: the steady state is what a 3-hour atelier costs
  hz=$(getconf CLK_TCK)
  ticks0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  sleep "$seconds"
  ticks1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  local rss
  rss=$(awk '/VmHWM/ {printf "%.1f", $2 / 1024}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  awk -v d=$((ticks1 - ticks0)) -v hz="$hz" -v s="$seconds" -v rss="$rss" 'BEGIN {printf "%.2f %s\n", 100 * d / hz / s, rss}'
}

a_start=$(first_frame_ms "${atelier[@]}" --demo running)
b_start=$(first_frame_ms "${baseline[@]}")
read -r a_cpu a_mem < <(cpu_and_memory "${atelier[@]}" --demo running)
read -r b_cpu b_mem < <(cpu_and_memory "${baseline[@]}")
read -r p_cpu _ < <(cpu_and_memory "${atelier[@]}" --demo paused)
read -r k_cpu _ < <(cpu_and_memory "${atelier[@]}" --demo blank)

echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores, $(glxinfo -B 2>/dev/null | awk -F': ' '/OpenGL renderer/ {print $2}'), 1920x1080, timer running:"
printf '%-34s %12s %12s %8s\n' "" "atelier" "baseline" "ratio"
awk -v a="$a_start" -v b="$b_start" 'BEGIN {printf "%-34s %9d ms %9d ms %7.2fx\n", "start to first frame (median of 7)", a, b, a / b}'
awk -v a="$a_cpu" -v b="$b_cpu" -v s="$seconds" 'BEGIN {printf "%-34s %10.2f %% %10.2f %% %7.2fx\n", "CPU of one core over " s " s", a, b, (b > 0 ? a / b : 0)}'
awk -v a="$a_mem" -v b="$b_mem" 'BEGIN {printf "%-34s %9.1f MB %9.1f MB %7.2fx\n", "peak memory (VmHWM)", a, b, a / b}'
awk -v p="$p_cpu" -v k="$k_cpu" -v s="$seconds" 'BEGIN {printf "%-34s %10.2f %%\n%-34s %10.2f %%\n", "CPU, paused, over " s " s", p, "CPU, blank screen, over " s " s", k}'
./build/app/atelier_save_bench 200
