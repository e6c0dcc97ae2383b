#include "core/invariant.hpp"

#include <doctest/doctest.h>

#include <random>

#include "core/config_set.hpp"
#include "core/demo.hpp"
#include "core/state_io.hpp"
#include "core/text.hpp"
#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

std::string broken_field(const Session& s) {
    const auto v = find_violation(s);
    return v ? v->field : "";
}

Session in_round_step() {
    Session s = apply(session_of(5, 0), cmd::StartPause{}, kT0);
    return apply(apply(s, cmd::JumpTo{1}, kT0 + kMin), cmd::Next{}, kT0 + 2 * kMin);
}

}  // namespace

TEST_CASE("invariant: fresh sessions, every demo and every played state hold it") {
    const ConfigSet config = load_config({}, "/nowhere");
    CHECK_FALSE(find_violation(sample_session(config)));
    for (const std::string& name : demo_names()) {
        CAPTURE(name);
        const auto s = demo_session(config, name, kT0);
        REQUIRE(s.has_value());
        const auto v = find_violation(*s);
        CHECK_MESSAGE(!v, (v ? v->field + ": " + v->reason : ""));
    }
    CHECK_FALSE(find_violation(in_round_step()));
}

TEST_CASE("invariant: the bug of issue 8: a visited step whose record has no round is refused, naming the field") {
    Session s = in_round_step();
    s.records[1].turns.rounds.clear();
    s.records[1].turns.position = 0;
    CHECK(broken_field(s) == "records[1].round_orders");
    // And the loader refuses such a file instead of crashing on the first R.
    const Parsed<SavedState> p = parse_state(state_to_json(s, kT0), "state.json");
    REQUIRE_FALSE(p.ok());
    CHECK(p.error.field == "records[1].round_orders");
    CHECK(p.error.kind == ErrorKind::bad_value);
}

TEST_CASE("invariant: each rule names what broke") {
    const Session good = in_round_step();
    auto broken = [&](auto change) {
        Session s = good;
        change(s);
        return broken_field(s);
    };
    CHECK(broken([](Session& s) { s.step = 9; }) == "step");
    CHECK(broken([](Session& s) { s.client = 7; }) == "client");
    CHECK(broken([](Session& s) { s.left.insert(s.client); }) == "left");
    CHECK(broken([](Session& s) { s.left.insert(42); }) == "left");
    CHECK(broken([](Session& s) { s.lang = static_cast<Lang>(kLangCount); }) == "lang");
    CHECK(broken([](Session& s) { s.next_opener = -1; }) == "next_opener");
    CHECK(broken([](Session& s) { s.records.pop_back(); }) == "records");
    CHECK(broken([](Session& s) { s.records[1].turns.rounds[0].order.push_back(1); }) == "records[1].round_marks[0]");
    CHECK(broken([](Session& s) {  // an order names someone twice
        auto& r = s.records[1].turns.rounds[0];
        r.order.push_back(r.order[0]);
        r.marks.push_back(Mark::upcoming);
    }) == "records[1].round_marks[0][4]");
    CHECK(broken([](Session& s) { s.records[1].turns.rounds[0].marks[2] = Mark::spoke; }) == "records[1].round_marks[0][2]");
    CHECK(broken([](Session& s) { s.records[1].turns.position = 9; }) == "records[1].position");
    CHECK(broken([](Session& s) { s.records[1].turns.rounds[0].order[3] = 17; }) == "records[1].round_marks[0][3]");
    CHECK(broken([](Session& s) { s.records[1].turns.floor_since = -5; }) == "records[1].floor_since");
    CHECK(broken([](Session& s) {  // a paused timer that was never started
        s.records[2].timer.paused = true;
    }) == "records[2].timer.paused");
    CHECK(broken([](Session& s) {  // paused longer than it ran
        StepTimer& t = s.records[0].timer;
        t.paused_total = t.paused_at - t.started_at + 1;
    }) == "records[0].timer.paused_total");
    CHECK(broken([](Session& s) { s.records[0].timer.paused = false; }) == "records[0].timer");  // two timers running
    CHECK(broken([](Session& s) { s.records[3].visited = true; }) == "records[3].round_orders");
    CHECK(broken([](Session& s) { s.records[1].timer.planned_ms += 1; }) == "records[1].timer.planned_ms");
    CHECK(broken([](Session& s) { s.records[1].timer.added_ms = -s.records[1].timer.planned_ms - 1; }) == "records[1].timer.added_ms");
    CHECK(broken([](Session& s) { s.records[1].turns.spoken_ms[33] = 5; }) == "records[1].spoken_by");
    CHECK(broken([](Session& s) { s.group.participants[1] = s.group.participants[2]; }) == "group.participants[2]");
    CHECK(broken([](Session& s) { s.group.participants[1] = " Benoît"; }) == "group.participants[1]");
    CHECK(broken([](Session& s) { s.finished = true; }) == "atelier_id");
    CHECK(broken([](Session& s) { s.atelier_id = "2026-01-01-9"; }) == "atelier_id");  // names no atelier of the series
    CHECK(broken([](Session& s) { s.content.request = std::string(kMaxRequestChars + 1, 'x'); }) == "content.request");
    CHECK(broken([](Session& s) { s.content.plan = {"ok", ""}; }) == "content.plan[1]");
    CHECK(broken([](Session& s) { s.rules.step_guard_ms = -1; }) == "rules.step_guard_ms");
    CHECK(broken([](Session& s) { s.method.steps[2].speaking = static_cast<SpeakingMode>(9); }) == "method.steps[2].speaking");
    CHECK(broken([](Session& s) { s.records[1].turns.rounds[0].order[1] = s.client; }) == "records[1].round_orders");
}

