#!/bin/sh
# Extracts every translatable text of the code into po/atelier.pot, merges it
# into each language's catalog (new texts come in untranslated: the catalog
# test then fails until a translator fills them), and regenerates the
# pseudo-language. Needs Debian's gettext and python3.
#
#   scripts/po-extract.sh
#
# Texts are marked in app/ as NC_("context", "English text") and
# NPC_("context", "singular", "plural") (app/core/catalog.hpp).
set -eu
cd "$(dirname "$0")/.."
xgettext --from-code=UTF-8 --language=C++ --sort-by-file --add-comments=TRANSLATORS: \
  --keyword= --keyword=NC_:1c,2 --keyword=NPC_:1c,2,3 \
  --package-name=atelier --msgid-bugs-address=atelier@codev.invalid \
  -o po/atelier.pot $(find app -name '*.cpp' | sort)
# No dates in the template: it changes only when the texts do.
sed -i '/^"POT-Creation-Date:/d' po/atelier.pot
for po in po/fr.po po/en.po po/de.po po/es.po po/nl.po; do
  msgmerge --quiet --update --backup=none --no-fuzzy-matching --no-wrap "$po" po/atelier.pot
done
python3 scripts/po-pseudo.py po/atelier.pot po/qps.po
