#!/usr/bin/env bash
# No test writes into the source tree (an imgui.ini once landed at its root).
# Run by CTest as a fixture around every test: `before` records the tree's
# state, `after` (once every test of the run is over) fails when a file was
# added, changed or removed since. What is git-ignored (the build folders) is
# not the tree. Skipped (77) where the sources are not a git checkout.
#   source_tree_test.sh before|after SOURCE_DIR RECORD_FILE
set -euo pipefail
mode=${1:?usage: source_tree_test.sh before|after SOURCE_DIR RECORD_FILE}
src=${2:?}
record=${3:?}

# safe.directory: the tests may run as another user than the checkout's owner (root in CI).
g() { git -c safe.directory="$src" -C "$src" --no-optional-locks "$@"; }
if ! g rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "not a git checkout: skipped"
  exit 77
fi

# Every path that differs from the last commit, or is untracked, with a hash
# of its content: a test that rewrites a file already edited shows too.
state() {
  g status --porcelain=v1 -z --untracked-files=all | tr '\0' '\n' | while IFS= read -r line; do
    [ -z "$line" ] && continue
    path=${line:3}
    if [ -f "$src/$path" ]; then
      echo "${line:0:2} $path $(g hash-object --no-filters -- "$path")"
    else
      echo "${line:0:2} $path"
    fi
  done | sort
}

case "$mode" in
  before)
    state > "$record"
    ;;
  after)
    [ -f "$record" ] || { echo "no record of the tree before the tests ($record)" >&2; exit 1; }
    now=$(state)
    if ! diff_out=$(diff <(cat "$record") <(printf '%s\n' "$now" | sed '/^$/d')); then
      echo "the test run changed the source tree ($src):" >&2
      printf '%s\n' "$diff_out" | sed -n 's/^> /  now:    /p; s/^< /  before: /p' >&2
      exit 1
    fi
    echo "the source tree is as it was before the tests"
    ;;
  *)
    echo "usage: source_tree_test.sh before|after SOURCE_DIR RECORD_FILE" >&2
    exit 2
    ;;
esac
