#include "core/prepare_draft.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "core/i18n_console.hpp"
#include "core/invariant.hpp"
#include "core/reducer.hpp"
#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

// Preparing the next atelier in the console (Alt+4): what the facilitator
// types is a draft; starting it is one NewAtelier command.

namespace {

int index_of_method(const ConfigSet& config, const std::string& id) {
    for (size_t i = 0; i < config.methods.size(); ++i)
        if (config.methods[i].id == id) return static_cast<int>(i);
    return -1;
}

std::vector<int> shipped_minutes(const Method& m) {
    std::vector<int> out;
    for (const Step& s : m.steps) out.push_back(static_cast<int>(s.planned_ms / kMin));
    return out;
}

// The first in seating order never client in the series: who a facilitator expects next.
int first_not_yet_client(const Group& g) {
    for (size_t i = 0; i < g.participants.size(); ++i)
        if (!was_client(g, g.participants[i])) return static_cast<int>(i);
    return -1;
}

Session finished(Session s, int64_t now) {
    s = apply(s, cmd::JumpTo{static_cast<int>(s.method.steps.size()) - 1}, now);
    s = apply(s, cmd::StartPause{}, now);
    for (int i = 0; i < 40 && !s.finished; ++i) s = apply(s, cmd::Next{}, now += kMin);  // each speaker, then the summary
    REQUIRE(s.finished);
    return s;
}

}  // namespace

TEST_CASE("draft: prepared from the atelier on the wall, it carries on its group, series, method and language") {
    const ConfigSet config = load_config({}, "/nowhere");
    const Session s = apply(sample_session(config), cmd::SetLang{Lang::en}, kT0);
    const PrepareDraft d = draft_from_session(s, config);
    CHECK(d.continues_series);
    CHECK(d.group_name == s.group.name);
    CHECK(d.facilitator == s.group.facilitator);
    CHECK(d.participants == s.group.participants);
    CHECK(d.series_size == s.group.series_size);
    REQUIRE(d.method >= 0);
    CHECK(config.methods[static_cast<size_t>(d.method)].id == s.method.id);
    CHECK(d.minutes == shipped_minutes(config.methods[static_cast<size_t>(d.method)]));
    CHECK(d.lang == Lang::en);
    CHECK(d.client == -1);  // the suggestion until the facilitator picks someone
    CHECK_FALSE(d.dirty);
    // The series it starts with is the session's as it stands then, not a copy taken now.
    CHECK(draft_group(d, s).history == s.group.history);
}

TEST_CASE("draft: a new group starts with one empty row, the default method, and no series") {
    const ConfigSet config = load_config({}, "/nowhere");
    const PrepareDraft d = draft_new_group(config, Lang::fr);
    CHECK(d.participants == std::vector<std::string>{""});
    CHECK(d.group_name.empty());
    CHECK(d.history.empty());
    CHECK_FALSE(d.continues_series);
    CHECK(d.method == index_of_method(config, config.settings.method));
    CHECK(d.minutes == shipped_minutes(config.methods[static_cast<size_t>(d.method)]));
}

TEST_CASE("draft: a library group brings its people, its series and its method — an unknown method falls back to the default") {
    const ConfigSet config = load_config({}, "/nowhere");
    GroupFile file;
    file.group = group_of(4);
    file.group.history = {past("2026-09-15", "troika", "Amélie")};
    file.atelier_name = "Atelier 2";
    file.method_id = "troika";
    const PrepareDraft d = draft_from_group(file, "/groups/test.json", config, Lang::en);
    CHECK(d.source_path == "/groups/test.json");
    CHECK_FALSE(d.continues_series);
    CHECK(d.participants == file.group.participants);
    CHECK(d.history == file.group.history);
    CHECK(d.atelier_name == "Atelier 2");
    CHECK(d.method == index_of_method(config, "troika"));
    file.method_id = "a-method-removed-since";
    CHECK(draft_from_group(file, "", config, Lang::en).method == index_of_method(config, config.settings.method));
}

TEST_CASE("draft: choosing a method sets the minutes of each of its steps — an index that does not exist changes nothing") {
    const ConfigSet config = load_config({}, "/nowhere");
    PrepareDraft d = draft_new_group(config, Lang::fr);
    const int troika = index_of_method(config, "troika");
    draft_select_method(d, config, troika);
    CHECK(d.method == troika);
    CHECK(d.minutes == shipped_minutes(config.methods[static_cast<size_t>(troika)]));
    const PrepareDraft before = d;
    draft_select_method(d, config, static_cast<int>(config.methods.size()));
    draft_select_method(d, config, -1);
    CHECK(d == before);
}

