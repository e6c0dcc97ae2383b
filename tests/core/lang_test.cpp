// A language is an id: parsed in one place, saved as its id, chosen from the
// console, `atelier send`, settings.json; the wall's L key proposes, Enter confirms.
#include "core/lang.hpp"

#include <doctest/doctest.h>

#include "core/config_set.hpp"
#include "core/key_routing.hpp"
#include "core/send_protocol.hpp"
#include "core/settings.hpp"
#include "core/state_io.hpp"
#include "core/wall_model.hpp"
#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

TEST_CASE("lang: every shipped id reads back as itself — anything else is refused") {
    for (size_t i = 0; i < kLangCount; ++i) {
        const Lang l = static_cast<Lang>(i);
        CHECK(lang_from_id(lang_id(l)) == l);
    }
    CHECK_FALSE(lang_from_id("de_DE").has_value());
    CHECK_FALSE(lang_from_id("FR").has_value());
    CHECK_FALSE(lang_from_id("").has_value());
    CHECK(lang_ids_list() == "fr, en, de, es, nl, qps");
}

TEST_CASE("lang: a text shows the room's language, else French, else English, else what there is") {
    Text t;
    t[Lang::de] = "Schlüsselfrage";
    CHECK(t.in(Lang::de) == "Schlüsselfrage");
    CHECK(t.in(Lang::fr) == "Schlüsselfrage");  // a German preset on a French wall speaks German
    t[Lang::en] = "Key question";
    CHECK(t.in(Lang::nl) == "Key question");
    t[Lang::fr] = "Question clé";
    CHECK(t.in(Lang::nl) == "Question clé");
}

TEST_CASE("lang: each language its quotation marks") {
    CHECK(quoted(Lang::fr, "x") == "\u00AB\u202Fx\u202F\u00BB");
    CHECK(quoted(Lang::de, "x") == "\u201Ex\u201C");
    CHECK(quoted(Lang::es, "x") == "\u00ABx\u00BB");
    CHECK(quoted(Lang::nl, "x") == "\u201Cx\u201D");
    CHECK(quoted(Lang::en, "x") == "\u201Cx\u201D");
}

TEST_CASE("lang: the L key proposes the next language of the cycle — only Enter switches the wall") {
    Session s = session_of();
    s = apply(s, cmd::SetRules{2000, false, true, {Lang::fr, Lang::de, Lang::nl}}, kT0);
    const Outcome proposed = reduce(s, cmd::ToggleLang{}, kT0);
    CHECK(proposed.session.lang == Lang::fr);  // not yet
    CHECK(proposed.session.pending == Pending::language);
    CHECK(proposed.session.proposed_lang == Lang::de);
    CHECK(wall_model(proposed.session, kT0, LocalTime{}).confirm_prompt.find("Deutsch") != std::string::npos);
    // L again proposes the one after; any other command withdraws it.
    const Session again = apply(proposed.session, cmd::ToggleLang{}, kT0);
    CHECK(again.proposed_lang == Lang::nl);
    CHECK(apply(again, cmd::ToggleLang{}, kT0).proposed_lang == Lang::fr);
    CHECK(apply(again, cmd::Next{}, kT0).pending == Pending::none);
    CHECK(apply(again, cmd::Next{}, kT0).lang == Lang::fr);
    CHECK(apply(again, cmd::Cancel{}, kT0).lang == Lang::fr);
    const Session switched = apply(again, cmd::Confirm{}, kT0);
    CHECK(switched.lang == Lang::nl);
    CHECK(switched.pending == Pending::none);
}

TEST_CASE("lang: keys while a language is proposed: L proposes the next, Enter confirms, another key cancels") {
    const ConfigSet config = load_config({}, "/nowhere");
    Session s = apply(session_of(), cmd::ToggleLang{}, kT0);
    REQUIRE(s.pending == Pending::language);
    const KeyContext wall{};
    const auto letter = [](char c) { return KeyPress{c - 'a' + 'A', 0, static_cast<char32_t>(c), static_cast<char32_t>(c)}; };
    CHECK(std::holds_alternative<cmd::ToggleLang>(*route_key(wall, letter('l'), config.keys, s, 0).command));
    CHECK(std::holds_alternative<cmd::Confirm>(*route_key(wall, KeyPress{kKeyEnter, 0, 0, 0}, config.keys, s, 0).command));
    CHECK(std::holds_alternative<cmd::Cancel>(*route_key(wall, letter('n'), config.keys, s, 0).command));
}

TEST_CASE("lang: a cycle of one language offers nothing to switch to") {
    Session s = apply(session_of(), cmd::SetRules{2000, false, true, {Lang::fr}}, kT0);
    const Outcome o = reduce(s, cmd::ToggleLang{}, kT0);
    CHECK(o.why == Why::already_there);
    CHECK(o.session.pending == Pending::none);
}

