#include "core/timer.hpp"

#include <algorithm>

#include "core/invariant.hpp"

namespace atelier {

int64_t elapsed(const StepTimer& timer, int64_t now) {
    if (!timer.started) return 0;
    const int64_t end = timer.paused ? timer.paused_at : now;
    // At most the longest duration a session stores (invariant.hpp): a timer
    // started decades before `now` (a board without a clock that booted in
    // 1970, then set the date) must not fill speaking times the loader refuses.
    return std::clamp<int64_t>(end - timer.started_at - timer.paused_total, 0, kMaxDurationMs);
}

int64_t remaining(const StepTimer& timer, int64_t now) {
    return timer.planned_ms + timer.added_ms - elapsed(timer, now);
}

bool is_running(const StepTimer& timer) { return timer.started && !timer.paused; }

StepTimer started(StepTimer timer, int64_t now) {
    if (timer.started) return resumed(timer, now);
    timer.started = true;
    timer.started_at = now;
    timer.paused = false;
    timer.paused_total = 0;
    return timer;
}

StepTimer paused(StepTimer timer, int64_t now) {
    if (!is_running(timer)) return timer;
    if (now - timer.started_at < timer.paused_total) {
        // The clock stands before the start: the timer has run no time, and
        // freezes at zero now (a later freeze point could lie past the clock's range).
        timer.started_at = now;
        timer.paused_total = 0;
    }
    timer.paused_at = now;
    timer.paused = true;
    return timer;
}

StepTimer resumed(StepTimer timer, int64_t now) {
    if (!timer.started) return started(timer, now);
    if (!timer.paused) return timer;
    const int64_t frozen = elapsed(timer, now);
    if (now >= timer.paused_at && now - timer.paused_at <= kMaxDurationMs - timer.paused_total) {
        timer.paused_total += now - timer.paused_at;
    } else {
        // The clock moved backwards while paused, or the pause lasted longer
        // than a stored duration may: rebase so elapsed continues.
        timer.started_at = now - timer.paused_total - frozen;
    }
    timer.paused = false;
    return timer;
}

Phase phase(const StepTimer& timer, const Thresholds& thresholds, int64_t now) {
    if (!timer.started) return Phase::not_started;
    if (timer.paused) return Phase::paused;
    const int64_t left = remaining(timer, now);
    if (left < 0) return Phase::overtime;
    if (left <= thresholds.danger_ms) return Phase::danger;
    if (left <= thresholds.warning_ms) return Phase::warning;
    return Phase::running;
}

double progress(const StepTimer& timer, int64_t now) {
    const int64_t total = timer.planned_ms + timer.added_ms;
    if (total <= 0) return timer.started ? 1.0 : 0.0;
    return std::clamp(static_cast<double>(elapsed(timer, now)) / static_cast<double>(total), 0.0, 1.0);
}

int64_t ms_to_next_second(const StepTimer& timer, int64_t now) {
    // A paused or idle wall still shows the time of day: wake at its seconds.
    if (!is_running(timer)) return 1000 - ((now % 1000) + 1000) % 1000;
    // Counting down, the shown seconds change when the remaining time crosses
    // a whole second; counting up in overtime, likewise on the other side.
    const int64_t left = remaining(timer, now);
    if (left > 0) {
        const int64_t to_next = left % 1000;
        return to_next == 0 ? 1000 : to_next;
    }
    return 1000 - ((-left) % 1000);
}

}  // namespace atelier
