#include "core/reducer.hpp"

#include <doctest/doctest.h>

#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

// Steps of four_step_method(): 0 client, 1 round, 2 everyone, 3 free.

TEST_CASE("reducer: start, pause and resume the step's timer with one command") {
    Session s = session_of();
    s = apply(s, cmd::StartPause{}, kT0);
    CHECK(is_running(current_record(s).timer));
    s = apply(s, cmd::StartPause{}, kT0 + kMin);
    CHECK(current_record(s).timer.paused);
    s = apply(s, cmd::StartPause{}, kT0 + 5 * kMin);
    CHECK(remaining(current_record(s).timer, kT0 + 6 * kMin) == 8 * kMin);
}

TEST_CASE("reducer: next in a client step goes to the next step and keeps the clock going") {
    Session s = apply(session_of(), cmd::StartPause{}, kT0);
    const Outcome out = reduce(s, cmd::Next{}, kT0 + 9 * kMin);
    CHECK(out.session.step == 1);
    CHECK(is_running(current_record(out.session).timer));
    CHECK(elapsed(out.session.records[0].timer, kT0 + 60 * kMin) == 9 * kMin);  // the left step is frozen
}

TEST_CASE("reducer: next from a step that was not running leaves the next one waiting for start") {
    const Session s = apply(session_of(), cmd::Next{}, kT0);
    CHECK(s.step == 1);
    CHECK_FALSE(current_record(s).timer.started);
}

TEST_CASE("reducer: in a round step, next gives the floor to the next consultant") {
    Session s = apply(session_of(5, 0), cmd::JumpTo{1}, kT0);
    CHECK(current_speaker(s) == 1);
    s = apply(s, cmd::Next{}, kT0);
    CHECK(current_speaker(s) == 2);
    CHECK(current_record(s).turns.rounds.back().marks[0] == Mark::spoke);
}

TEST_CASE("reducer: after the last consultant, a new round starts while time remains, opened by someone else") {
    Session s = apply(session_of(4, 0), cmd::JumpTo{1}, kT0);
    s = apply(s, cmd::StartPause{}, kT0);
    for (int i = 0; i < 2; ++i) s = apply(s, cmd::Next{}, kT0 + (i + 1) * kMin);
    CHECK(preview_next(s, kT0 + 3 * kMin).kind == Upcoming::new_round);
    s = apply(s, cmd::Next{}, kT0 + 3 * kMin);
    CHECK(s.step == 1);
    CHECK(round_number(current_record(s).turns) == 2);
    CHECK(current_record(s).turns.rounds[1].order.front() != current_record(s).turns.rounds[0].order.front());
}

TEST_CASE("reducer: after the last consultant in the danger phase, next moves to the next step") {
    Session s = apply(session_of(4, 0), cmd::JumpTo{1}, kT0);
    s = apply(s, cmd::StartPause{}, kT0);
    s = apply(s, cmd::Next{}, kT0 + 5 * kMin);
    s = apply(s, cmd::Next{}, kT0 + 10 * kMin);
    const int64_t late = kT0 + 19 * kMin + 30 * kSec;  // 30 s left of 20 min
    CHECK(preview_next(s, late).kind == Upcoming::step);
    s = apply(s, cmd::Next{}, late);
    CHECK(s.step == 2);
}

TEST_CASE("reducer: a step with a fixed number of rounds moves on after the last one") {
    Session s = session_of(3, 0);
    s.method.steps[1].rounds = 1;
    s = apply(s, cmd::JumpTo{1}, kT0);
    s = apply(s, cmd::Next{}, kT0);
    CHECK(preview_next(s, kT0).kind == Upcoming::step);
}

TEST_CASE("reducer: a round in which everyone passed ends the step") {
    Session s = apply(session_of(4, 0), cmd::JumpTo{1}, kT0);
    s = apply(s, cmd::Pass{}, kT0 + 10 * kSec);
    s = apply(s, cmd::Pass{}, kT0 + 20 * kSec);
    s = apply(s, cmd::Pass{}, kT0 + 30 * kSec);
    CHECK(s.step == 2);
    CHECK(s.records[1].turns.rounds[0].marks == std::vector<Mark>{Mark::passed, Mark::passed, Mark::passed});
}

