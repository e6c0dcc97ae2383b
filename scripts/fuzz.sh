#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz from their corpus (the shipped
# files and tests/fuzz/corpus/TARGET) and prints a table of what they did.
#
#   scripts/fuzz.sh BUILD TARGET [SECONDS]    one target (the test suite: 4 s each)
#   scripts/fuzz.sh BUILD all SECONDS         every target in turn: the campaign
#   scripts/fuzz.sh BUILD state,commands 600  a list of targets
#
# BUILD is the fuzz build (build/fuzz from the main build, or a build
# configured with -DATELIER_FUZZ=ON). Environment:
#   FUZZ_JOBS=2       targets run at the same time (default 1); run under `nice -n 10`
#   FUZZ_LARGE=1      the file and command-line targets take inputs up to 1 MiB
#                     (-max_len), from seeds nested past the depth limit, with a
#                     text past the length limit and padded to near 1 MiB: the
#                     sizes the limits in app/core/limits.hpp are there for
#   FUZZ_WORK=DIR     keep each target's grown corpus and logs in DIR/TARGET
#                     (default: a temporary directory, removed at the end)
# A finding stops its target, prints the trap's message and keeps the
# reproducer in BUILD; the script then exits 1. Reproduce with
#   BUILD/tests/fuzz/fuzz_TARGET BUILD/crash-…
set -uo pipefail
build=$(cd "$1" && pwd) || exit 2
which=$2 seconds=${3:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
all_targets="method state keymap settings group commands send keys remote"
[ "$which" = all ] && which=$all_targets
targets=${which//,/ }

# Seeds for a target: the files Atelier ships or saves, and the corpus kept in
# the tree (tests/fuzz/corpus/TARGET); tests/fuzz/dicts/TARGET.dict names the
# fields and values a mutation should try.
seed() {
  local target=$1 dir=$2
  case $target in
    method) cp "$root"/config/methods/*.json "$dir"/ ;;
    keymap) cp "$root"/config/keys.json "$dir"/ ;;
    settings) cp "$root"/config/settings.json "$dir"/ ;;
    group) cp "$root"/config/sample-group.json "$dir"/ ;;
    state) cp "$root"/tests/fuzz/seeds/*.json "$dir"/ ;;
    commands|send|keys|remote)
      # Their inputs are drawn by FuzzedDataProvider: random bytes draw every
      # command and argument alike, where mutated short inputs repeat the first
      # few. Not for the test suite's short runs: the corpus alone fills them.
      if [ "$seconds" -ge 60 ]; then
        for i in $(seq 32); do head -c $((RANDOM % 1024 + 1)) /dev/urandom > "$dir/random-$i"; done
      fi ;;
    *) echo "unknown target $target (one of: $all_targets)" >&2; return 2 ;;
  esac
  if [ -d "$root/tests/fuzz/corpus/$target" ]; then cp "$root/tests/fuzz/corpus/$target"/* "$dir"/ 2>/dev/null; fi
  [ "${FUZZ_LARGE:-0}" = 1 ] && large_seeds "$target" "$dir"
  return 0
}

# Seeds at the limits, made here rather than kept in the tree (a MiB each):
# one file of the target's own nested one level under and one over the depth
# limit, one with a text one byte over the length limit, one padded with
# spaces to near 1 MiB (valid JSON, to be refused or read by its size).
large_seeds() {
  local target=$1 dir=$2 good
  case $target in method|keymap|settings|group|state) ;; send) ;; *) return 0 ;; esac
  good=$(ls "$dir"/*.json 2>/dev/null | head -1)
  local open31 close31 open33 close33 long
  open31=$(printf '[%.0s' $(seq 31)) close31=$(printf ']%.0s' $(seq 31))
  open33=$(printf '{"a":%.0s' $(seq 33)) close33=$(printf '}%.0s' $(seq 33))
  long=$(head -c 16385 /dev/zero | tr '\0' a)
  printf '%s%s%s' "$open31" "${good:+$(cat "$good")}" "$close31" > "$dir/large-depth-31"
  printf '%s1%s' "$open33" "$close33" > "$dir/large-depth-33"
  printf '{"name": "%s"}' "$long" > "$dir/large-long-text"
  if [ "$target" = send ]; then
    printf '["next", "%s"]\n' "$long" > "$dir/large-long-arg"
    printf '["next"%s]\n' "$(printf ', "a"%.0s' $(seq 65))" > "$dir/large-65-args"
  elif [ -n "$good" ]; then
    { cat "$good"; head -c $((1000 * 1024)) /dev/zero | tr '\0' ' '; } > "$dir/large-padded"
  fi
}

# Runs one target; leaves its log and a one-line summary in its directory.
run() {
  local target=$1 dir=$2 max_len len_control=100
  mkdir -p "$dir/corpus" && seed "$target" "$dir/corpus" || return 2
  # Command sequences need bytes from the start; files grow from small edits of the seeds.
  case $target in state) max_len=20000 ;; method|keymap|settings|group) max_len=16384 ;; *) max_len=1024 len_control=0 ;; esac
  if [ "${FUZZ_LARGE:-0}" = 1 ]; then
    case $target in state|method|keymap|settings|group|send) max_len=1048576 ;; esac
  fi
  # Any undefined behaviour in Atelier's code stops the run and fails it.
  export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$root/tests/fuzz/ubsan.supp"
  # A campaign spends most of ASan's time recording where each block was
  # allocated and filling it: shorter allocation stacks, no fill (a finding
  # still stops at the faulty access; replay it without these for the whole story).
  [ "$seconds" -ge 60 ] && export ASAN_OPTIONS="${ASAN_OPTIONS:-malloc_context_size=4:max_malloc_fill_size=0}"
  local start end status dict=()
  # The target's own words, and what hostile files hold (libFuzzer takes one dictionary).
  case $target in
    state|method|keymap|settings|group|send)
      cat "$root/tests/fuzz/dicts/$target.dict" "$root/tests/fuzz/dicts/hostile.dict" > "$dir/dict" 2>/dev/null
      dict=(-dict="$dir/dict") ;;
    *) [ -f "$root/tests/fuzz/dicts/$target.dict" ] && dict=(-dict="$root/tests/fuzz/dicts/$target.dict") ;;
  esac
  start=$(date +%s.%N)
  # Crash reproducers land in the target's directory, not in the source tree.
  (cd "$dir" && "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=$max_len -len_control=$len_control -timeout="${FUZZ_TIMEOUT:-10}" \
     "${dict[@]}" -print_final_stats=1 corpus > log 2>&1)
  status=$?
  end=$(date +%s.%N)
  local execs cov ft findings
  execs=$(grep -o 'number_of_executed_units: *[0-9]*' "$dir/log" | grep -o '[0-9]*$')
  cov=$(grep -o 'cov: [0-9]*' "$dir/log" | tail -1 | grep -o '[0-9]*')
  ft=$(grep -o 'ft: [0-9]*' "$dir/log" | tail -1 | grep -o '[0-9]*')
  findings=$(find "$dir" -maxdepth 1 \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
  [ $status -ne 0 ] && [ "$findings" -eq 0 ] && findings=1
  echo "$target ${execs:-0} $(awk "BEGIN { print $end - $start }") ${cov:--} ${ft:--} $findings" > "$dir/summary"
  if [ $status -ne 0 ]; then
    echo "---- $target: finding ----"
    grep -A3 "atelier fuzz trap" "$dir/log" || grep -E -A12 "ERROR|SUMMARY" "$dir/log" | head -40
    cp "$dir"/crash-* "$dir"/leak-* "$dir"/timeout-* "$dir"/oom-* "$build"/ 2>/dev/null && echo "reproducer kept in $build"
  fi
  return $status
}

work=${FUZZ_WORK:-}
if [ -z "$work" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
export -f run seed large_seeds
export build root seconds all_targets
printf '%s\n' $targets | xargs -P "${FUZZ_JOBS:-1}" -I{} bash -c 'run "$1" "$2/$1"' _ {} "$work"
status=$?

printf '\n%-9s %12s %9s %9s %7s %7s %9s\n' target executions seconds exec/s cov ft findings
total_execs=0 total_seconds=0 total_findings=0
for target in $targets; do
  [ -f "$work/$target/summary" ] || { echo "$target: did not run"; status=1; continue; }
  read -r name execs secs cov ft findings < "$work/$target/summary"
  printf '%-9s %12d %9.0f %9.0f %7s %7s %9d\n' "$name" "$execs" "$secs" "$(awk "BEGIN { print $execs / ($secs > 0 ? $secs : 1) }")" "$cov" "$ft" "$findings"
  total_execs=$((total_execs + execs)) total_findings=$((total_findings + findings))
  total_seconds=$(awk "BEGIN { print $total_seconds + $secs }")
done
printf '%-9s %12d %9.0f %9s %7s %7s %9d\n' total "$total_execs" "$total_seconds" "" "" "" "$total_findings"
[ $status -eq 0 ] && [ $total_findings -eq 0 ]