TEST_CASE("draft: the chosen client follows their row when rows are inserted, moved and removed") {
    const ConfigSet config = load_config({}, "/nowhere");
    PrepareDraft d = draft_new_group(config, Lang::fr);
    d.participants = {"Anne", "Bruno", "Chloé"};
    d.client = 1;  // Bruno
    CHECK(draft_insert_row(d, -1) == 0);  // a row at the top
    CHECK(d.participants == std::vector<std::string>{"", "Anne", "Bruno", "Chloé"});
    CHECK(d.participants[static_cast<size_t>(d.client)] == "Bruno");
    CHECK(d.dirty);
    CHECK(draft_insert_row(d, 3) == 4);  // after the last
    CHECK(d.participants[static_cast<size_t>(d.client)] == "Bruno");
    draft_move_row(d, 2, 1);  // Bruno one down
    CHECK(d.participants == std::vector<std::string>{"", "Anne", "Chloé", "Bruno", ""});
    CHECK(d.participants[static_cast<size_t>(d.client)] == "Bruno");
    draft_move_row(d, 1, 2);  // Anne two down: over Bruno, who takes her place
    CHECK(d.participants == std::vector<std::string>{"", "Bruno", "Chloé", "Anne", ""});
    CHECK(d.participants[static_cast<size_t>(d.client)] == "Bruno");
    const PrepareDraft before = d;
    draft_move_row(d, 4, 1);  // past the end: nothing moves
    draft_move_row(d, 0, -1);
    CHECK(d == before);
    draft_remove_row(d, 0);
    CHECK(d.participants[static_cast<size_t>(d.client)] == "Bruno");
    draft_remove_row(d, d.client);  // the client's row gone: back to the suggestion
    CHECK(d.client == -1);
    CHECK(d.participants == std::vector<std::string>{"Chloé", "Anne", ""});
    for (int i = 0; i < 5; ++i) draft_remove_row(d, 0);
    CHECK(d.participants == std::vector<std::string>{""});  // always a row to type in
}

TEST_CASE("draft: the group starts without empty rows, names tidied, and the chosen row's person as client") {
    const ConfigSet config = load_config({}, "/nowhere");
    const Session s = sample_session(config);
    PrepareDraft d = draft_new_group(config, Lang::fr);
    d.group_name = "  Codév   Lyon  ";
    d.facilitator = " Sophie ";
    d.participants = {"  Anne  Roy ", "", "Bruno", "   ", "Chloé"};
    d.client = 2;  // Bruno: second in the group once the empty row is dropped
    const Group g = draft_group(d, s);
    CHECK(g.participants == std::vector<std::string>{"Anne Roy", "Bruno", "Chloé"});
    CHECK(g.facilitator == "Sophie");
    CHECK(g.name == "Codév Lyon");
    CHECK(draft_group_index(d, 0) == 0);
    CHECK(draft_group_index(d, 1) == -1);
    CHECK(draft_group_index(d, 2) == 1);
    CHECK(draft_group_index(d, 3) == -1);
    CHECK(draft_group_index(d, 4) == 2);
    CHECK(draft_group_index(d, 5) == -1);
    CHECK(draft_client(d, s) == 1);
    d.client = 3;  // an empty row chosen: the suggestion instead
    CHECK(draft_client(d, s) == first_not_yet_client(g));
}

TEST_CASE("draft: without a choice, the client is the atelier's own while it runs, then the first not yet client") {
    const ConfigSet config = load_config({}, "/nowhere");
    Session s = apply(sample_session(config), cmd::ChangeClient{3}, kT0);
    const PrepareDraft d = draft_from_session(s, config);
    CHECK(draft_client(d, s) == 3);  // preparing again the atelier under way
    s = finished(s, kT0 + kMin);
    CHECK(was_client(s.group, s.group.participants[3]));
    const int expected = first_not_yet_client(s.group);
    REQUIRE(expected >= 0);
    CHECK(expected != 3);
    CHECK(draft_client(d, s) == expected);  // the draft opened before the end reads the series as it is now
}

