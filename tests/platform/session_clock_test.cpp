#include "platform/session_clock.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <ctime>

#include "core/format.hpp"

using atelier::SavedClock;
using atelier::platform::SessionClock;

namespace {
// Fake clocks the test moves by hand: the system's wall clock, and the clock
// that counts since boot (a suspend advances it, a clock step does not).
int64_t g_wall = 0, g_boot = 0;
int64_t wall() { return g_wall; }
int64_t boot() { return g_boot; }
constexpr int64_t kT = 1'780'000'000'000;
constexpr int64_t kMin = 60'000;

void at(int64_t w, int64_t b) { g_wall = w, g_boot = b; }
}  // namespace

TEST_CASE("clock: a sleep the boot clock counts (a real suspend) is time the timers count, and the clock reads the real time") {
    at(kT, 5'000);
    SessionClock clock(wall, boot);
    const int64_t start = clock.now();
    at(kT + 10 * kMin, 5'000 + 10 * kMin);  // suspended ten minutes: both clocks went on
    CHECK(clock.now() == start + 10 * kMin);
    CHECK(clock.display_offset_ms(clock.now()) == SessionClock::utc_offset_ms(g_wall));
}

TEST_CASE("clock: a wall clock that jumps ahead of the boot clock (libfaketime's sleep) is followed at once") {
    at(kT, 5'000);
    SessionClock clock(wall, boot);
    const int64_t start = clock.now();
    at(kT + 10 * kMin, 6'000);  // the wall clock moved ten minutes, the boot clock one second
    CHECK(clock.now() == start + 10 * kMin);
    CHECK(clock.jumps() == 1);
    at(kT + 10 * kMin + 2'000, 8'000);  // then both go on together
    CHECK(clock.now() == start + 10 * kMin + 2'000);
    CHECK(clock.jumps() == 1);
}

TEST_CASE("clock: a wall clock stepped back keeps the timers' time, and the wall still shows the system's time of day") {
    at(kT, 0);
    SessionClock clock(wall, boot);
    const int64_t start = clock.now();
    at(kT - 5 * kMin, 1'000);  // an NTP step five minutes back, a second later
    const int64_t now = clock.now();
    CHECK(now == start + 1'000);  // nothing taken from a running timer
    CHECK(clock.jumps() == 1);
    // The time of day on the wall is the system's: the session runs 5 minutes ahead, the offset takes them away.
    CHECK(atelier::clock_text(now, clock.display_offset_ms(now)) == atelier::clock_text(g_wall, SessionClock::utc_offset_ms(g_wall)));
}

TEST_CASE("clock: a restart on the same boot carries on exactly from the save, whatever the wall clock did meanwhile") {
    at(kT, 50'000);
    SessionClock running(wall, boot, "boot-a");
    const int64_t saved_at = running.now();
    const SavedClock saved = running.saved_clock();
    // Killed; the wall clock is set back an hour; 27 s later it starts again.
    at(kT - 3'600'000 + 27'000, 50'000 + 27'000);
    SessionClock restarted(wall, boot, "boot-a");
    restarted.resume_from(saved_at, saved);
    CHECK(restarted.now() == saved_at + 27'000);  // not one second lost
    // The wall clock jumps ahead instead (a sleep while down is counted like one while running).
    at(kT + 10 * kMin, 50'000 + 1'000);
    SessionClock after_sleep(wall, boot, "boot-a");
    after_sleep.resume_from(saved_at, saved);
    CHECK(after_sleep.now() == kT + 10 * kMin);
}

TEST_CASE("clock: a restart on the same boot shows what the running wall would have shown after a step back") {
    at(kT, 0);
    SessionClock running(wall, boot, "boot-a");
    running.now();
    at(kT - 5 * kMin, 1'000);  // the wall clock stepped back while running
    const int64_t saved_at = running.now();
    const SavedClock saved = running.saved_clock();
    at(kT - 5 * kMin + 3'000, 4'000);
    const int64_t would = running.now();
    SessionClock restarted(wall, boot, "boot-a");
    restarted.resume_from(saved_at, saved);
    CHECK(restarted.now() == would);
    CHECK(restarted.display_offset_ms(would) == running.display_offset_ms(would));
}

TEST_CASE("clock: after a reboot the wall clock is the reference, never earlier than the last save") {
    at(kT, 0);
    const SavedClock saved{kT - kMin, "boot-a", 90'000};
    SessionClock later(wall, boot, "boot-b");
    later.resume_from(kT - kMin, saved);  // saved a minute ago, another boot: the wall clock stands
    CHECK(later.now() == kT);
    SessionClock moved_back(wall, boot, "boot-b");
    moved_back.resume_from(kT + 10 * kMin, {kT + 10 * kMin, "boot-a", 90'000});  // the clock was set back 10 minutes while down
    CHECK(moved_back.now() == kT + 10 * kMin);
    at(kT + 2'000, 2'000);
    CHECK(moved_back.now() == kT + 10 * kMin + 2'000);
}

TEST_CASE("clock: a projected end past a DST change reads in the time that holds then") {
    // Paris, the night of 2026-10-25: at 03:00 summer time it is 02:00 winter time.
    const char* old_tz = std::getenv("TZ");
    const std::string keep = old_tz ? old_tz : "";
    setenv("TZ", "Europe/Paris", 1);
    tzset();
    const int64_t before = 1'792'888'800'000;  // 2026-10-25 00:40 UTC = 02:40 CEST
    at(before, 0);
    SessionClock clock(wall, boot);
    const int64_t end = before + 40 * kMin;  // 01:20 UTC = 02:20 CET, after the change
    CHECK(atelier::clock_text(before, clock.display_offset_ms(before)) == "02:40");
    CHECK(atelier::clock_text(end, clock.display_offset_ms(end)) == "02:20");
    if (old_tz) setenv("TZ", keep.c_str(), 1);
    else unsetenv("TZ");
    tzset();
}

TEST_CASE("clock: a frozen clock (exact screenshots) stays at its moment however long drawing takes") {
    at(kT, 0);
    SessionClock clock(wall, boot);
    clock.freeze_at(1'767'261'600'000);
    at(kT + 1'234, 1'234);
    CHECK(clock.now() == 1'767'261'600'000);
}
