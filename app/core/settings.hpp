#pragma once
// config/settings.json: the room's preferences.
#include <string>

#include "core/config_error.hpp"
#include "core/lang.hpp"

namespace atelier {

struct Settings {
    Lang lang = Lang::fr;
    bool flash = true;          // flash the timer when the phase or the step changes
    std::string method = "codev-2h30";  // for a new atelier
};

Parsed<Settings> parse_settings(const std::string& text, const std::string& file);

}  // namespace atelier