TEST_CASE("lang: the language and the cycle are saved as ids, the proposal is not") {
    Session s = apply(session_of(), cmd::SetRules{2000, false, true, {Lang::es, Lang::fr}}, kT0);
    s = apply(s, cmd::SetLang{Lang::es}, kT0);
    s = apply(s, cmd::ToggleLang{}, kT0);
    const std::string text = state_to_json(s, kT0);
    CHECK(text.find("\"lang\": \"es\"") != std::string::npos);
    const Parsed<SavedState> back = parse_state(text, "state.json");
    REQUIRE_MESSAGE(back.ok(), back.error.message());
    CHECK(back.value->session.lang == Lang::es);
    CHECK(back.value->session.rules.languages == std::vector<Lang>{Lang::es, Lang::fr});
    CHECK(back.value->session.pending == Pending::none);
}

TEST_CASE("lang: atelier send language takes any shipped id and names them when it is not one") {
    const Session s = session_of();
    const ConfigSet config = load_config({}, "/nowhere");
    const SendAction de = resolve_request({"language", "de"}, s, config, 0);
    REQUIRE(std::holds_alternative<Command>(de));
    CHECK(std::get<cmd::SetLang>(std::get<Command>(de)).lang == Lang::de);
    const SendAction bad = resolve_request({"language", "klingon"}, s, config, 0);
    REQUIRE(std::holds_alternative<SendError>(bad));
    CHECK(std::get<SendError>(bad).message.find("fr, en, de, es, nl") != std::string::npos);
}

TEST_CASE("lang: settings.json names the wall's language and the L key’s cycle — an unknown id is an error naming the ids") {
    const SettingsRead ok = parse_settings(R"({"lang": "nl", "languages": ["nl", "fr", "nl"]})", "settings.json");
    CHECK(ok.errors.empty());
    CHECK(ok.settings.lang == Lang::nl);
    CHECK(ok.settings.languages == std::vector<Lang>{Lang::nl, Lang::fr});
    const SettingsRead bad = parse_settings(R"({"lang": "de-CH", "languages": ["fr", "xx"]})", "settings.json");
    REQUIRE(bad.errors.size() == 2);
    CHECK(bad.errors[0].field == "lang");
    CHECK(bad.errors[0].reason.find("fr, en, de, es, nl") != std::string::npos);
    CHECK(bad.errors[1].field == "languages");
    CHECK(bad.settings.lang == Lang::fr);
    CHECK(bad.settings.languages == std::vector<Lang>{Lang::fr, Lang::en});
}

TEST_CASE("lang: a schema-3 state file (before the languages were ids) loads with the same meaning") {
    Session s = apply(session_of(), cmd::SetLang{Lang::en}, kT0);
    std::string text = state_to_json(s, kT0);
    // What Atelier wrote before schema 4: no German, Spanish, Dutch texts, no cycle.
    const std::string now = "\"schema\": " + std::to_string(kStateSchema);
    text.replace(text.find(now), now.size(), "\"schema\": 3");
    // Schema 3 readers skip the schema-4 fields ("de", "languages"...): they are left in the text, unread.
    const Parsed<SavedState> back = parse_state(text, "state.json");
    REQUIRE_MESSAGE(back.ok(), back.error.message());
    CHECK(back.value->session.lang == Lang::en);
    CHECK(back.value->session.method.name.in(Lang::en) == s.method.name.in(Lang::en));
    CHECK(back.value->session.rules.languages == std::vector<Lang>{Lang::fr, Lang::en});
}

TEST_CASE("lang: a browser's Accept-Language picks the language it prefers among the room's") {
    CHECK(lang_from_accept_language("de-CH,de;q=0.9,en;q=0.8") == Lang::de);
    CHECK(lang_from_accept_language("en-US,en;q=0.9,fr;q=0.8") == Lang::en);
    CHECK(lang_from_accept_language("ja,nl-BE;q=0.7,fr;q=0.6") == Lang::nl);   // Japanese is not spoken here: Flemish next
    CHECK(lang_from_accept_language("fr;q=0.5, es;q=0.9") == Lang::es);         // quality, not order
    CHECK(lang_from_accept_language("FR-be") == Lang::fr);                      // any case
    CHECK(lang_from_accept_language("es;q=0, en;q=0.1") == Lang::en);           // q=0 means "not this one"
    CHECK_FALSE(lang_from_accept_language(""));
    CHECK_FALSE(lang_from_accept_language("*"));
    CHECK_FALSE(lang_from_accept_language("ja, zh-CN;q=0.8"));
    CHECK_FALSE(lang_from_accept_language("qps"));                              // the pseudo-language is a layout check
    CHECK_FALSE(lang_from_accept_language(";;,,;q=,q=2"));                      // nonsense is no language, not a crash
    CHECK(lang_from_accept_language(std::string(5000, ',') + "de") == std::nullopt);  // read in part, never whole
}
