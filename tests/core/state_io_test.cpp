#include "core/state_io.hpp"

#include <doctest/doctest.h>

#include "core/config_set.hpp"
#include "core/wall_model.hpp"
#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

// Everything the wall and the summary show must come back identical.
void check_same(const Session& a, const Session& b, int64_t now) {
    CHECK(state_to_json(a, 0) == state_to_json(b, 0));
    const WallModel wa = wall_model(a, now, 0), wb = wall_model(b, now, 0);
    CHECK(wa.timer_text == wb.timer_text);
    CHECK(wa.speaker_name == wb.speaker_name);
    CHECK(wa.next_label == wb.next_label);
    CHECK(wa.phase == wb.phase);
}

Session round_tripped(const Session& s) {
    const Parsed<SavedState> back = parse_state(state_to_json(s, kT0), "state.json");
    REQUIRE_MESSAGE(back.ok(), back.error.message());
    CHECK(back.value->saved_at == kT0);
    return back.value->session;
}

}  // namespace

TEST_CASE("state: every state a played atelier reaches comes back identical") {
    const ConfigSet config = load_config({}, "/nowhere");
    Session s = sample_session(config);
    int64_t now = kT0;
    const std::vector<Command> script = {cmd::StartPause{}, cmd::Next{}, cmd::Next{}, cmd::StartPause{},
                                         cmd::AddTime{kMin}, cmd::StartPause{}, cmd::Next{}, cmd::Pass{},
                                         cmd::Next{}, cmd::RotateOrder{}, cmd::Previous{}, cmd::ShuffleOrder{9},
                                         cmd::ToggleBlank{}, cmd::ToggleLang{}, cmd::ChangeClient{4},
                                         cmd::JumpTo{6}, cmd::Next{}, cmd::Next{}};
    for (const Command& c : script) {
        s = reduce(s, c, now).session;
        now += 47 * kSec;
        check_same(s, round_tripped(s), now);
    }
    for (int i = 0; i < 12; ++i) s = reduce(s, cmd::Next{}, now += kMin).session;
    REQUIRE(s.finished);
    check_same(s, round_tripped(s), now);
}

TEST_CASE("state: a running timer restored later shows the time as if nothing happened") {
    Session s = apply(session_of(), cmd::StartPause{}, kT0);
    const Session back = round_tripped(s);
    CHECK(remaining(current_record(back).timer, kT0 + 3 * kMin) == 7 * kMin);
}

TEST_CASE("state: a pending quit is not saved") {
    Session s = apply(session_of(), cmd::RequestQuit{}, kT0);
    CHECK(round_tripped(s).pending == Pending::none);
}

TEST_CASE("state: a newer schema is refused and recognised as such") {
    std::string text = state_to_json(session_of(), kT0);
    const std::string current = "\"schema\": " + std::to_string(kStateSchema);
    text.replace(text.find(current), current.size(), "\"schema\": " + std::to_string(kStateSchema + 1));
    const Parsed<SavedState> p = parse_state(text, "state.json");
    REQUIRE_FALSE(p.ok());
    CHECK(p.error.kind == ErrorKind::newer_schema);
}

TEST_CASE("state: damaged files are errors naming the field, never a crash") {
    const std::string good = state_to_json(apply(session_of(), cmd::JumpTo{1}, kT0), kT0);
    auto error_of = [](const std::string& text) {
        const Parsed<SavedState> p = parse_state(text, "state.json");
        REQUIRE_FALSE(p.ok());
        CHECK(p.error.kind != ErrorKind::newer_schema);
        return p.error;
    };
    auto replaced = [&good](const std::string& from, const std::string& to) {
        std::string t = good;
        const auto at = t.find(from);
        REQUIRE(at != std::string::npos);
        return t.replace(at, from.size(), to);
    };
    CHECK(error_of("").field == "(file)");
    for (size_t cut : {size_t{1}, good.size() / 3, good.size() / 2, good.size() - 2}) CHECK(error_of(good.substr(0, cut)).field == "(file)");
    CHECK(error_of(replaced("\"step\": 1", "\"step\": 42")).field == "step");
    CHECK(error_of(replaced("\"step\": 1", "\"step\": \"two\"")).field == "step");
    CHECK(error_of(replaced("\"client\": 0", "\"client\": -3")).field == "client");
    CHECK(error_of(replaced("\"lang\": \"fr\"", "\"lang\": \"tlh\"")).field == "lang");
    CHECK(error_of(replaced("\"speaking\": \"round\"", "\"speaking\": \"chaos\"")).field == "method.steps[1].speaking");
    CHECK(error_of(replaced("\"current\"", "\"dancing\"")).field == "records[1].round_marks[0]");
    CHECK(error_of(replaced("\"Amélie\"", "\"Benoît\"")).field == "group.participants[1]");
}
