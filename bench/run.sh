#!/usr/bin/env bash
# What the wall costs, next to what a room would run instead (Chromium in kiosk
# mode showing bench/peer/wall.html, the same information updated once a second)
# and next to the floor (atelier_baseline: a minimal GLFW + ImGui window drawing
# a timer as big as the wall's, paced the same way).
#
# Usage: bench/run.sh [seconds measured per run, default 60] [repeats, default 5]
#   env: BENCH_WARMUP (s before measuring, default 15), BENCH_KEYS (key presses, default 20),
#        BENCH_SUBJECTS (some of: wall minimal chromium paused blank console overlay; default all)
#
# Each run gets its own Xvfb 1920x1080, so that the X server's work during the
# run belongs to the subject. Runs are interleaved (A B C D E, A B C D E, ...).
# CPU: utime+stime (+ cutime+cstime, so that children reaped during the run
# count) of every process of the subject plus its Xvfb, from the end of the
# warm-up to the end of the run, over the wall time between. PSS: the sum of
# /proc/PID/smaps_rollup over the subject's processes at the end of the run.
# Also: start to first frame (process start to exit after its first frame,
# median of 7, interleaved); key to next frame (atelier_key_probe, on the wall
# paused so that nothing ticks); the save benchmark. bench/README.md says more.
# A benchmark, not a test: it prints figures and judges none. The table goes to
# stdout, the per-run figures to build/bench-*.log, a screenshot of each
# subject's first run to build/bench-*-SUBJECT.png (when ImageMagick is there).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
repeats=${2:-5}
warmup=${BENCH_WARMUP:-15}
key_presses=${BENCH_KEYS:-20}
size=1920x1080