TEST_CASE("reducer: pass marks the consultant as passed and moves on") {
    Session s = apply(session_of(4, 0), cmd::JumpTo{1}, kT0);
    s = apply(s, cmd::Pass{}, kT0);
    CHECK(current_record(s).turns.rounds.back().marks[0] == Mark::passed);
    CHECK(current_speaker(s) == 2);
}

TEST_CASE("reducer: pass is refused where there are no turns") {
    const Outcome out = reduce(session_of(), cmd::Pass{}, kT0);
    CHECK(out.why == Why::not_a_turn_step);
    CHECK_FALSE(out.changed);
}

TEST_CASE("reducer: previous goes back one speaker, then one step, losing nothing") {
    Session s = apply(session_of(4, 0), cmd::StartPause{}, kT0);
    s = apply(s, cmd::Next{}, kT0 + 10 * kMin);        // step 1, consultant 1
    s = apply(s, cmd::Next{}, kT0 + 12 * kMin);        // consultant 2
    s = apply(s, cmd::Previous{}, kT0 + 13 * kMin);    // back to consultant 1
    CHECK(current_speaker(s) == 1);
    CHECK(speaking_time(s, 2, kT0 + 13 * kMin) == kMin);
    s = apply(s, cmd::Previous{}, kT0 + 14 * kMin);    // back to step 0
    CHECK(s.step == 0);
    CHECK(speaking_time(s, 1, kT0 + 14 * kMin) == 3 * kMin);
    CHECK(is_running(current_record(s).timer));
    CHECK(elapsed(current_record(s).timer, kT0 + 15 * kMin) == 11 * kMin);  // continues where it was left
    CHECK(reduce(s, cmd::Previous{}, kT0).why == Why::no_previous);
}

TEST_CASE("reducer: the last step's next shows the summary and records the atelier in the series") {
    Session s = apply(session_of(), cmd::JumpTo{3}, kT0);
    const Outcome out = reduce(s, cmd::Next{}, kT0 + kMin);
    CHECK(out.session.finished);
    REQUIRE(out.session.group.history.size() == 1);
    CHECK(out.session.group.history[0].client == "Amélie");
    // Back and forward again does not record it twice.
    Session again = apply(apply(out.session, cmd::Previous{}, kT0 + 2 * kMin), cmd::Next{}, kT0 + 3 * kMin);
    CHECK(again.group.history.size() == 1);
}

TEST_CASE("reducer: once finished, time commands are refused with a reason") {
    Session s = apply(apply(session_of(), cmd::JumpTo{3}, kT0), cmd::Next{}, kT0 + 5 * kSec);
    REQUIRE(s.finished);
    for (const Command& c : {Command{cmd::Next{}}, Command{cmd::StartPause{}}, Command{cmd::AddTime{kMin}},
                             Command{cmd::Pass{}}, Command{cmd::GiveFloor{1}}, Command{cmd::RotateOrder{}}}) {
        const Outcome out = reduce(s, c, kT0);
        CHECK(out.why == Why::finished);
        CHECK_FALSE(out.changed);
    }
}

TEST_CASE("reducer: add and remove a minute, but never below zero length") {
    Session s = apply(session_of(), cmd::AddTime{kMin}, kT0);
    CHECK(remaining(current_record(s).timer, kT0) == 11 * kMin);
    for (int i = 0; i < 11; ++i) s = apply(s, cmd::AddTime{-kMin}, kT0);
    CHECK(remaining(current_record(s).timer, kT0) == 0);
    CHECK(reduce(s, cmd::AddTime{-kMin}, kT0).why == Why::negative_duration);
}

TEST_CASE("reducer: give the floor only in a free step, to an existing participant") {
    Session s = session_of(5, 0);
    CHECK(reduce(s, cmd::GiveFloor{2}, kT0).why == Why::not_a_free_step);
    s = apply(s, cmd::JumpTo{3}, kT0);
    CHECK(reduce(s, cmd::GiveFloor{7}, kT0).why == Why::no_such_participant);
    s = apply(s, cmd::GiveFloor{2}, kT0);
    CHECK(current_speaker(s) == 2);
    CHECK(reduce(s, cmd::GiveFloor{2}, kT0).why == Why::already_there);
}

