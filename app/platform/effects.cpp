#include "platform/effects.hpp"

#include <cmath>
#include <cstdio>

#include "core/chime.hpp"

namespace atelier::platform {

std::string Effects::open_sound() {
    if (!settings_.chimes.any() || chimes_.open()) return "";
    return chimes_.take_message();
}

float Effects::at_frame(const Session& session, Phase phase, int64_t now) {
    const WallEvent event = wall_event(watch_, session, phase);
    if (event != WallEvent::none && settings_.flash) flash_start_ = now;
    if (const auto chime = chime_for(event, settings_.chimes); chime && chimes_.play(*chime))
        std::fprintf(stderr, "atelier: chime: %s (%s)\n", event_name(event), chime->sound);
    if (!animating(now)) return 0;
    return static_cast<float>(std::sin(3.14159265 * static_cast<double>(now - flash_start_) / kFlashMs));
}

}  // namespace atelier::platform
