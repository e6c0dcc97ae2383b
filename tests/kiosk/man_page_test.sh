#!/bin/sh
# Every long option that `atelier --help` lists appears in the man page, and
# the page renders without a groff warning.  man_page_test.sh ATELIER PAGE
set -eu
bin=$1 page=$2
missing=0
for opt in $("$bin" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
  escaped=$(printf '%s' "$opt" | sed 's/-/\\\\-/g')   # roff writes --x as \-\-x
  if ! grep -q -- "$escaped" "$page"; then
    echo "not in $page: $opt" >&2
    missing=1
  fi
done
warnings=$(man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
[ -z "$warnings" ] || { echo "$warnings" >&2; exit 1; }
exit $missing
