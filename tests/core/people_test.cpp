// People, live: late arrivals, departures, names, the order, the floor.
#include "core/reducer.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "core/invariant.hpp"
#include "core/wall_model.hpp"
#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {
// Step 1 of four_step_method() is a round step: consultants 1..4 when Amélie (0) is client.
Session round_running(int people = 5) {
    Session s = apply(session_of(people, 0), cmd::StartPause{}, kT0);
    return apply(s, cmd::JumpTo{1}, kT0 + kMin);
}
std::vector<Speaker> order_of(const Session& s) { return current_record(s).turns.rounds.back().order; }
void sound(const Session& s) {
    const auto v = find_violation(s);
    CHECK_MESSAGE(!v, (v ? v->field + ": " + v->reason : ""));
}
}  // namespace

TEST_CASE("people: a late arrival mid-round joins after the current speaker and speaks next") {
    Session s = apply(round_running(), cmd::Next{}, kT0 + 2 * kMin);  // Chloé (2) speaks
    const Outcome out = reduce(s, cmd::AddParticipant{"Zoé Late", *current_speaker(s)}, kT0 + 3 * kMin);
    REQUIRE(out.why == Why::ok);
    s = out.session;
    sound(s);
    CHECK(s.group.participants.back() == "Zoé Late");
    CHECK(order_of(s) == std::vector<Speaker>{1, 2, 5, 3, 4});
    s = apply(s, cmd::Next{}, kT0 + 4 * kMin);
    CHECK(current_speaker(s) == 5);
    // Nothing recorded was lost: Benoît and Chloé keep their time.
    CHECK(speaking_time(s, 1, kT0 + 4 * kMin) == kMin);
    CHECK(speaking_time(s, 2, kT0 + 4 * kMin) == 2 * kMin);
}

TEST_CASE("people: a late arrival can join at the end of the round, and is in every later round") {
    Session s = round_running();
    s = apply(s, cmd::AddParticipant{"Zoé", kNobody}, kT0 + 2 * kMin);
    CHECK(order_of(s).back() == 5);
    for (int i = 0; i < 5; ++i) s = apply(s, cmd::Next{}, kT0 + (3 + i) * kMin);
    CHECK(round_number(current_record(s).turns) == 2);
    const auto second = order_of(s);
    CHECK(std::find(second.begin(), second.end(), 5) != second.end());
}

TEST_CASE("people: in an everyone round the late arrival comes before the facilitator, who still closes it") {
    Session s = apply(session_of(4, 0), cmd::JumpTo{2}, kT0);
    s = apply(s, cmd::AddParticipant{"Zoé", kNobody}, kT0 + kSec);
    sound(s);
    const auto order = order_of(s);
    CHECK(order.back() == kFacilitator);
    CHECK(order[order.size() - 2] == 4);
}

TEST_CASE("people: someone who left is skipped from now on, keeps their time, and can come back") {
    Session s = apply(round_running(), cmd::Next{}, kT0 + 3 * kMin);  // Benoît spoke 2 min, Chloé speaks
    s = apply(s, cmd::ParticipantLeft{3}, kT0 + 4 * kMin);  // Éric, still to speak
    sound(s);
    CHECK(order_of(s) == std::vector<Speaker>{1, 2, 4});
    CHECK(s.left.count(3));
    s = apply(s, cmd::Next{}, kT0 + 5 * kMin);
    CHECK(current_speaker(s) == 4);
    // Benoît leaves: his two minutes stay with him.
    s = apply(s, cmd::ParticipantLeft{1}, kT0 + 6 * kMin);
    CHECK(speaking_time(s, 1, kT0 + 6 * kMin) == 2 * kMin);
    CHECK(reduce(s, cmd::GiveFloor{1}, kT0 + 6 * kMin).why == Why::participant_left);
    // The next round is without them.
    s = apply(s, cmd::Next{}, kT0 + 7 * kMin);
    CHECK(round_number(current_record(s).turns) == 2);
    CHECK(order_of(s).size() == 2);
    // Éric comes back: he joins this round at its end.
    s = apply(s, cmd::ParticipantBack{3}, kT0 + 8 * kMin);
    sound(s);
    CHECK(order_of(s).back() == 3);
    CHECK_FALSE(s.left.count(3));
}

