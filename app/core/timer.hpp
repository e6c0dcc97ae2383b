#pragma once
// The step timer keeps timestamps, never a countdown: remaining time is derived
// at `now`, so late frames, sleeps and restarts cannot make it drift.
#include <cstdint>

#include "core/method.hpp"

namespace atelier {

struct StepTimer {
    int64_t planned_ms = 0;
    int64_t added_ms = 0;    // + or - minutes given by the facilitator
    bool started = false;
    int64_t started_at = 0;  // ms, the session clock
    bool paused = false;
    int64_t paused_at = 0;
    int64_t paused_total = 0;  // ms spent paused before `paused_at`
    bool operator==(const StepTimer&) const = default;
};

enum class Phase { not_started, running, warning, danger, overtime, paused };

// Time the step has run, pauses excluded. Never negative, even when the clock
// stands before `started_at` (a clock moved backwards).
int64_t elapsed(const StepTimer& timer, int64_t now);
// Planned + added - elapsed; negative in overtime.
int64_t remaining(const StepTimer& timer, int64_t now);
bool is_running(const StepTimer& timer);

StepTimer started(StepTimer timer, int64_t now);
StepTimer paused(StepTimer timer, int64_t now);
// Resuming keeps the elapsed time exactly where the pause froze it.
StepTimer resumed(StepTimer timer, int64_t now);

Phase phase(const StepTimer& timer, const Thresholds& thresholds, int64_t now);
// Share of the step used, 0..1 (1 in overtime).
double progress(const StepTimer& timer, int64_t now);
// Milliseconds until the displayed whole second changes (for frame pacing).
int64_t ms_to_next_second(const StepTimer& timer, int64_t now);

}  // namespace atelier
