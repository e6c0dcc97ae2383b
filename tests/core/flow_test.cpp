// Moving through the atelier: the step guard, blank, one more round, planned
// minutes, a new atelier and the series.
#include "core/reducer.hpp"

#include <doctest/doctest.h>

#include "core/invariant.hpp"
#include "core/summary.hpp"
#include "core/wall_model.hpp"
#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

TEST_CASE("guard: twelve quick presses of Next cross one step boundary at most") {
    // The client step (1 press) leads to a round step of 4 consultants, one round.
    Session s = session_of(5, 0);
    s.method.steps[1].rounds = 1;
    s = apply(s, cmd::StartPause{}, kT0);
    int64_t t = kT0 + 5 * kMin;
    for (int i = 0; i < 12; ++i) s = apply(s, cmd::Next{}, t += 150);  // 12 presses in under 2 s
    CHECK(s.step == 1);
    // Within the step, speakers still move at once.
    CHECK(current_record(s).turns.position == 3);
    const Outcome held = reduce(s, cmd::Next{}, t + 100);
    CHECK(held.why == Why::step_just_changed);
    CHECK_FALSE(held.changed);
    CHECK(preview_next(s, t + 100).guarded);
}

TEST_CASE("guard: once the room has seen the new step, Next moves on — jumps and Previous are never held") {
    Session s = apply(apply(session_of(), cmd::StartPause{}, kT0), cmd::Next{}, kT0 + kMin);
    CHECK(reduce(s, cmd::Pass{}, kT0 + kMin + 500).why == Why::ok);  // a speaker move
    Session c = session_of(5, 0);
    c.method.steps[1].rounds = 1;
    c = apply(c, cmd::JumpTo{1}, kT0);  // a jump is a step change too: the room must see it
    for (int i = 0; i < 3; ++i) c = apply(c, cmd::Next{}, kT0 + 500);
    REQUIRE(at_last_position(current_record(c).turns));
    CHECK(reduce(c, cmd::Next{}, kT0 + 1000).why == Why::step_just_changed);
    CHECK(reduce(c, cmd::Next{}, kT0 + 2500).session.step == 2);
    CHECK(reduce(c, cmd::JumpTo{3}, kT0 + 1000).why == Why::ok);
    CHECK(reduce(c, cmd::Previous{}, kT0 + 1000).why == Why::ok);
    // The guard is a setting; 0 turns it off.
    c.rules.step_guard_ms = 0;
    CHECK(reduce(c, cmd::Next{}, kT0 + 1000).session.step == 2);
}

TEST_CASE("blank: Next, Previous and Start/stop only bring the wall back — time keeps running") {
    Session s = apply(apply(session_of(5, 0), cmd::JumpTo{1}, kT0), cmd::StartPause{}, kT0);
    s = apply(s, cmd::ToggleBlank{}, kT0 + kMin);
    for (const Command& c : {Command{cmd::Next{}}, Command{cmd::Previous{}}, Command{cmd::StartPause{}}, Command{cmd::Pass{}}}) {
        const Outcome out = reduce(s, c, kT0 + 2 * kMin);
        CHECK_FALSE(out.session.blanked);
        CHECK(out.session.step == 1);
        CHECK(current_record(out.session).turns.position == 0);
        CHECK(is_running(current_record(out.session).timer));
    }
    CHECK(wall_model(s, kT0 + 2 * kMin, 0).next_label == "Suivant\u202F: réafficher l’écran");
    CHECK(elapsed(current_record(s).timer, kT0 + 3 * kMin) == 3 * kMin);
}

TEST_CASE("rounds: one more round when the planned rounds are done, and the wall says when rounds stop") {
    Session s = session_of(3, 0);
    s.method.steps[1].rounds = 1;
    s = apply(apply(s, cmd::JumpTo{1}, kT0), cmd::StartPause{}, kT0);
    s = apply(s, cmd::Next{}, kT0 + kMin);  // the last of round 1
    CHECK(round_plan(s, kT0 + kMin).last);
    CHECK(wall_model(s, kT0 + kMin, 0).round_label == "Tour 1 / 1 — dernier tour");
    CHECK(preview_next(s, kT0 + 5 * kMin).kind == Upcoming::step);
    s = apply(s, cmd::OneMoreRound{}, kT0 + 2 * kMin);
    CHECK(wall_model(s, kT0 + 2 * kMin, 0).round_label == "Tour 1 / 2");
    CHECK(preview_next(s, kT0 + 5 * kMin).kind == Upcoming::new_round);
    s = apply(s, cmd::Next{}, kT0 + 5 * kMin);
    CHECK(round_number(current_record(s).turns) == 2);
    CHECK(reduce(apply(s, cmd::JumpTo{0}, kT0), cmd::OneMoreRound{}, kT0).why == Why::not_a_round_step);
}