# --- What the benchmark needs: Debian packages, installed when missing.
missing=()
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v glxinfo >/dev/null || missing+=(mesa-utils)
command -v chromium >/dev/null || missing+=(chromium)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] || missing+=(fonts-dejavu-core)
libs=$(ldconfig -p)
[[ $libs == *libXtst.so.6* ]] || missing+=(libxtst6)
[[ $libs == *libXdamage.so.1* ]] || missing+=(libxdamage1)
if ((${#missing[@]})); then
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "bench: installing ${missing[*]}" >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null ||
    { "${sudo[@]}" apt-get update -q >/dev/null &&
      "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null; }
fi

[ -f build/CMakeCache.txt ] || cmake -S . -B build >/dev/null
cmake --build build -j"$(nproc)" --target atelier atelier_baseline atelier_save_bench >/dev/null
cmake --build build -j"$(nproc)" --target atelier_key_probe >/dev/null 2>&1 || true
atelier=$PWD/build/app/atelier
baseline=$PWD/build/app/atelier_baseline
probe=$PWD/build/app/atelier_key_probe
page=$PWD/bench/peer/wall.html

work=$(mktemp -d /tmp/atelier-bench.XXXXXX)
log=$PWD/build/bench-$(date -u +%Y%m%d-%H%M%S).log
results=$work/results
: >"$results"
current_tag=  # the subject running now, if any
cleanup() {  # on exit: what this script started and has not ended, by id
  local p
  if [ -n "$current_tag" ]; then
    for p in $(subject_pids "$current_tag"); do kill "$p" 2>/dev/null || true; done
  fi
  for p in $(jobs -p); do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap "exit 130" INT TERM
hz=$(getconf CLK_TCK)
self_sid=$(awk '{sub(/^.*\) /, ""); print $4}' /proc/$$/stat)
run_no=0
note() { echo "$*" >>"$log"; }

# --- X servers: one per run, on a free display number.
start_x() {  # [screen size] sets xpid and disp
  local f=$work/display.$run_no.$RANDOM i screen=${1:-$size}
  Xvfb -displayfd 3 -screen 0 "${screen}x24" -noreset -nolisten tcp 3>"$f" >/dev/null 2>>"$work/xvfb.err" &
  xpid=$!
  for i in $(seq 200); do [ -s "$f" ] && break; sleep 0.05; done
  [ -s "$f" ] || { echo "bench: Xvfb did not start" >&2; cat "$work/xvfb.err" >&2; exit 1; }
  disp=:$(head -1 "$f")
}
stop_pids() {  # TERM, then KILL what is left after 5 s
  local p i alive
  [ $# -gt 0 ] || return 0
  kill "$@" 2>/dev/null || true
  for i in $(seq 50); do
    alive=0
    for p in "$@"; do
      if [ -e "/proc/$p" ] && ! grep -q '^State:.*zombie' "/proc/$p/status" 2>/dev/null; then alive=1; break; fi
    done
    [ $alive -eq 0 ] && break
    sleep 0.1
  done
  kill -KILL "$@" 2>/dev/null || true
  for p in "$@"; do wait "$p" 2>/dev/null || true; done
}

# --- The subject's processes: those carrying its tag in their environment
# (Chromium rewrites its children's environ, its crash handlers leave the
# session), every process in the sessions of those, and all their descendants.
subject_pids() {
  local tagged
  tagged=$(grep -lzx "ATELIER_BENCH_TAG=$1" /proc/[0-9]*/environ 2>/dev/null | cut -d/ -f3 | tr '\n' ' ' || true)
  cat /proc/[0-9]*/stat 2>/dev/null | awk -v tagged="$tagged" -v self_sid="$self_sid" '
    { r = $0; sub(/^.*\) /, "", r); split(r, f, " "); pp[$1] = f[2]; sid[$1] = f[4] }
    END {
      n = split(tagged, t, " ")
      for (i = 1; i <= n; i++) if (t[i] in pp) { in_set[t[i]] = 1; if (sid[t[i]] != self_sid) sids[sid[t[i]]] = 1 }
      for (p in pp) if (sid[p] in sids) in_set[p] = 1
      do { grew = 0; for (p in pp) if (!(p in in_set) && (pp[p] in in_set)) { in_set[p] = 1; grew = 1 } } while (grew)
      for (p in in_set) print p
    }' || true
}
ticks_of() {  # utime + stime + cutime + cstime, summed
  local p
  for p in "$@"; do cat "/proc/$p/stat" 2>/dev/null || true; done |
    awk '{ sub(/^.*\) /, ""); s += $12 + $13 + $14 + $15 } END { print s + 0 }'
}
memory_of() {  # "PSS USS" in kB, summed. USS (private pages) does not depend on who else maps the same libraries.
  local p
  for p in "$@"; do cat "/proc/$p/smaps_rollup" 2>/dev/null || true; done |
    awk '/^Pss:/ { s += $2 } /^Private_(Clean|Dirty):/ { u += $2 } END { print s + 0, u + 0 }'
}

# One run: the subject alone with its X server, measured after the warm-up.
# In the command, @DIR@ stands for a fresh folder of this run.
measure() {
  local name=$1 repeat=$2
  shift 2
  run_no=$((run_no + 1))
  local dir=$work/run$run_no tag=atelier-bench-$$-$run_no
  mkdir -p "$dir/state" "$dir/config" "$dir/xdg-config" "$dir/xdg-cache"
  # The console's window beside the wall, as on a laptop next to a projector.
  if [ "$name" = console ]; then start_x "$((${size%x*} + 1280))x${size#*x}"; else start_x; fi
  local cmd=("${@//@DIR@/$dir}")
  env DISPLAY="$disp" ATELIER_BENCH_TAG="$tag" XDG_CONFIG_HOME="$dir/xdg-config" XDG_CACHE_HOME="$dir/xdg-cache" \
    setsid "${cmd[@]}" >"$dir/out" 2>&1 &
  local root=$!
  current_tag=$tag
  if [ "$name" = overlay ]; then
    # One screen: the facilitator opens the console over the wall (F2), as on a laptop mirrored to a projector.
    sleep 3
    DISPLAY=$disp xdotool search --sync --name '^Atelier$' windowfocus --sync key F2 >/dev/null 2>&1 || true
    sleep "$((warmup > 3 ? warmup - 3 : 0))"
  else
    sleep "$warmup"
  fi
  # What the first run of each subject showed, to check that they compare.
  if [ "$repeat" = 1 ] && command -v import >/dev/null; then
    DISPLAY=$disp import -window root "${log%.log}-$name.png" 2>/dev/null || true
  fi
  local pids0 t0 a0 x0
  pids0=($(subject_pids "$tag"))
  t0=$(date +%s%N); a0=$(ticks_of "${pids0[@]}"); x0=$(ticks_of "$xpid")
  sleep "$seconds"
  local pids1 t1 a1 x1 pss uss xpss
  pids1=($(subject_pids "$tag"))
  t1=$(date +%s%N); a1=$(ticks_of "${pids1[@]}"); x1=$(ticks_of "$xpid")
  read -r pss uss <<<"$(memory_of "${pids1[@]}")"
  read -r xpss _ <<<"$(memory_of "$xpid")"
  local hwm alive=no
  hwm=$(awk '/VmHWM/ { print $2 }' "/proc/$root/status" 2>/dev/null || echo 0)
  [[ " ${pids1[*]} " == *" $root "* ]] && alive=yes
  stop_pids "${pids1[@]}" "$root"
  stop_pids "$xpid"
  current_tag=
  if [ $alive = no ]; then
    echo "bench: $name (run $run_no) was not running at the end of its run; skipped. Its output:" >&2
    tail -5 "$dir/out" >&2
    note "run $run_no $name repeat $repeat FAILED: $(tail -3 "$dir/out" | tr '\n' ' ')"
    return 0
  fi
  awk -v n="$name" -v r="$repeat" -v run="$run_no" -v hz="$hz" -v dt=$((t1 - t0)) -v da=$((a1 - a0)) -v dx=$((x1 - x0)) \
    -v pss="$pss" -v xpss="$xpss" -v uss="$uss" -v np0=${#pids0[@]} -v np1=${#pids1[@]} -v hwm="$hwm" 'BEGIN {
      s = dt / 1e9
      printf "%s %d %.3f %.3f %.3f %.1f %.1f %d %d %d %.2f %d %d %.1f\n", n, r, 100 * da / hz / s, 100 * dx / hz / s,
             100 * (da + dx) / hz / s, pss / 1024, xpss / 1024, np0, np1, hwm, s, da, dx, uss / 1024 }' >>"$results"
  note "run $run_no $name repeat $repeat: $(tail -1 "$results")  pids: ${pids1[*]}"
}

# --- The subjects.
wall=("$atelier" --windowed "$size" --state-dir @DIR@/state --config-dir @DIR@/config --demo running)
paused=("$atelier" --windowed "$size" --state-dir @DIR@/state --config-dir @DIR@/config --demo paused)
blank=("$atelier" --windowed "$size" --state-dir @DIR@/state --config-dir @DIR@/config --demo blank)
minimal=("$baseline" --windowed "$size")
chromium=(chromium --no-sandbox --kiosk --window-position=0,0 --window-size="${size/x/,}" --no-first-run
  --disable-background-networking --disable-component-update --disable-sync --disable-quic
  --user-data-dir=@DIR@/profile "file://$page")
subjects=(wall minimal chromium paused blank)
# The console (a second window, 1280x800, beside the wall on a wider screen), once the app has one.
console_note=
if [[ $("$atelier" --help 2>&1) == *--console* ]]; then
  console=("$atelier" --windowed "$size" --state-dir @DIR@/state --config-dir @DIR@/config --demo running --console window
    --console-at "${size%x*},0")
  overlay=("$atelier" --windowed "$size" --state-dir @DIR@/state --config-dir @DIR@/config --demo running)
  subjects+=(console overlay)
else
  console_note="not measured: \`atelier --help\` mentions no --console option yet"
fi
[ -z "${BENCH_SUBJECTS:-}" ] || read -r -a subjects <<<"$BENCH_SUBJECTS"
declare -A label=([wall]="atelier wall, timer running" [minimal]="minimal window, timer" [chromium]="chromium kiosk, same page"
  [paused]="atelier wall, paused" [blank]="atelier wall, blank" [console]="atelier wall + console window"
  [overlay]="atelier, console over the wall")

# --- Machine.
start_x
renderer=$(DISPLAY=$disp glxinfo -B 2>/dev/null | awk -F': ' '/OpenGL renderer string/ { print $2 }')
mesa=$(DISPLAY=$disp glxinfo -B 2>/dev/null | awk -F': ' '/OpenGL version string/ { print $2 }')
cpu_model=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
when=$(date -u '+%Y-%m-%d %H:%M UTC')
note "bench/run.sh $seconds $repeats, warm-up $warmup s, $when"
note "machine: $(nproc) cores, $cpu_model; $renderer; $mesa; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
note "atelier: $(git rev-parse --short HEAD 2>/dev/null)$(git diff --quiet HEAD 2>/dev/null || echo ' (modified tree)'); $("$atelier" --version 2>/dev/null); $(chromium --version 2>/dev/null)"
note "columns: subject repeat cpu_app% cpu_x% cpu_total% pss_app_MiB pss_x_MiB nprocs_start nprocs_end vmhwm_main_kB seconds ticks_app ticks_x uss_app_MiB"

# --- Start to first frame: 7 of each, interleaved, on one X server.
first_frame_ms() {
  local t0 t1
  t0=$(date +%s%N)
  DISPLAY=$disp "$@" --exit-after-frames 1 >/dev/null 2>&1 || true
  t1=$(date +%s%N)
  echo $(((t1 - t0) / 1000000))
}
start_a=() start_b=()
state=$work/startup
mkdir -p "$state/config"
for i in 1 2 3 4 5 6 7; do
  start_a+=("$(first_frame_ms "$atelier" --windowed "$size" --state-dir "$state" --config-dir "$state/config" --demo running)")
  start_b+=("$(first_frame_ms "$baseline" --windowed "$size")")
done
stop_pids "$xpid"
note "start to first frame, ms: atelier ${start_a[*]}; minimal ${start_b[*]}"
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# --- Key to next frame: the paused wall (nothing ticks), Next and Prior in turn.
key_latency() {  # name, probe arguments, --, command; sets key_result to "median changed n"
  local name=$1 probe_args=() out
  shift
  while [ "$1" != -- ]; do probe_args+=("$1"); shift; done
  shift
  run_no=$((run_no + 1))
  local dir=$work/run$run_no
  mkdir -p "$dir/state" "$dir/config"
  start_x
  local cmd=("${@//@DIR@/$dir}")
  DISPLAY=$disp "${cmd[@]}" >"$dir/out" 2>&1 &
  local root=$!
  sleep 2
  out=$(DISPLAY=$disp "$probe" --samples "$key_presses" "${probe_args[@]}" 2>&1 || true)
  stop_pids "$root"
  stop_pids "$xpid"
  note "key to frame, $name:"
  note "$out"
  key_result=$(echo "$out" | awk '/^summary/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } print v["median"], v["changed"], v["n"] }')
}
key_note=
if [ -x "$probe" ]; then
  key_latency wall --prepare F5 Next Prior -- "${wall[@]}"
  read -r key_a key_a_changed key_a_n <<<"$key_result" || true
  key_latency minimal Next -- "${minimal[@]}" --paused
  read -r key_b _ key_b_n <<<"$key_result" || true
else
  key_note="not measured: atelier_key_probe was not built (needs Xlib's headers, libx11-dev)"
fi

# --- The runs, interleaved.
for r in $(seq "$repeats"); do
  for s in "${subjects[@]}"; do
    declare -n cmd_ref=$s
    measure "$s" "$r" "${cmd_ref[@]}"
    unset -n cmd_ref
  done
done

# --- The table.
stats() {  # subject column -> "min median"
  awk -v s="$1" -v c="$2" '$1 == s { print $c }' "$results" | sort -g |
    awk '{ v[NR] = $1 } END { if (NR == 0) print "- -"; else printf "%s %s\n", v[1], (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
{
  echo "Measured $when on $(nproc) cores ($cpu_model), $renderer, $mesa."
  echo "Each subject alone on its own Xvfb ${size}x24; $repeats interleaved runs each, $seconds s measured after $warmup s of warm-up."
  echo "CPU: % of one core, the subject's processes + its X server. PSS, USS: MiB, summed over the subject's processes (the X server apart)."
  printf '%-28s %15s %15s %15s %7s %7s %6s\n' "" "CPU total" "CPU median" "PSS subject" "USS" "PSS X" "procs"
  printf '%-28s %7s %7s %7s %7s %7s %7s %7s %7s %6s\n' "" min median app X min median median median ""
  for s in "${subjects[@]}"; do
    read -r c_min c_med <<<"$(stats "$s" 5)"
    read -r _ a_med <<<"$(stats "$s" 3)"
    read -r _ x_med <<<"$(stats "$s" 4)"
    read -r p_min p_med <<<"$(stats "$s" 6)"
    read -r _ xp_med <<<"$(stats "$s" 7)"
    read -r _ n_med <<<"$(stats "$s" 9)"
    read -r _ u_med <<<"$(stats "$s" 14)"
    awk -v l="${label[$s]}" -v a="$c_min" -v b="$c_med" -v c="$a_med" -v d="$x_med" -v e="$p_min" -v f="$p_med" -v g="$xp_med" \
      -v u="$u_med" -v n="$n_med" \
      'BEGIN { printf "%-28s %6.2f%% %6.2f%% %6.2f%% %6.2f%% %7.1f %7.1f %7.1f %7.1f %6d\n", l, a, b, c, d, e, f, u, g, n }'
  done
  [ -z "$console_note" ] || printf '%-28s %s\n' "${label[console]}" "$console_note"
  ratio() {  # label, subject a, subject b: ratios of the medians of CPU total and of PSS
    local ca cb pa pb
    read -r _ ca <<<"$(stats "$2" 5)"; read -r _ cb <<<"$(stats "$3" 5)"
    read -r _ pa <<<"$(stats "$2" 6)"; read -r _ pb <<<"$(stats "$3" 6)"
    awk -v l="$1" -v ca="$ca" -v cb="$cb" -v pa="$pa" -v pb="$pb" \
      'BEGIN { printf "%-28s CPU total %5.2fx   PSS %5.2fx   (medians)\n", l, (cb > 0 ? ca / cb : 0), (pb > 0 ? pa / pb : 0) }'
  }
  ratio "atelier / chromium" wall chromium
  ratio "atelier / minimal window" wall minimal
  ratio "console window / wall" console wall
  ratio "console over the wall / wall" overlay wall
  sa=$(median "${start_a[@]}") sb=$(median "${start_b[@]}")
  awk -v a="$sa" -v b="$sb" 'BEGIN { printf "%-36s atelier %6.0f ms   minimal window %6.0f ms   %5.2fx\n", "start to first frame (median of 7)", a, b, a / b }'
  if [ -z "$key_note" ] && [ -n "${key_a:-}" ] && [ -n "${key_b:-}" ]; then
    awk -v a="$key_a" -v b="$key_b" -v ch="$key_a_changed" -v n="$key_a_n" -v k="$key_presses" 'BEGIN {
      printf "%-36s atelier %6.1f ms   minimal window %6.1f ms   %5.2fx  (%d of %d presses changed the wall)\n",
             "key to next frame (median of " k ")", a, b, a / b, ch, n }'
  else
    printf '%-36s %s\n' "key to next frame" "${key_note:-not measured: the probe failed (see the log)}"
  fi
  "$PWD/build/app/atelier_save_bench" 200
} | tee "$work/table"
{ echo; cat "$work/table"; } >>"$log"
echo "per-run figures: $log$(command -v import >/dev/null && echo "; what each subject showed: ${log%.log}-*.png")"
