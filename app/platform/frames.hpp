#pragma once
// One frame of each screen: the wall (with what covers it: a notice, the
// help, the flash, and with one monitor the console) and the console's own
// window, both from the session at `now`. Each draws and shows only what
// changed (partial_frame.hpp).
#include <cstdint>

#include "core/config_set.hpp"
#include "core/key_routing.hpp"
#include "platform/console_room.hpp"
#include "platform/effects.hpp"
#include "platform/pacer.hpp"
#include "platform/screens.hpp"
#include "platform/session_clock.hpp"
#include "platform/session_owner.hpp"
#include "platform/state_store.hpp"
#include "ui/painter.hpp"

namespace atelier::platform {

class Frames {
public:
    Frames(const SessionOwner& owner, const StateStore& store, const ConfigSet& config, const SessionClock& clock, Screens& screens,
           Effects& effects, ConsoleRoom& console, Overlays& overlays)
        : owner_(owner), store_(store), config_(config), clock_(clock), screens_(screens), effects_(effects), console_(console),
          overlays_(overlays) {}

    // The console is drawn over the wall: one monitor, and F2 opened it.
    bool console_over_wall() const { return overlays_.console && !screens_.console_window(); }
    // Draws the wall; `log` records every text drawn (the legibility tests);
    // `present` false keeps the frame in the back buffer (a screenshot).
    void draw_wall(int64_t now, ui::TextLog* log = nullptr, bool present = true);
    // Draws the console's own window, if there is one; the pixels drawn (0: nothing changed).
    long draw_console(int64_t now, bool present = true);
    // What the next visible change depends on.
    WakeReasons wake_reasons(int64_t now) const;

private:
    std::string wall_notice(int64_t now) const;

    const SessionOwner& owner_;
    const StateStore& store_;
    const ConfigSet& config_;
    const SessionClock& clock_;
    Screens& screens_;
    Effects& effects_;
    ConsoleRoom& console_;
    Overlays& overlays_;
};

}  // namespace atelier::platform
