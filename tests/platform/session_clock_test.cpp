#include "platform/session_clock.hpp"

#include <doctest/doctest.h>

using atelier::platform::SessionClock;

namespace {
// Fake clocks the test moves by hand (no globals outside the test).
int64_t g_wall = 0, g_steady = 0;
int64_t wall() { return g_wall; }
int64_t steady() { return g_steady; }
}  // namespace

TEST_CASE("clock: setting the system clock while a timer runs does not move the session clock") {
    g_wall = 1'780'000'000'000;
    g_steady = 5'000;
    SessionClock clock(wall, steady);
    const int64_t start = clock.now();
    g_wall -= 3'600'000;  // someone sets the clock back an hour
    g_steady += 5'000;    // five seconds pass
    CHECK(clock.now() == start + 5'000);
    g_wall += 7'200'000;  // and forward two hours
    g_steady += 1'000;
    CHECK(clock.now() == start + 6'000);
}

TEST_CASE("clock: after a restart the wall clock is the reference, never earlier than the last save") {
    g_wall = 1'780'000'000'000;
    g_steady = 0;
    SessionClock later(wall, steady);
    later.not_before(g_wall - 60'000);  // saved a minute ago: the wall clock stands
    CHECK(later.now() == g_wall);
    SessionClock moved_back(wall, steady);
    moved_back.not_before(g_wall + 600'000);  // the clock was set back 10 minutes while down
    CHECK(moved_back.now() == g_wall + 600'000);
    g_steady += 2'000;
    CHECK(moved_back.now() == g_wall + 602'000);
}

TEST_CASE("clock: a frozen clock (exact screenshots) stays at its moment however long drawing takes") {
    g_wall = 1'780'000'000'000;
    g_steady = 0;
    SessionClock clock(wall, steady);
    clock.freeze_at(1'767'261'600'000);
    g_steady += 1'234;
    g_wall += 1'234;
    CHECK(clock.now() == 1'767'261'600'000);
}