TEST_CASE("rounds: a granted round comes even in the danger phase") {
    Session s = apply(apply(session_of(3, 0), cmd::JumpTo{1}, kT0), cmd::StartPause{}, kT0);
    s = apply(s, cmd::Next{}, kT0 + kMin);
    const int64_t late = kT0 + 19 * kMin + 30 * kSec;  // 30 s left
    CHECK(preview_next(s, late).kind == Upcoming::step);
    s = apply(s, cmd::OneMoreRound{}, late);
    CHECK(preview_next(s, late).kind == Upcoming::new_round);
}

TEST_CASE("minutes: before a step starts they are its plan — once it runs, the change shows as added") {
    Session s = apply(session_of(), cmd::SetStepMinutes{2, 15}, kT0);
    CHECK(s.method.steps[2].planned_ms == 15 * kMin);
    CHECK(s.records[2].timer.planned_ms == 15 * kMin);
    s = apply(apply(s, cmd::StartPause{}, kT0), cmd::SetStepMinutes{0, 12}, kT0 + kMin);
    CHECK(s.records[0].timer.planned_ms == 10 * kMin);
    CHECK(s.records[0].timer.added_ms == 2 * kMin);
    CHECK(remaining(s.records[0].timer, kT0 + kMin) == 11 * kMin);
    s = apply(s, cmd::SetStepMinutes{0, 0}, kT0 + 2 * kMin);  // cut to zero: overtime, and the summary tells it
    const Summary sum = summarize(s, kT0 + 3 * kMin);
    CHECK(sum.steps[0].planned_ms == 10 * kMin);
    CHECK(sum.steps[0].added_ms == -10 * kMin);
    CHECK(reduce(s, cmd::SetStepMinutes{0, 601}, kT0).why == Why::too_long);
    CHECK(reduce(s, cmd::SetStepMinutes{9, 5}, kT0).why == Why::no_such_step);
}

TEST_CASE("new atelier: through the reducer, the group's series carries on and the previous client is followed up") {
    Session s = apply(session_of(4, 1), cmd::AddPlanItem{"Parler à mon équipe"}, kT0);
    s = apply(apply(s, cmd::JumpTo{3}, kT0), cmd::Next{}, kT0 + kMin);
    REQUIRE(s.finished);
    CHECK(s.group.history.back().plan == std::vector<std::string>{"Parler à mon équipe"});
    cmd::NewAtelier next{s.group, four_step_method(), suggest_client(s.group), "Atelier 2", Lang::en};
    const Outcome out = reduce(s, next, kT0 + 10 * kMin);
    REQUIRE(out.why == Why::ok);
    const Session& n = out.session;
    CHECK(n.client == 0);  // Amélie has not been client yet
    CHECK(n.follow_up.client == "Benoît");
    CHECK(n.follow_up.plan == std::vector<std::string>{"Parler à mon équipe"});
    CHECK(n.content.empty());
    CHECK(n.lang == Lang::en);
    CHECK(atelier_number(n) == 2);
    CHECK(wall_model(n, kT0 + 10 * kMin, 0).series_label == "Atelier 2 of 8");
    // A group that is unusable is refused, and the current atelier stays.
    next.group.participants.clear();
    CHECK(reduce(s, next, kT0).why == Why::bad_group);
}

TEST_CASE("new atelier: a new group starts with an empty series") {
    Group fresh = group_of(3);
    const Outcome out = reduce(session_of(), cmd::NewAtelier{fresh, four_step_method(), 0, "", Lang::fr}, kT0);
    CHECK(out.session.group.history.empty());
    CHECK(out.session.follow_up.client.empty());
    CHECK(atelier_number(out.session) == 1);
}

TEST_CASE("lang: SetLang and ToggleLang go through the reducer") {
    Session s = apply(session_of(), cmd::SetLang{Lang::en}, kT0);
    CHECK(s.lang == Lang::en);
    CHECK(reduce(s, cmd::SetLang{Lang::en}, kT0).why == Why::already_there);
}

TEST_CASE("in progress: an atelier is under way from its first started timer until it is finished") {
    // The console asks before a new atelier replaces one under way: its times would be lost.
    Session s = session_of();
    CHECK_FALSE(in_progress(s));  // nothing timed yet: replacing it loses nothing
    s = apply(s, cmd::StartPause{}, kT0);
    CHECK(in_progress(s));
    s = apply(s, cmd::StartPause{}, kT0 + kMin);  // paused is still under way
    CHECK(in_progress(s));
    s = apply(s, cmd::JumpTo{2}, kT0 + 2 * kMin);  // on a step not yet started, the earlier times still count
    CHECK_FALSE(current_record(s).timer.started);
    CHECK(in_progress(s));
    s.finished = true;
    CHECK_FALSE(in_progress(s));
}
