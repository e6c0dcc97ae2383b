#pragma once
// config/settings.json: the room's preferences.
#include <cstdint>
#include <string>
#include <vector>

#include "core/config_error.hpp"
#include "core/enum_table.hpp"
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

// The wall's and the console's colours (ui/theme.hpp): dark for a dim room or
// a projector, light for a bright room.
enum class ThemeName { dark, light };
const EnumTable<ThemeName>& theme_names();  // "dark", "light"

// The remote service (platform/remote_room.hpp): off by default, and then
// nothing listens. A port of 0 turns that transport off.
struct RemoteSettings {
    bool enabled = false;
    int port = 8737;       // HTTP: the phone, the viewer page, Companion, scripts
    int osc_port = 9737;   // OSC over UDP
    bool show_content = false;  // the client's request and plan on the viewer page (a link can travel)
    bool renew_each_atelier = false;  // a new PIN, key and viewer link, no device paired, at each new atelier
    std::vector<std::string> osc_senders = {"127.0.0.1"};  // OSC has no authentication: only these addresses
};

struct Settings {
    Lang lang = Lang::fr;
    std::vector<Lang> languages{Lang::fr, Lang::en};  // what the wall's L key offers, in order
    bool flash = true;          // flash the timer when the phase or the step changes
    ThemeName theme = ThemeName::dark;
    std::string method = "codev-2h30";  // for a new atelier
    int64_t step_guard_ms = 2000;       // see Rules::step_guard_ms
    bool forget_content_when_finished = false;  // see Rules::forget_when_finished
    bool keep_plan_for_follow_up = true;
    ChimeSettings chimes;
    RemoteSettings remote;
};

// settings.json, read field by field: each field that makes sense is kept;
// each missing one keeps the value of `fallback` (the shipped settings, when
// load_config reads the user's); each bad one keeps it too and is an error of
// its own naming the field. A file that is not JSON at all is one error on
// "(file)", and `fallback` whole. Whether a method has the id in "method" is
// known only once the methods are loaded: load_config checks that.
struct SettingsRead {
    Settings settings;
    std::vector<ConfigError> errors;  // in the order of the fields; `file` in each
};
SettingsRead parse_settings(const std::string& text, const std::string& file, const Settings& fallback = Settings{});

}  // namespace atelier
