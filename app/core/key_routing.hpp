#pragma once
// Where a key press goes: to a command for the reducer, to the facilitator's
// console widgets, or to opening and closing what covers the wall. Pure data
// in, decision out: the modes are plain values and the rules are tested
// without a display.
#include <cstdint>
#include <optional>

#include "core/keymap.hpp"

namespace atelier {

// What covers the wall window.
struct Overlays {
    bool help = false;          // the help over the wall
    bool console = false;       // the console drawn over the wall (one monitor)
    bool console_help = false;  // the help in the console's own window (two monitors)
    bool operator==(const Overlays&) const = default;
};

enum class Surface { wall, console_window };
enum class ConsoleMode { live, prepare };  // running the atelier / preparing the next one

struct KeyContext {
    Surface surface = Surface::wall;
    Overlays overlays;
    bool console_window = false;   // the console has a window of its own (two monitors)
    ConsoleMode console_mode = ConsoleMode::live;
    bool typing = false;           // a text field of the console has the keyboard
};

struct Routed {
    std::optional<Command> command;
    Overlays overlays;            // after this key
    bool to_console = false;      // the console's widgets take the key
    bool raise_console = false;   // bring the console window forward
};

// The clicker's own buttons: they act even while the facilitator types in the
// console (a clicker in the hand must never type into a field on the laptop).
bool is_clicker_only_key(const KeyPress& press);

Routed route_key(const KeyContext& context, const KeyPress& press, const KeyMap& keys, const Session& session,
                 uint32_t seed);

}  // namespace atelier
