#include "core/chime.hpp"

#include <algorithm>
#include <cmath>

namespace atelier {

double volume_db(int percent) {
    const int p = std::clamp(percent, 1, 100);
    return 20.0 * std::log10(p / 100.0);
}

std::optional<Chime> chime_for(WallEvent event, const ChimeSettings& s) {
    if (s.volume <= 0) return std::nullopt;
    // The sounds rise with the urgency: a soft "complete" for a new step, a
    // short bell at warning, the warning sound at danger, the alarm clock at zero.
    bool on = false;
    const char* sound = "";
    switch (event) {
        case WallEvent::none: return std::nullopt;
        case WallEvent::step: on = s.step; sound = "complete"; break;
        case WallEvent::warning: on = s.warning; sound = "bell"; break;
        case WallEvent::danger: on = s.danger; sound = "dialog-warning"; break;
        case WallEvent::overtime: on = s.overtime; sound = "alarm-clock-elapsed"; break;
    }
    if (!on) return std::nullopt;
    return Chime{event, sound, volume_db(s.volume)};
}

const char* event_name(WallEvent event) {
    switch (event) {
        case WallEvent::none: return "none";
        case WallEvent::step: return "new step";
        case WallEvent::warning: return "warning";
        case WallEvent::danger: return "danger";
        case WallEvent::overtime: return "overtime";
    }
    return "none";
}

}  // namespace atelier
