#pragma once
// config/settings.json: the room's preferences.
#include <cstdint>
#include <string>

#include "core/config_error.hpp"
#include "core/lang.hpp"

namespace atelier {

struct Settings {
    Lang lang = Lang::fr;
    bool flash = true;          // flash the timer when the phase or the step changes
    std::string method = "codev-2h30";  // for a new atelier
    int64_t step_guard_ms = 2000;       // see Rules::step_guard_ms
    bool forget_content_when_finished = false;  // see Rules::forget_when_finished
    bool keep_plan_for_follow_up = true;
};

Parsed<Settings> parse_settings(const std::string& text, const std::string& file);

}  // namespace atelier