TEST_CASE("draft: starting is refused with the reason in the draft's language, and nothing is started") {
    const ConfigSet config = load_config({}, "/nowhere");
    const Session s = sample_session(config);
    for (const Lang lang : {Lang::fr, Lang::en}) {
        CAPTURE(static_cast<int>(lang));
        PrepareDraft d = draft_new_group(config, lang);
        d.group_name = "Groupe";
        d.participants = {"Anne", "Bo\x01" "b"};
        CHECK_FALSE(draft_result(d, config, s));
        CHECK(d.error.find(console_tr(lang, CWord::prepare_bad_name)) == 0);
        CHECK(d.error.find("Bo\x01" "b") != std::string::npos);
        d.participants = {"Anne", "Bruno", "Anne"};
        CHECK_FALSE(draft_result(d, config, s));
        CHECK(d.error.find(console_tr(lang, CWord::prepare_duplicate)) == 0);
        CHECK(d.error.find("Anne") != std::string::npos);
        d.participants = {"", ""};
        CHECK_FALSE(draft_result(d, config, s));
        CHECK(d.error == console_tr(lang, CWord::prepare_no_participant));
        d.participants = {"Anne", "Bruno"};
        d.method = static_cast<int>(config.methods.size());
        CHECK_FALSE(draft_result(d, config, s));
        CHECK(d.error == console_tr(lang, CWord::prepare_method));
        d.method = 0;
        CHECK(draft_result(d, config, s));
        CHECK(d.error.empty());  // fixed: the message goes
    }
}

TEST_CASE("draft: started, it is the atelier the facilitator typed: people, client, minutes, name and language") {
    const ConfigSet config = load_config({}, "/nowhere");
    const Session under_way = apply(sample_session(config), cmd::StartPause{}, kT0);
    PrepareDraft d = draft_new_group(config, Lang::en);
    d.group_name = "Troïka du jeudi";
    d.atelier_name = "  Atelier   1 ";
    d.participants = {"Anne", "", "Bruno", "Chloé"};
    d.client = 3;  // Chloé
    draft_select_method(d, config, index_of_method(config, "codev-2h30"));
    REQUIRE(d.minutes.size() >= 3);
    REQUIRE(d.minutes[0] > 1);
    d.minutes[0] = 0;        // at least a minute
    d.minutes[1] = 100'000;  // at most ten hours
    d.minutes[2] = 7;
    const std::optional<cmd::NewAtelier> start = draft_result(d, config, under_way);
    REQUIRE(start);
    CHECK(start->group.participants == std::vector<std::string>{"Anne", "Bruno", "Chloé"});
    CHECK(start->client == 2);
    CHECK(start->atelier_name == "Atelier 1");
    CHECK(start->lang == Lang::en);
    CHECK_FALSE(start->continues_series);
    CHECK_FALSE(start->replace);
    CHECK(start->method.steps[0].planned_ms == kMin);
    CHECK(start->method.steps[1].planned_ms == limits::kStepMs);
    CHECK(start->method.steps[2].planned_ms == 7 * kMin);
    for (const Step& step : start->method.steps) {
        CAPTURE(step.id);
        CHECK(step.warning_ms <= step.planned_ms);
        CHECK(step.danger_ms <= step.planned_ms);
    }
    CHECK(start->method.total_minutes ==
          static_cast<int>(planned_total_ms(start->method) / kMin) + start->method.margin_minutes);
    // Over an atelier under way it asks first; confirmed, it replaces it.
    CHECK(reduce(under_way, *start, kT0 + kMin).why == Why::under_way);
    const std::optional<cmd::NewAtelier> confirmed = draft_result(d, config, under_way, true);
    REQUIRE(confirmed);
    CHECK(confirmed->replace);
    const Outcome out = reduce(under_way, *confirmed, kT0 + kMin);
    REQUIRE(out.why == Why::ok);
    CHECK_FALSE(find_violation(out.session));
    CHECK(out.session.group.name == "Troïka du jeudi");
    CHECK(out.session.group.participants == start->group.participants);
    CHECK(out.session.client == 2);
    CHECK(out.session.lang == Lang::en);
    CHECK(out.session.method.steps[2].planned_ms == 7 * kMin);
    CHECK_FALSE(current_record(out.session).timer.started);
}
