// Inputs the fuzz targets (tests/fuzz) found, each named after what it broke,
// reduced to what a test needs.
#include <doctest/doctest.h>

#include "core/group_io.hpp"
#include "core/invariant.hpp"
#include "core/keymap.hpp"
#include "core/method_io.hpp"
#include "core/state_io.hpp"
#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

TEST_CASE("fuzz regression: a key file with an empty action name is refused naming that field") {
    const Parsed<KeyMap> p = parse_keymap(R"({"": ["x"]})", "keys.json");
    REQUIRE_FALSE(p.ok());
    CHECK(p.error.field == "\"\"");
    CHECK(p.error.reason == "unknown action");
    CHECK(p.error.message() == "keys.json: \"\": unknown action");
}

namespace {

std::string method_json(const std::string& margin, int steps) {
    std::string json = R"({"id": "m", "name": {"fr": "M"}, )" + margin + R"("steps": [)";
    for (int i = 0; i < steps; ++i)
        json += (i ? "," : "") + std::string(R"({"id": "s)") + std::to_string(i) + R"(", "name": {"fr": "S"}, "minutes": 5, "speaking": "client"})";
    return json + "]}";
}

}  // namespace

TEST_CASE("fuzz regression: a method whose margin_minutes is 2147483647 is refused, not summed past int") {
    const Parsed<Method> p = parse_method(method_json(R"("margin_minutes": 2147483647, )", 1), "m.json");
    REQUIRE_FALSE(p.ok());
    CHECK(p.error.field == "margin_minutes");
}

TEST_CASE("fuzz regression: a method of more than 100000 minutes is refused: its atelier could not be restored") {
    const Parsed<Method> p = parse_method(method_json(R"("margin_minutes": 99999, )", 1), "m.json");
    REQUIRE_FALSE(p.ok());
    CHECK(p.error.field == "margin_minutes");
    const Parsed<Method> at_limit = parse_method(method_json(R"("margin_minutes": 99995, )", 1), "m.json");
    REQUIRE(at_limit.ok());
    CHECK_FALSE(find_violation(new_session(group_of(3), *at_limit.value, 0, "")));
}

TEST_CASE("fuzz regression: a method of 51 steps is refused: the session's invariant allows 50") {
    const Parsed<Method> p = parse_method(method_json("", 51), "m.json");
    REQUIRE_FALSE(p.ok());
    CHECK(p.error.field == "steps");
    const Parsed<Method> fifty = parse_method(method_json("", 50), "m.json");
    REQUIRE(fifty.ok());
    CHECK_FALSE(find_violation(new_session(group_of(3), *fifty.value, 0, "")));
}

TEST_CASE("fuzz regression: a new atelier whose series names an untidy client is refused, not started broken") {
    const Session s = session_of();
    Group g = s.group;
    g.history.push_back(past("2026-01-13", "test", " Amélie "));
    // Another group's series (from the library): the command's own history counts.
    const auto another_group = [&g, &s] {
        cmd::NewAtelier c{g, s.method, 0, "Atelier 2", Lang::fr};
        c.continues_series = false;
        return c;
    };
    const Outcome out = reduce(s, another_group(), kT0);
    CHECK(out.why == Why::bad_group);
    CHECK(out.session == s);
    g.history.back().plan = {std::string(141, 'x')};  // a plan item longer than an item may be
    g.history.back().client = "Amélie";
    CHECK(reduce(s, another_group(), kT0).why == Why::bad_group);
}

TEST_CASE("fuzz regression: a new atelier on a method of out-of-range minutes is refused, not started broken") {
    const Session s = session_of();
    Method m = s.method;
    m.margin_minutes = 1'483'895'591;
    CHECK(reduce(s, cmd::NewAtelier{s.group, m, 0, "Atelier 2", Lang::fr}, kT0).why == Why::bad_method);
    m.margin_minutes = 0;
    m.total_minutes = -1;
    CHECK(reduce(s, cmd::NewAtelier{s.group, m, 0, "Atelier 2", Lang::fr}, kT0).why == Why::bad_method);
}

TEST_CASE("fuzz regression: a timer started decades before now (a clock that was at 1970) keeps the session storable") {
    // A board without a real-time clock boots in 1970 and runs the atelier;
    // after a restart the clock reads 2026. The state fuzzer found it as a
    // saved_at a century after the timers started.
    const int64_t in_1970 = 1'000;
    Session running = apply(apply(session_of(5, 0), cmd::StartPause{}, in_1970), cmd::JumpTo{1}, in_1970);
    REQUIRE_FALSE(find_violation(running));
    CHECK(elapsed(current_record(running).timer, kT0) == kMaxDurationMs);
    for (const Command& c : {Command{cmd::Next{}}, Command{cmd::Pass{}}, Command{cmd::GiveFloor{3}}, Command{cmd::ChangeClient{2}},
                             Command{cmd::JumpTo{2}}, Command{cmd::StartPause{}}, Command{cmd::Previous{}}}) {
        const Session after = apply(running, c, kT0);
        const auto broken = find_violation(after);
        CHECK_MESSAGE(!broken, (broken ? broken->field + ": " + broken->reason : ""));
        CHECK(speaking_time(after, 1, kT0) <= kMaxDurationMs);
        running = after;
    }
    // Paused in 1970, resumed in 2026: the pause is not stored as 56 years, and the step keeps its time.
    const Session paused = apply(apply(session_of(5, 0), cmd::StartPause{}, in_1970), cmd::StartPause{}, in_1970 + kMin);
    const Session resumed = apply(paused, cmd::StartPause{}, kT0);
    CHECK_FALSE(find_violation(resumed));
    CHECK(elapsed(current_record(resumed).timer, kT0) == kMin);
    CHECK(elapsed(current_record(resumed).timer, kT0 + kSec) == kMin + kSec);
}

TEST_CASE("fuzz regression: pausing at a time before the floor was taken keeps the floor within the time the step ran") {
    // Sound while running: a running step's floor may be taken after `now`'s
    // elapsed time. The state fuzzer found it as a file whose running step's
    // floor was taken after the time its saved_at gives it.
    Session s = apply(apply(session_of(5, 0), cmd::StartPause{}, kT0), cmd::JumpTo{1}, kT0);
    s = apply(s, cmd::Next{}, kT0 + 5 * kMin);
    REQUIRE(current_record(s).turns.floor_since == 5 * kMin);
    REQUIRE_FALSE(find_violation(s));
    const Outcome paused = reduce(s, cmd::StartPause{}, kT0 + kMin);
    REQUIRE(paused.why == Why::ok);
    const auto broken = find_violation(paused.session);
    CHECK_MESSAGE(!broken, (broken ? broken->field + ": " + broken->reason : ""));
    // In the ordinary order nothing changes: the turn keeps its time on the wall.
    const Session later = apply(s, cmd::StartPause{}, kT0 + 6 * kMin);
    CHECK(current_record(later).turns.floor_since == 5 * kMin);
    CHECK(current_turn_ms(current_record(later).turns, elapsed(current_record(later).timer, kT0 + 7 * kMin)) == kMin);
}

TEST_CASE("fuzz regression: a state saved at a time outside the session clock's range is refused") {
    // A restart runs the clock from saved_at on; beyond ±kMaxClockMs the next
    // step change stores a step_changed_at the invariant refuses. Found by
    // running the state target on a seed whose saved_at was set past the range.
    const Session s = apply(session_of(), cmd::StartPause{}, kT0);
    for (const int64_t saved_at : {-kMaxClockMs - 1, kMaxClockMs + 1}) {
        const Parsed<SavedState> p = parse_state(state_to_json(s, saved_at), "state.json");
        REQUIRE_FALSE(p.ok());
        CHECK(p.error.field == "saved_at");
    }
    CHECK(parse_state(state_to_json(s, kMaxClockMs), "state.json").ok());
}

TEST_CASE("fuzz regression: pausing a timer whose start lies after now keeps its timestamps in the clock's range") {
    Session s = session_of();
    StepTimer& t = s.records[0].timer;
    t.started = true;
    t.started_at = kMaxClockMs - 10;  // sound, though "started" after now
    t.paused_total = 1'000;
    REQUIRE_FALSE(find_violation(s));
    const Session after = apply(s, cmd::StartPause{}, kT0);
    const auto broken = find_violation(after);
    CHECK_MESSAGE(!broken, (broken ? broken->field + ": " + broken->reason : ""));
    CHECK(elapsed(current_record(after).timer, kT0 + kMin) == 0);
    CHECK(elapsed(current_record(apply(after, cmd::StartPause{}, kT0 + kMin)).timer, kT0 + 2 * kMin) == kMin);
}

TEST_CASE("fuzz regression: a new atelier named with bytes that are not text is refused — the session stays one that saves and loads") {
    // Found by the commands target: NewAtelier took any atelier name, and the
    // saved state then held bytes its own loader refuses (not UTF-8).
    Session s = session_of();
    cmd::NewAtelier c;
    c.group = s.group;
    c.method = s.method;
    c.client = 1;
    c.continues_series = false;
    c.atelier_name = std::string("\xAC<\x10wp\xF8", 6);
    const Outcome out = reduce(s, c, kT0);
    CHECK(out.why == Why::bad_group);
    CHECK(out.session == s);
    c.atelier_name = "Atelier 4 — journée codév";
    const Outcome ok = reduce(s, c, kT0);
    REQUIRE(ok.why == Why::ok);
    CHECK(parse_state(state_to_json(ok.session, kT0), "state.json").ok());
}

TEST_CASE("fuzz regression: a group file whose atelier name holds control characters is refused naming that field") {
    // Found by the group target: read as it was, it was written back as a file that does not load.
    const auto g = parse_group(R"({"name": "G", "atelier": "Atelier\u0010 3", "participants": ["Anne", "Bruno"]})", "groups/g.json");
    REQUIRE_FALSE(g.ok());
    CHECK(g.error.field == "atelier");
    const auto tidy = parse_group(R"({"name": "G", "atelier": "  Atelier 3 ", "participants": ["Anne", "Bruno"]})", "groups/g.json");
    REQUIRE(tidy.ok());
    CHECK(tidy.value->atelier_name == "Atelier 3");
}

TEST_CASE("fuzz regression: half of a UTF-16 pair escaped alone in a text is refused where it stands — a whole pair is read") {
    // Found by the group target: rapidjson turned "\udc80" into bytes that are not UTF-8,
    // and the group was written back as a file its own loader refuses.
    const auto lone = parse_group(R"({"name": "G", "method": "tro\udc80ika", "participants": ["Anne"]})", "groups/g.json");
    REQUIRE_FALSE(lone.ok());
    CHECK(lone.error.message().find("half of a UTF-16 pair (\\udc80) alone in a text") != std::string::npos);
    CHECK(lone.error.message().find("line 1") != std::string::npos);
    const auto pair = parse_group(R"({"name": "G \ud83c\udf31", "participants": ["Anne"]})", "groups/g.json");
    REQUIRE(pair.ok());
    CHECK(pair.value->group.name == "G \xF0\x9F\x8C\xB1");
}

TEST_CASE("fuzz regression: a new atelier's method with texts that are not text is refused — the method loader holds files to the same") {
    // Found by the commands target: NewAtelier carried a method whose step name held
    // control characters and bytes that are not UTF-8, saved into a state its loader refused.
    Session s = session_of();
    cmd::NewAtelier c;
    c.group = s.group;
    c.method = s.method;
    c.client = 1;
    c.continues_series = false;
    c.method.steps[0].name[Lang::fr] = std::string("o~\xCD\xD8\x80\x05", 6);
    CHECK(reduce(s, c, kT0).why == Why::bad_method);
    c.method = s.method;
    c.method.steps[1].number = std::string("\x18\xC4\xC4", 3);
    CHECK(reduce(s, c, kT0).why == Why::bad_method);
    const auto file = parse_method(R"({"id": "m", "name": {"fr": "M"}, "steps": [{"id": "s", "name": {"fr": "Tour\u0007"}, "minutes": 5, "speaking": "client"}]})",
                                   "methods/m.json");
    REQUIRE_FALSE(file.ok());
    CHECK(file.error.field == "steps[0].name.fr");
}

#include "core/remote_request.hpp"
#include "core/settings.hpp"

TEST_CASE("fuzz regression: NaN or Infinity followed by an exponent is refused, not an end of the process (every loader)") {
    // rapidjson threw from inside a noexcept function on "NaNe2": std::terminate.
    for (const char* text : {"NaNe2", "{\"a\": NaNe2}", "-Infinitye5", "[Inf]", "{\"step_guard_ms\": NaN}"}) {
        const SettingsRead read = parse_settings(text, "settings.json");
        REQUIRE(read.errors.size() == 1);
        CHECK(read.errors[0].reason.find("only whole numbers") != std::string::npos);
        CHECK_FALSE(decode_command_body(text).ok());
        CHECK_FALSE(parse_state(text, "state.json").ok());
    }
    // A text holding those letters is still text.
    CHECK(decode_command_body(R"({"verb": "message", "args": ["NaNe2 Infinity"]})").ok());
}