TEST_CASE("invariant: random commands at random times from a sound session keep it sound") {
    // A quick version of the fuzzer, so that the suite itself watches the reducer.
    std::mt19937 rng(8);
    const ConfigSet config = load_config({}, "/nowhere");
    for (int run = 0; run < 40; ++run) {
        Session s = sample_session(config);
        int64_t now = kT0;
        for (int i = 0; i < 200; ++i) {
            now += static_cast<int64_t>(rng() % 4) * (rng() % 2 ? kSec : kMin);
            const int p = static_cast<int>(rng() % 10) - 1;
            const Command choices[] = {cmd::Next{}, cmd::Previous{}, cmd::StartPause{}, cmd::Pass{}, cmd::AddTime{kMin},
                                       cmd::AddTime{-kMin}, cmd::JumpTo{p}, cmd::GiveFloor{p}, cmd::RotateOrder{},
                                       cmd::ShuffleOrder{static_cast<uint32_t>(rng())}, cmd::MoveInOrder{p, static_cast<int>(rng() % 9)},
                                       cmd::OneMoreRound{}, cmd::SetStepMinutes{p, static_cast<int>(rng() % 30)},
                                       cmd::AddParticipant{"Late " + std::to_string(rng() % 5), p},
                                       cmd::ParticipantLeft{p}, cmd::ParticipantBack{p}, cmd::Rename{p, "Ren " + std::to_string(rng() % 4)},
                                       cmd::ChangeClient{p}, cmd::ToggleBlank{}, cmd::AddPlanItem{"Appeler Paul"},
                                       cmd::EditPlanItem{p, ""}, cmd::SetRequest{"Aidez-moi"}, cmd::ForgetContent{},
                                       cmd::RequestReset{}, cmd::Confirm{}};
            const Command& c = choices[rng() % std::size(choices)];
            s = reduce(s, c, now).session;
            const auto v = find_violation(s);
            REQUIRE_MESSAGE(!v, "run " << run << " command " << i << " (#" << c.index() << "): " << (v ? v->field + ": " + v->reason : ""));
        }
    }
}