TEST_CASE("reducer: jump to a step, refusing a step that does not exist") {
    Session s = session_of();
    CHECK(reduce(s, cmd::JumpTo{9}, kT0).why == Why::no_such_step);
    CHECK(reduce(s, cmd::JumpTo{-1}, kT0).why == Why::no_such_step);
    CHECK(reduce(s, cmd::JumpTo{0}, kT0).why == Why::already_there);
    s = apply(s, cmd::JumpTo{2}, kT0);
    CHECK(s.step == 2);
    CHECK(current_speaker(s) == 0);  // everyone: the client first
}

TEST_CASE("reducer: changing the client rebuilds the current order and keeps the time spoken") {
    Session s = apply(session_of(4, 0), cmd::JumpTo{1}, kT0);
    s = apply(s, cmd::StartPause{}, kT0);
    s = apply(s, cmd::ChangeClient{1}, kT0 + kMin);
    CHECK(s.client == 1);
    CHECK(current_record(s).turns.rounds.back().order == std::vector<Speaker>{2, 3, 0});
    CHECK(speaking_time(s, 1, kT0 + kMin) == kMin);
    CHECK(reduce(s, cmd::ChangeClient{1}, kT0).why == Why::already_there);
    CHECK(reduce(s, cmd::ChangeClient{4}, kT0).why == Why::no_such_participant);
}

TEST_CASE("reducer: rotate and shuffle apply to turn steps only") {
    Session s = session_of(5, 0);
    CHECK(reduce(s, cmd::RotateOrder{}, kT0).why == Why::not_a_turn_step);
    s = apply(s, cmd::JumpTo{1}, kT0);
    const Outcome rotated = reduce(s, cmd::RotateOrder{}, kT0);
    CHECK(rotated.changed);
    CHECK(current_record(rotated.session).turns.rounds.back().order == std::vector<Speaker>{2, 3, 4, 1});
    Session two = apply(session_of(2, 0), cmd::JumpTo{1}, kT0);
    CHECK(reduce(two, cmd::ShuffleOrder{7}, kT0).why == Why::nothing_to_reorder);
}

TEST_CASE("reducer: quit and reset need a confirmation, and any other command cancels it") {
    Session s = apply(session_of(), cmd::StartPause{}, kT0);
    Outcome out = reduce(s, cmd::RequestQuit{}, kT0);
    CHECK_FALSE(out.quit);
    CHECK(out.session.pending == Pending::quit);
    CHECK(reduce(out.session, cmd::Confirm{}, kT0).quit);
    const Session cancelled = apply(out.session, cmd::Next{}, kT0);
    CHECK(cancelled.pending == Pending::none);
    CHECK_FALSE(reduce(cancelled, cmd::Confirm{}, kT0).quit);
    CHECK(reduce(cancelled, cmd::Confirm{}, kT0).why == Why::nothing_pending);

    s = apply(s, cmd::Next{}, kT0 + kMin);
    s = apply(s, cmd::RequestReset{}, kT0 + kMin);
    CHECK(s.step == 1);  // a request alone changes nothing
    s = apply(s, cmd::Confirm{}, kT0 + kMin);
    CHECK(s.step == 0);
    CHECK_FALSE(current_record(s).timer.started);
    CHECK(s.group.participants.size() == 5);
}

TEST_CASE("reducer: blank and language are toggles that keep time running") {
    Session s = apply(session_of(), cmd::StartPause{}, kT0);
    s = apply(s, cmd::ToggleBlank{}, kT0 + kMin);
    CHECK(s.blanked);
    CHECK(is_running(current_record(s).timer));
    s = apply(s, cmd::ToggleBlank{}, kT0 + 2 * kMin);
    CHECK_FALSE(s.blanked);
    s = apply(s, cmd::ToggleLang{}, kT0);
    CHECK(s.lang == Lang::fr);  // proposed, shown on the wall: Enter switches
    CHECK(s.pending == Pending::language);
    s = apply(s, cmd::Confirm{}, kT0);
    CHECK(s.lang == Lang::en);
    CHECK(is_running(current_record(s).timer));
    CHECK(reduce(s, cmd::SetLang{Lang::en}, kT0).why == Why::already_there);
}
