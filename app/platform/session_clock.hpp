#pragma once
// The only clock reads of Atelier.
//
// How the two clocks combine: at start, the session clock takes the wall
// clock (so a timer that ran while the app was down has kept running), but
// never earlier than the moment the state was last saved (a wall clock moved
// backwards while the app was down cannot run a timer backwards). From there
// it advances with the monotonic clock only, so changing the system clock
// while a timer runs does not change the displayed time.
#include <cstdint>

namespace atelier::platform {

class SessionClock {
public:
    using Source = int64_t (*)();  // milliseconds
    SessionClock();  // the system's wall clock and monotonic clock
    // For tests: any two clock sources.
    SessionClock(Source wall_ms, Source steady_ms);
    // Call once the saved state is known.
    void not_before(int64_t saved_at);
    // Stops the clock at `at`: screenshots drawn at an exact moment, so two
    // runs can be compared pixel for pixel.
    void freeze_at(int64_t at);
    int64_t now() const;  // ms since the Unix epoch, session clock
    // Local time minus UTC, for the clock shown on the wall.
    static int64_t utc_offset_ms(int64_t at);

private:
    Source steady_;
    int64_t base_ms_;
    int64_t base_steady_;
    bool frozen_ = false;
};

}  // namespace atelier::platform
