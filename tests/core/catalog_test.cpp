// The catalogs (po/*.po, compiled in): every language translates every text,
// plural forms follow each language's rule, French elision stays French, and
// a broken catalog is refused without losing the words already there.
#include "core/catalog.hpp"

#include <doctest/doctest.h>

#include "core/i18n.hpp"
#include "core/i18n_console.hpp"
#include "core/record.hpp"
#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

TEST_CASE("catalog: every language translates every text of the wall, the help and the console") {
    std::vector<Msg> msgs = all_fixed_msgs();
    const std::vector<Msg> console = all_console_msgs();
    msgs.insert(msgs.end(), console.begin(), console.end());
    REQUIRE(msgs.size() > 200);
    for (size_t l = 0; l < kLangCount; ++l) {
        const Lang lang = static_cast<Lang>(l);
        CAPTURE(lang_id(lang));
        int missing = 0;
        for (const Msg& m : msgs)
            if (!has_translation(lang, m)) {
                MESSAGE("no translation of \"", m.id, "\" (", m.context, ")");
                ++missing;
            }
        CHECK(missing == 0);
    }
}

TEST_CASE("catalog: each language speaks its own words, typography included") {
    CHECK(std::string(tr(Lang::fr, Word::next)) == "Suivant\u202F:");
    CHECK(std::string(tr(Lang::en, Word::next)) == "Next:");
    CHECK(std::string(tr(Lang::de, Word::role_client)) == "Fallgeber:in");
    CHECK(std::string(tr(Lang::nl, Word::role_client)) == "Inbrenger");
    CHECK(std::string(tr(Lang::es, Word::role_consultant)) == "Consultor");
    CHECK(std::string(tr(Lang::es, Word::confirm_quit)).rfind("\u00BF", 0) == 0);  // ¿…?
    CHECK(std::string(tr(Lang::de, Word::blank_hint)).find("\u201E.\u201C") != std::string::npos);  // „.“
    CHECK(record_labels(Lang::de).contract == std::string("Schlüsselfrage"));
    CHECK(record_labels(Lang::nl).request == std::string("Casus van de inbrenger"));
    CHECK(std::string(tr(Lang::qps, Word::step)).find("Š") != std::string::npos);
}

TEST_CASE("catalog: French elides \"de\" before a vowel; Spanish and the others do not") {
    CHECK(fill(Lang::fr, tr(Lang::fr, Word::board_plan), "Ana") == "Plan d’action d’Ana");
    CHECK(fill(Lang::es, tr(Lang::es, Word::board_plan), "Ana") == "Plan de acción de Ana");
    CHECK(fill(Lang::es, "de {}", "Ana") == "de Ana");
    CHECK(fill(Lang::nl, tr(Lang::nl, Word::board_plan), "Ella") == "Actieplan van Ella");
}

TEST_CASE("catalog: a number takes each language's plural form (French: 0 and 1 are singular)") {
    CHECK(console_fill_n(Lang::fr, CWord::forget_earlier_plans, 1) == "les plans de 1 atelier précédent");
    CHECK(console_fill_n(Lang::fr, CWord::forget_earlier_plans, 0) == "les plans de 0 atelier précédent");
    CHECK(console_fill_n(Lang::fr, CWord::forget_earlier_plans, 3) == "les plans de 3 ateliers précédents");
    CHECK(console_fill_n(Lang::en, CWord::forget_earlier_plans, 0) == "the plans of 0 earlier ateliers");
    CHECK(console_fill_n(Lang::en, CWord::forget_earlier_plans, 1) == "the plans of 1 earlier atelier");
    CHECK(console_fill_n(Lang::de, CWord::forget_this_plan, 1).find("(1 Maßnahme)") != std::string::npos);
    CHECK(console_fill_n(Lang::de, CWord::forget_this_plan, 4).find("(4 Maßnahmen)") != std::string::npos);
    CHECK(console_fill_n(Lang::es, CWord::forget_earlier_texts, 2).find("2 sesiones anteriores") != std::string::npos);
    CHECK(console_fill_n(Lang::nl, CWord::forget_earlier_texts, 1).find("1 eerdere sessie") != std::string::npos);
}

TEST_CASE("catalog: bytes that are not a catalog are refused and the built-in words stay") {
    const std::string before = tr(Lang::de, Word::step);
    CHECK_FALSE(install_catalog(Lang::de, {}).empty());
    CHECK_FALSE(install_catalog(Lang::de, std::vector<char>(64, 'x')).empty());
    // The right magic number, then nonsense: Boost.Locale's own checks refuse it.
    std::vector<char> damaged(64, '\xff');
    damaged[0] = '\xde', damaged[1] = '\x12', damaged[2] = '\x04', damaged[3] = '\x95';
    CHECK_FALSE(install_catalog(Lang::de, damaged).empty());
    CHECK(tr(Lang::de, Word::step) == before);
}
