// The typed status of what the wall shows, and its JSON: what every remote
// transport sends. Content (the request, the plan) only when allowed.
#include "core/status.hpp"

#include <doctest/doctest.h>

#include "core/json_fields.hpp"
#include "core/i18n.hpp"
#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {
json::rj::Document parsed(const std::string& text) {
    json::rj::Document dom;
    dom.Parse(text.c_str());
    return dom;
}
Status status_at(const Session& s, int64_t now, bool content) { return status_of(s, wall_model(s, now, 0), now, content); }
}  // namespace

TEST_CASE("status: the JSON says the step, the time left, the phase, the speaker and what Next does, on one line") {
    Session s = apply(session_of(), cmd::StartPause{}, kT0);
    const std::string text = status_json(status_at(s, kT0 + 61 * kSec, false));
    CHECK(text.find('\n') == std::string::npos);
    const auto dom = parsed(text);
    REQUIRE(dom.IsObject());
    CHECK(std::string(dom["step_name"].GetString()) == "presentation");
    CHECK(dom["remaining_ms"].GetInt64() == 9 * kMin - kSec);
    CHECK(std::string(dom["timer"].GetString()) == "08:59");
    CHECK(std::string(dom["phase"].GetString()) == "running");
    CHECK(std::string(dom["speaker"].GetString()) == "Amélie");
    CHECK(std::string(dom["next"].GetString()).find("Étape") != std::string::npos);
    CHECK(dom["people"].Size() == 5);
    CHECK(std::string(dom["lang"].GetString()) == "fr");
}

TEST_CASE("status: the client's request and plan go out only when allowed") {
    Session s = apply(session_of(), cmd::SetRequest{"Comment déléguer ?"}, kT0);
    const auto hidden = parsed(status_json(status_at(s, kT0, false)));
    CHECK_FALSE(hidden["content"].GetBool());
    CHECK_FALSE(hidden.HasMember("request"));
    CHECK_FALSE(hidden.HasMember("plan"));
    const auto shown = parsed(status_json(status_at(s, kT0, true)));
    CHECK(std::string(shown["request"].GetString()) == "Comment déléguer ?");
    // Between the room language's quotation marks, as the wall shows it (the viewer page draws it so).
    CHECK(std::string(shown["request_quoted"].GetString()) == "«\u202FComment déléguer ?\u202F»");
    s.lang = Lang::de;
    CHECK(status_at(s, kT0, true).request_quoted == "„Comment déléguer ?“");
}

TEST_CASE("status: the buttons the reducer would refuse now come with the console's reason") {
    const Session s = session_of();
    const auto dom = parsed(status_json(status_at(s, kT0, false)));
    // A client step: nobody passes there; at the first speaker of the first step there is no previous.
    REQUIRE(dom["refused"].IsObject());
    CHECK(std::string(dom["refused"]["pass"].GetString()) == tr(Lang::fr, Why::not_a_turn_step));
    CHECK(std::string(dom["refused"]["previous"].GetString()) == tr(Lang::fr, Why::no_previous));
    CHECK_FALSE(dom["refused"].HasMember("next"));
}

TEST_CASE("status: a break and a message are in the status, as text and as JSON") {
    Session s = apply(session_of(), cmd::StartBreak{kT0 + 10 * kMin}, kT0);
    s = apply(s, cmd::SetMessage{"Café au fond"}, kT0);
    const Status st = status_at(s, kT0 + kMin, false);
    CHECK(status_text(st).find("break_left: 09:00\n") != std::string::npos);
    CHECK(status_text(st).find("message: Café au fond\n") != std::string::npos);
    const auto dom = parsed(status_json(st));
    CHECK(dom["on_break"].GetBool());
    CHECK(dom["break_left_ms"].GetInt64() == 9 * kMin);
    CHECK(std::string(dom["message"].GetString()) == "Café au fond");
}

TEST_CASE("status: the Stream Deck tile says the step, the time left and who speaks — or why the time does not run") {
    Session s = apply(session_of(), cmd::StartPause{}, kT0);
    TimerTile t = timer_tile(status_at(s, kT0 + 61 * kSec, false));
    CHECK(t.big == "08:59");
    CHECK(t.phase == Phase::running);
    CHECK(t.bottom == "Amélie");
    CHECK(t.top.find("1 \u00B7 ") == 0);  // "1 · <the step's name>"
    // Paused: the word says it (never the colour alone).
    s = apply(s, cmd::StartPause{}, kT0 + 2 * kMin);
    t = timer_tile(status_at(s, kT0 + 3 * kMin, false));
    CHECK(t.phase == Phase::paused);
    CHECK(t.bottom == tr(Lang::fr, Phase::paused));
    CHECK(t.big == "08:00");
    // On a break: the break's word and its countdown, the step's time held below.
    s = apply(s, cmd::StartBreak{kT0 + 13 * kMin}, kT0 + 3 * kMin);
    s.lang = Lang::es;
    t = timer_tile(status_at(s, kT0 + 4 * kMin, false));
    CHECK(t.top == "Descanso");
    CHECK(t.big == "09:00");
    CHECK(t.bottom == "08:00");
    // Overtime keeps its "+".
    Session late = apply(session_of(), cmd::StartPause{}, kT0);
    t = timer_tile(status_at(late, kT0 + 11 * kMin, false));
    CHECK(t.big == "+01:00");
    CHECK(t.phase == Phase::overtime);
}
