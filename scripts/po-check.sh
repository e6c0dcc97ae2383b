#!/bin/sh
# The catalogs are complete: every text the code marks (NC_, NPC_) is in the
# template and translated, not fuzzy, in every language; each compiles with
# msgfmt --check. Run by CTest; usable by hand: scripts/po-check.sh [tmpdir]
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="${1:-$(mktemp -d)}"
mkdir -p "$tmp"
cd "$root"
xgettext --from-code=UTF-8 --language=C++ --keyword= --keyword=NC_:1c,2 --keyword=NPC_:1c,2,3 \
  -o "$tmp/from-code.pot" $(find app -name '*.cpp' | sort)
status=0
# A text of the code missing from the template (scripts/po-extract.sh not run).
msgcmp --use-untranslated po/atelier.pot "$tmp/from-code.pot" || { echo "po/atelier.pot lacks texts of the code: run scripts/po-extract.sh"; status=1; }
for lang in fr en de es nl qps; do
  # Missing, untranslated and fuzzy entries all count as missing here.
  msgcmp "po/$lang.po" "$tmp/from-code.pot" || { echo "po/$lang.po: texts missing, untranslated or fuzzy (above)"; status=1; }
  msgfmt --check --output-file=/dev/null "po/$lang.po" || { echo "po/$lang.po: msgfmt --check refuses it"; status=1; }
  if msgattrib --only-fuzzy --no-obsolete "po/$lang.po" | grep -q '^msgid'; then echo "po/$lang.po: fuzzy entries"; status=1; fi
done
exit $status
