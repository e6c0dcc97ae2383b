#pragma once
// config/settings.json: the room's preferences.
#include <cstdint>
#include <string>

#include "core/config_error.hpp"
#include "core/lang.hpp"

namespace atelier {

// Which moments chime, and how loud (0-100 % of the system's volume).
// All off by default: a co-development group talks about a member's real
// situation, often a delicate one, and a sound from the room's speakers
// would cut into a speaker's sentence. The flash (on by default) is silent;
// the facilitator turns on the chimes the group agrees to.
struct ChimeSettings {
    bool step = false;      // a new step (or the summary) is shown
    bool warning = false;   // the timer enters its warning time
    bool danger = false;    // the timer enters its danger time
    bool overtime = false;  // zero: overtime starts
    int volume = 70;        // percent
    bool any() const { return volume > 0 && (step || warning || danger || overtime); }
};

struct Settings {
    Lang lang = Lang::fr;
    bool flash = true;          // flash the timer when the phase or the step changes
    std::string method = "codev-2h30";  // for a new atelier
    int64_t step_guard_ms = 2000;       // see Rules::step_guard_ms
    bool forget_content_when_finished = false;  // see Rules::forget_when_finished
    bool keep_plan_for_follow_up = true;
    ChimeSettings chimes;
};

Parsed<Settings> parse_settings(const std::string& text, const std::string& file);

}  // namespace atelier
