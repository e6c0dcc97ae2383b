#pragma once
// The keys of each window, one frame's worth at a time: a key press is
// routed (core/key_routing.hpp) to a command for the session, to the
// console's widgets, or to opening and closing what covers the wall. Keys
// wait while ImGui settles a focus (a few frames at most), never pile up.
#include <cstdint>
#include <string>

#include "core/key_routing.hpp"
#include "platform/gl_window.hpp"
#include "platform/screens.hpp"
#include "platform/session_owner.hpp"
#include "ui/console_view.hpp"

namespace atelier::platform {

// A key position as this keyboard's layout prints it ("q" on AZERTY's A key).
std::string key_label(int key);

class Keyboard {
public:
    Keyboard(SessionOwner& owner, const KeyMap& keys, ui::ConsoleView& console, Screens& screens, Overlays& overlays)
        : owner_(owner), keys_(keys), console_(console), screens_(screens), overlays_(overlays) {}
    // Takes this frame's input of `window`; true when anything came (a frame is due).
    bool handle(GlWindow& window, Surface surface, int64_t now);

private:
    KeyPress key_press(const std::vector<InputEvent>& batch, size_t index) const;

    SessionOwner& owner_;
    const KeyMap& keys_;
    ui::ConsoleView& console_;
    Screens& screens_;
    Overlays& overlays_;
    uint32_t seed_ = 0;  // shuffles differ from one press to the next
};

}  // namespace atelier::platform
