#include "core/summary.hpp"

#include <doctest/doctest.h>

#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

TEST_CASE("summary: planned versus actual time per step at any moment") {
    Session s = apply(session_of(), cmd::StartPause{}, kT0);
    s = apply(s, cmd::Next{}, kT0 + 12 * kMin);
    const Summary sum = summarize(s, kT0 + 15 * kMin);
    CHECK(sum.steps[0].planned_ms == 10 * kMin);
    CHECK(sum.steps[0].actual_ms == 12 * kMin);
    CHECK(sum.steps[1].actual_ms == 3 * kMin);
    CHECK(sum.actual_total_ms == 15 * kMin);
}

TEST_CASE("summary: the projected end moves when a step runs over") {
    Session s = apply(session_of(), cmd::StartPause{}, kT0);
    // 45 planned; on time the atelier ends at kT0 + 45 min.
    CHECK(summarize(s, kT0).projected_end == kT0 + 45 * kMin);
    // Twelve minutes into a ten-minute step: the 35 later minutes start from now.
    CHECK(summarize(s, kT0 + 12 * kMin).projected_end == kT0 + 47 * kMin);
}

TEST_CASE("summary: speaking time per person excludes pauses") {
    Session s = apply(session_of(3, 0), cmd::StartPause{}, kT0);
    s = apply(s, cmd::StartPause{}, kT0 + 2 * kMin);
    s = apply(s, cmd::StartPause{}, kT0 + 7 * kMin);
    const Summary sum = summarize(s, kT0 + 8 * kMin);
    CHECK(sum.people[0].spoken_ms == 3 * kMin);
    CHECK(sum.people[1].spoken_ms == 0);
}
