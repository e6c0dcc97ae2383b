#include "core/console_model.hpp"

#include <doctest/doctest.h>

#include "core/config_set.hpp"
#include "core/prepare_draft.hpp"
#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

Session codev(int participants = 5) {
    const ConfigSet config = load_config({}, "/nowhere");
    const Method* method = find_method(config, "codev-2h");
    REQUIRE(method);
    return new_session(group_of(participants), *method, 1, "Atelier test");
}

int step_named(const Session& s, const std::string& id) {
    for (size_t i = 0; i < s.method.steps.size(); ++i)
        if (s.method.steps[i].id == id) return static_cast<int>(i);
    FAIL("no step " << id);
    return -1;
}

}  // namespace

TEST_CASE("console model: Alt+3 types the request, the contract at its step, a new action while the plan is written") {
    Session s = codev();
    CHECK(console_model(s, kT0).field == ConsoleField::request);
    s = apply(s, cmd::JumpTo{step_named(s, "contract")}, kT0);
    CHECK(console_model(s, kT0).field == ConsoleField::contract);
    s = apply(s, cmd::JumpTo{step_named(s, "consultation")}, kT0 + 10 * kSec);
    CHECK(console_model(s, kT0 + 10 * kSec).field == ConsoleField::request);
    s = apply(s, cmd::JumpTo{step_named(s, "synthesis")}, kT0 + 20 * kSec);
    CHECK(current_step(s).board == Board::plan);
    CHECK(console_model(s, kT0 + 20 * kSec).field == ConsoleField::plan);
}

TEST_CASE("console model: the steps with their minutes, the one under way marked, numbered as the wall numbers them") {
    Session s = codev();
    s = apply(s, cmd::StartPause{}, kT0);
    s = apply(s, cmd::AddTime{2 * kMin}, kT0 + kSec);
    const ConsoleModel m = console_model(s, kT0 + 90 * kSec);
    REQUIRE(m.steps.size() == s.method.steps.size());
    CHECK(m.steps[0].current);
    CHECK_FALSE(m.steps[1].current);
    CHECK(m.steps[0].minutes == static_cast<int>(s.method.steps[0].planned_ms / kMin) + 2);
    CHECK(m.steps[0].added_ms == 2 * kMin);
    CHECK(m.steps[0].actual_ms == 90 * kSec);
    CHECK(m.steps[1].name.find(s.method.steps[1].name.in(s.lang)) != std::string::npos);
    CHECK(m.steps[1].name.rfind(display_number(s.method, 1), 0) == 0);
    CHECK(m.timer_running);
    CHECK_FALSE(console_model(apply(s, cmd::StartPause{}, kT0 + 2 * kMin), kT0 + 2 * kMin).timer_running);
}

TEST_CASE("console model: in a round, only who has not spoken yet can be moved — no order in a free step") {
    Session s = codev();
    s = apply(s, cmd::JumpTo{step_named(s, "consultation")}, kT0);
    s = apply(s, cmd::Next{}, kT0 + kMin);  // the first consultant has spoken
    const ConsoleModel m = console_model(s, kT0 + kMin);
    REQUIRE(m.order_shown);
    REQUIRE(m.order.size() >= 3);
    int current = 0, movable = 0;
    for (const ConsoleOrderRow& row : m.order) {
        CHECK(row.name == speaker_name(s.group, row.who));
        CHECK(row.movable == (row.mark == Mark::upcoming));
        current += row.mark == Mark::current;
        movable += row.movable;
    }
    CHECK(current == 1);
    CHECK(m.order.front().mark == Mark::spoke);
    CHECK(movable == static_cast<int>(m.order.size()) - 2);
    CHECK(m.speaking == *current_speaker(s));

    Session free_step = codev();
    free_step.method.steps[0].speaking = SpeakingMode::free;
    CHECK_FALSE(console_model(free_step, kT0).order_shown);
}

TEST_CASE("console model: the client does not leave, someone gone is not made client nor given the floor") {
    Session s = apply(codev(), cmd::ParticipantLeft{3}, kT0);
    const ConsoleModel m = console_model(s, kT0);
    REQUIRE(m.people.size() == 5);
    CHECK(m.people[1].client);
    CHECK_FALSE(m.people[1].can_leave);
    CHECK_FALSE(m.people[1].can_be_client);
    CHECK_FALSE(m.people[1].can_take_floor);
    CHECK(m.people[3].gone);
    CHECK_FALSE(m.people[3].can_be_client);
    CHECK_FALSE(m.people[3].can_take_floor);
    CHECK(m.people[3].can_leave);  // the button says "is back"
    CHECK(m.people[0].can_be_client);
    CHECK(m.people[0].can_take_floor);
    CHECK(m.client == s.group.participants[1]);
}

TEST_CASE("console model: the series so far, and who has not been client yet") {
    Session s = codev();
    s.group.history = {past("2026-10-20", "codev-2h", "Amélie"), past("2026-11-03", "codev-2h", "Chloé")};
    const ConsoleModel m = console_model(s, kT0);
    REQUIRE(m.series.size() == 2);
    // Dates as the record says them, in the room's language (the history keeps ISO days).
    CHECK(m.series[0].date == "20 octobre 2026");
    CHECK(m.series[1].date == "3 novembre 2026");
    CHECK(m.series[1].client == "Chloé");
    CHECK(m.not_yet_client == std::vector<std::string>{"Benoît", "Éric", "Françoise"});
    s.lang = Lang::de;
    CHECK(console_model(s, kT0).series[1].date == "3. November 2026");
    // A day the history holds that is not an ISO day is shown as it is.
    s.group.history[0].date = "2026-1-20";
    CHECK(console_model(s, kT0).series[0].date == "2026-1-20");
}

TEST_CASE("console model: the texts said, and what Forget would erase") {
    Session s = codev();
    s = apply(s, cmd::SetRequest{"Comment déléguer ?"}, kT0);
    s = apply(s, cmd::AddPlanItem{"Parler à Marc"}, kT0);
    const ConsoleModel m = console_model(s, kT0);
    CHECK(m.request == "Comment déléguer ?");
    CHECK(m.plan == std::vector<std::string>{"Parler à Marc"});
    CHECK(m.forget.request);
    CHECK(m.forget.plan_items == 1);
}

TEST_CASE("prepare draft: the series' size and each step's minutes are held to what an atelier can take") {
    const ConfigSet config = load_config({}, "/nowhere");
    PrepareDraft d = draft_new_group(config, Lang::fr);
    REQUIRE(d.minutes.size() >= 2);
    d.series_size = 0;
    d.minutes[0] = 0;
    d.minutes[1] = limits::kStepMinutes + 1;
    draft_hold_to_limits(d);
    CHECK(d.series_size == 1);
    CHECK(d.minutes[0] == 1);
    CHECK(d.minutes[1] == limits::kStepMinutes);
    d.series_size = kMaxSeriesSize + 5;
    draft_hold_to_limits(d);
    CHECK(d.series_size == kMaxSeriesSize);
}
