#pragma once
// What the room should notice beside the wall's text: a calm flash of the
// timer at a new step, a warning, danger and zero, and the chime the room
// turned on for it. Decided in core (wall_event, chime_for); played here.
#include <cstdint>
#include <string>

#include "core/settings.hpp"
#include "core/wall_model.hpp"
#include "platform/chime_player.hpp"

namespace atelier::platform {

class Effects {
public:
    explicit Effects(const Settings& settings) : settings_(settings) {}
    // Opens the sound when a chime is on; "" or the message for the console.
    std::string open_sound();
    // At each wall frame: notices what changed since the last one, flashes and
    // chimes for it, and returns the flash's strength now (0 to 1).
    float at_frame(const Session& session, Phase phase, int64_t now);
    bool animating(int64_t now) const { return flash_start_ >= 0 && now - flash_start_ < kFlashMs; }

private:
    static constexpr int64_t kFlashMs = 1200;
    const Settings& settings_;
    ChimePlayer chimes_;
    FlashWatch watch_;
    int64_t flash_start_ = -1;
};

}  // namespace atelier::platform
