#!/usr/bin/env bash
# Runs one loader's fuzz target for N seconds from a corpus seeded with the
# shipped files. The test suite runs each for a few seconds; for a longer run:
#   scripts/fuzz.sh build/fuzz state 600
set -uo pipefail
build=$(cd "$1" && pwd) target=$2 seconds=${3:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/corpus"
case $target in
  method) cp "$root"/config/methods/*.json "$work/corpus"/ ;;
  keymap) cp "$root"/config/keys.json "$work/corpus"/ ;;
  settings) cp "$root"/config/settings.json "$work/corpus"/ ;;
  group) cp "$root"/config/sample-group.json "$work/corpus"/ ;;
  state) cp "$root"/tests/fuzz/seeds/state*.json "$work/corpus"/ ;;
  *) echo "unknown target $target" >&2; exit 2 ;;
esac
# Any undefined behaviour in Atelier's code stops the run and fails it.
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$root/tests/fuzz/ubsan.supp"
cd "$work"  # crash reproducers land here, not in the source tree
"$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=16384 -timeout=5 -print_final_stats=1 \
  corpus > log 2>&1
status=$?
grep -E "stat::number_of_executed_units|ERROR|SUMMARY|Done [0-9]+ runs" log
if [ $status -ne 0 ]; then
  tail -40 log
  cp crash-* leak-* timeout-* "$build"/ 2>/dev/null && echo "reproducers kept in $build"
fi
exit $status
