#include "core/turns.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

TEST_CASE("turns: a round is the consultants in seating order, without the client") {
    const Group g = group_of(5);
    CHECK(round_order(SpeakingMode::round, g, 2, 0, {}) == std::vector<Speaker>{0, 1, 3, 4});
}

TEST_CASE("turns: who opens a round rotates") {
    const Group g = group_of(5);
    CHECK(round_order(SpeakingMode::round, g, 0, 1, {}) == std::vector<Speaker>{2, 3, 4, 1});
    CHECK(round_order(SpeakingMode::round, g, 0, 5, {}) == std::vector<Speaker>{2, 3, 4, 1});
}

TEST_CASE("turns: everyone speaks once, the client first and the facilitator last") {
    const Group g = group_of(4);
    CHECK(round_order(SpeakingMode::everyone, g, 2, 0, {}) == std::vector<Speaker>{2, 0, 1, 3, kFacilitator});
}

TEST_CASE("turns: the client holds the floor in a client step — a free step starts with nobody") {
    const Group g = group_of(4);
    CHECK(round_order(SpeakingMode::client, g, 1, 0, {}) == std::vector<Speaker>{1});
    const Turns free = begin_turns(SpeakingMode::free, g, 1, 0, {});
    CHECK_FALSE(current_speaker(free).has_value());
}

TEST_CASE("turns: speaking time counts the step's elapsed time while holding the floor") {
    Turns t = begin_turns(SpeakingMode::round, group_of(4), 0, 0, {});
    REQUIRE(current_speaker(t) == 1);
    t = advanced(t, Mark::spoke, 90 * kSec);
    CHECK(spoken(t, 1, 90 * kSec) == 90 * kSec);
    CHECK(current_speaker(t) == 2);
    CHECK(spoken(t, 2, 120 * kSec) == 30 * kSec);  // live time of the current speaker
    CHECK(current_turn_ms(t, 120 * kSec) == 30 * kSec);
}

TEST_CASE("turns: stepping back returns the floor and keeps the time already spoken") {
    Turns t = begin_turns(SpeakingMode::round, group_of(4), 0, 0, {});
    t = advanced(t, Mark::spoke, 60 * kSec);
    t = stepped_back(t, 80 * kSec);
    CHECK(current_speaker(t) == 1);
    CHECK(t.rounds.back().marks[1] == Mark::upcoming);
    CHECK(spoken(t, 2, 80 * kSec) == 20 * kSec);
    CHECK(spoken(t, 1, 100 * kSec) == 80 * kSec);
}

TEST_CASE("turns: stepping back from a new round's opener returns to the last round") {
    Turns t = begin_turns(SpeakingMode::round, group_of(3), 0, 0, {});
    t = advanced(t, Mark::spoke, 10 * kSec);
    t = with_new_round(t, {2, 1}, 20 * kSec);
    CHECK(round_number(t) == 2);
    t = stepped_back(t, 25 * kSec);
    CHECK(round_number(t) == 1);
    CHECK(current_speaker(t) == 2);
    CHECK(spoken(t, 2, 25 * kSec) == 15 * kSec);
}

TEST_CASE("turns: the last position cannot advance") {
    Turns t = begin_turns(SpeakingMode::round, group_of(3), 0, 0, {});
    t = advanced(t, Mark::spoke, 0);
    CHECK(at_last_position(t));
    const Turns same = advanced(t, Mark::spoke, 0);
    CHECK(same.position == t.position);
}

TEST_CASE("turns: giving the floor in a free step appends the speaker and closes the previous turn") {
    Turns t = begin_turns(SpeakingMode::free, group_of(4), 0, 0, {});
    t = with_floor_given(t, 3, 10 * kSec);
    t = with_floor_given(t, 1, 40 * kSec);
    CHECK(current_speaker(t) == 1);
    CHECK(spoken(t, 3, 40 * kSec) == 30 * kSec);
    CHECK(t.rounds.back().marks[0] == Mark::spoke);
}

TEST_CASE("turns: rotating before anyone spoke moves the opener too") {
    Turns t = begin_turns(SpeakingMode::round, group_of(4), 0, 0, {});
    t = with_rest_rotated(t, false, 0);
    CHECK(t.rounds.back().order == std::vector<Speaker>{2, 3, 1});
}

TEST_CASE("turns: rotating during a round only moves who has not spoken") {
    Turns t = begin_turns(SpeakingMode::round, group_of(5), 0, 0, {});
    t = advanced(t, Mark::spoke, 10 * kSec);  // 1 spoke, 2 speaks
    t = with_rest_rotated(t, false, 20 * kSec);
    CHECK(t.rounds.back().order == std::vector<Speaker>{1, 2, 4, 3});
}

TEST_CASE("turns: in an everyone round, reordering keeps the client first and the facilitator last") {
    Turns t = begin_turns(SpeakingMode::everyone, group_of(5), 0, 0, {});
    for (uint32_t seed = 0; seed < 20; ++seed) {
        const Turns s = with_rest_shuffled(t, true, seed, 0);
        CHECK(s.rounds.back().order.front() == 0);
        CHECK(s.rounds.back().order.back() == kFacilitator);
        auto sorted = s.rounds.back().order;
        std::sort(sorted.begin(), sorted.end());
        CHECK(sorted == std::vector<Speaker>{kFacilitator, 0, 1, 2, 3, 4});
    }
}

TEST_CASE("turns: shuffling mid-round mixes only who is still to speak, and another seed gives another order") {
    Turns t = begin_turns(SpeakingMode::round, group_of(9), 0, 0, {});  // 1..8 in seating order
    t = advanced(t, Mark::spoke, 40 * kSec);
    t = advanced(t, Mark::passed, 70 * kSec);  // 1 spoke, 2 passed, 3 speaks
    REQUIRE(current_speaker(t) == 3);
    std::set<std::vector<Speaker>> orders;
    for (uint32_t seed = 0; seed < 20; ++seed) {
        CAPTURE(seed);
        const Turns s = with_rest_shuffled(t, false, seed, 90 * kSec);
        const std::vector<Speaker>& order = s.rounds.back().order;
        REQUIRE(order.size() == 8);
        // Who spoke, passed or holds the floor keeps their place, their mark and their time.
        CHECK(std::vector<Speaker>(order.begin(), order.begin() + 3) == std::vector<Speaker>{1, 2, 3});
        CHECK(s.rounds.back().marks == t.rounds.back().marks);
        CHECK(current_speaker(s) == 3);
        CHECK(spoken(s, 1, 90 * kSec) == spoken(t, 1, 90 * kSec));
        CHECK(spoken(s, 3, 90 * kSec) == spoken(t, 3, 90 * kSec));
        // The rest: the same five people, once each.
        std::vector<Speaker> rest(order.begin() + 3, order.end());
        std::sort(rest.begin(), rest.end());
        CHECK(rest == std::vector<Speaker>{4, 5, 6, 7, 8});
        orders.insert(order);
    }
    // A shuffle that always gave the seating order (or one fixed order) would fail here:
    // 20 seeds over 120 possible orders give many different ones.
    CHECK(orders.size() >= 10);
    CHECK(orders.count(t.rounds.back().order) <= 1);
}
