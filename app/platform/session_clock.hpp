#pragma once
// The only clock reads of Atelier.
//
// How the clocks combine. The session clock is what the timers run on. It
// counts with the clock that counts since boot, sleeps included (Linux's
// CLOCK_BOOTTIME), and follows the wall clock whenever the wall clock is
// ahead of it:
// - the laptop sleeps 10 minutes: the room went on, so the step's timer
//   counts those 10 minutes, as Ontime's epochs do; the wall's clock and
//   projected end are right as soon as it wakes (the loop looks every second);
// - the wall clock is stepped back (NTP, a user): the session clock does not
//   go back (a running timer never gains time); it runs ahead of the wall
//   clock from then on, and the wall still shows the time of day the system
//   says (the display offset takes the difference away);
// - the wall clock is stepped forward: counted, like a sleep (the two cannot
//   be told apart from inside the app).
// At a restart on the same boot the session clock carries on from the saved
// state exactly (saved session time plus the boot clock's progress since):
// a restart shows what the running wall would have shown. After a reboot it
// takes the wall clock (plus the difference it ran ahead by), never earlier
// than the moment the state was last saved.
#include <cstdint>
#include <string>

#include "core/format.hpp"
#include "core/state_io.hpp"

namespace atelier::platform {

class SessionClock {
public:
    using Source = int64_t (*)();  // milliseconds
    SessionClock();  // the system's wall clock and boot clock
    // For tests: any two clock sources, and a boot id.
    SessionClock(Source wall_ms, Source boot_ms, std::string boot_id = "test-boot");
    // Call once the saved state is known.
    void resume_from(int64_t saved_at, const SavedClock& saved);
    // Stops the clock at `at`: screenshots drawn at an exact moment, so two
    // runs can be compared pixel for pixel.
    void freeze_at(int64_t at);
    // ms since the Unix epoch, session clock. Not const: it follows the wall
    // clock forward when that jumped (a sleep).
    int64_t now();
    // What to save beside the session time.
    SavedClock saved_clock();
    // The session time `at` as local time of day: local time minus UTC at
    // that instant (so a projected end past a DST change reads right), minus
    // how far the session clock runs ahead of the wall clock.
    int64_t display_offset_ms(int64_t at) const;
    // The session clock as the time of day, for the wall, the console and the record.
    LocalTime local_time() const {
        return LocalTime([this](int64_t at) { return display_offset_ms(at); });
    }
    // Bumped each time the clocks jumped apart (a sleep, a step): what the
    // wall shows of the time of day must be drawn again.
    uint64_t jumps() const { return jumps_; }

    // Local time minus UTC at `at` (wall clock ms), from the time zone database.
    static int64_t utc_offset_ms(int64_t at);

private:
    Source wall_, boot_;
    std::string boot_id_;
    int64_t base_ms_ = 0;    // the session time at base_boot_
    int64_t base_boot_ = 0;
    int64_t ahead_ms_ = 0;   // session time minus wall time at the last read
    uint64_t jumps_ = 0;
    bool frozen_ = false;
};

}  // namespace atelier::platform