TEST_CASE("people: the speaker who leaves hands the floor to the next — the last one, or the client, cannot leave") {
    Session s = apply(round_running(), cmd::Next{}, kT0 + 2 * kMin);  // Chloé speaks
    s = apply(s, cmd::ParticipantLeft{2}, kT0 + 3 * kMin);
    CHECK(current_speaker(s) == 3);
    CHECK(current_record(s).turns.rounds.back().marks[1] == Mark::spoke);
    CHECK(speaking_time(s, 2, kT0 + 3 * kMin) == kMin);
    s = apply(s, cmd::Next{}, kT0 + 4 * kMin);  // Françoise (4), the last of the round
    CHECK(reduce(s, cmd::ParticipantLeft{4}, kT0 + 5 * kMin).why == Why::holds_the_floor);
    CHECK(reduce(s, cmd::ParticipantLeft{0}, kT0 + 5 * kMin).why == Why::client_cannot_leave);
    CHECK(reduce(s, cmd::ChangeClient{2}, kT0 + 5 * kMin).why == Why::participant_left);
}

TEST_CASE("people: renaming keeps every record, and the series follows the new spelling") {
    Session s = apply(round_running(), cmd::Next{}, kT0 + 3 * kMin);
    s.group.history.push_back(past("2026-01-01", "test", "Benoît"));
    s = apply(s, cmd::Rename{1, "Benoit Lefèvre"}, kT0 + 4 * kMin);
    CHECK(s.group.participants[1] == "Benoit Lefèvre");
    CHECK(s.group.history.back().client == "Benoit Lefèvre");
    CHECK(speaking_time(s, 1, kT0 + 4 * kMin) == 2 * kMin);
    CHECK(reduce(s, cmd::Rename{1, "Chloé"}, kT0).why == Why::duplicate_name);
    CHECK(reduce(s, cmd::Rename{1, "   "}, kT0).why == Why::empty_name);
    CHECK(reduce(s, cmd::Rename{1, "A\x01" "B"}, kT0).why == Why::bad_text);
    s = apply(s, cmd::Rename{kFacilitator, "Sophie G."}, kT0);
    CHECK(s.group.facilitator == "Sophie G.");
}

TEST_CASE("people: the order of those still to speak can be changed — what has passed cannot") {
    Session s = apply(round_running(), cmd::Next{}, kT0 + 2 * kMin);  // order 1 2 3 4, Chloé (2) speaks
    s = apply(s, cmd::MoveInOrder{4, 2}, kT0 + 3 * kMin);
    CHECK(order_of(s) == std::vector<Speaker>{1, 2, 4, 3});
    CHECK(reduce(s, cmd::MoveInOrder{1, 3}, kT0).why == Why::not_movable);  // Benoît spoke
    CHECK(reduce(s, cmd::MoveInOrder{3, 0}, kT0).why == Why::not_movable);
    CHECK(reduce(s, cmd::MoveInOrder{0, 2}, kT0).why == Why::no_such_participant);  // the client is not in the round
}

TEST_CASE("people: giving the floor in a round step moves that consultant up, the current one has spoken") {
    Session s = round_running();  // Benoît speaks; then 2 3 4
    s = apply(s, cmd::GiveFloor{4}, kT0 + 2 * kMin);
    CHECK(current_speaker(s) == 4);
    CHECK(order_of(s) == std::vector<Speaker>{1, 4, 2, 3});
    CHECK(reduce(s, cmd::GiveFloor{1}, kT0).why == Why::already_spoke);
    CHECK(reduce(s, cmd::GiveFloor{0}, kT0).why == Why::not_movable);
    CHECK(reduce(apply(s, cmd::JumpTo{0}, kT0), cmd::GiveFloor{2}, kT0).why == Why::not_a_free_step);
}

TEST_CASE("people: the group is never more than 24, and names are tidied") {
    Session s = session_of(12, 0);
    for (int i = 0; i < 12; ++i) s = apply(s, cmd::AddParticipant{"  Guest   " + std::to_string(i) + " ", kNobody}, kT0);
    CHECK(s.group.participants.back() == "Guest 11");
    CHECK(reduce(s, cmd::AddParticipant{"One more", kNobody}, kT0).why == Why::too_many_participants);
    CHECK(reduce(session_of(), cmd::AddParticipant{"Chloé", kNobody}, kT0).why == Why::duplicate_name);
}

TEST_CASE("people: a name that would show nothing, reorder the wall or hold an emoji is refused, each with its reason") {
    const Session s = session_of();
    CHECK(reduce(s, cmd::AddParticipant{"\u200B\u200B", kNobody}, kT0).why == Why::empty_name);
    CHECK(reduce(s, cmd::AddParticipant{"Zoë\u202Ekrow", kNobody}, kT0).why == Why::bad_text);
    CHECK(reduce(s, cmd::AddParticipant{"Zoë 🌸", kNobody}, kT0).why == Why::not_drawable);
    CHECK(reduce(s, cmd::Rename{1, std::string("Ben\0oît", 7)}, kT0).why == Why::bad_text);
    CHECK(reduce(s, cmd::AddParticipant{"Wang Xiaoming 王小明", kNobody}, kT0).why == Why::ok);
}
