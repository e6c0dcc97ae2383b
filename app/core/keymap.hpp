#pragma once
// Keys to actions, as data (config/keys.json). Keys are GLFW key codes, the
// physical key, not the typed character: an AZERTY layout changes nothing.
// Core knows the codes as numbers only; it never includes GLFW.
#include <optional>
#include <string>
#include <vector>

#include "core/commands.hpp"
#include "core/config_error.hpp"
#include "core/session.hpp"

namespace atelier {

enum class ActionKind {
    next, previous, start_pause, blank, add_minute, remove_minute, pass, next_step, previous_step,
    rotate, shuffle, floor, step, toggle_lang, help, setup, confirm, cancel, quit, reset,
};

struct Action {
    ActionKind kind = ActionKind::next;
    int n = 0;  // floor_N, step_N: 1-based
    bool operator==(const Action& o) const { return kind == o.kind && n == o.n; }
};

// Modifier bits, the same values as GLFW's.
constexpr int kShift = 0x1, kCtrl = 0x2, kAlt = 0x4, kSuper = 0x8;

struct KeyChord {
    int key = 0;
    int mods = 0;  // only kShift | kCtrl | kAlt | kSuper count
    bool operator==(const KeyChord& o) const { return key == o.key && mods == o.mods; }
};

struct Binding {
    KeyChord chord;
    Action action;
};

struct KeyMap {
    std::vector<Binding> bindings;
};

std::optional<Action> action_for(const KeyMap& map, int key, int mods);
// "next", "floor_3"...; and back.
std::optional<Action> parse_action(const std::string& name);
std::string action_name(const Action& action);
// "PageDown", "Shift+F5", "Ctrl+Q"...; and back.
std::optional<KeyChord> parse_chord(const std::string& text);
std::string chord_name(const KeyChord& chord);
// Every key bound to an action, for the help overlay.
std::vector<KeyChord> keys_for(const KeyMap& map, const Action& action);

// An unknown key or action name is an error naming the file and the field.
Parsed<KeyMap> parse_keymap(const std::string& text, const std::string& file);

// What an action asks of the session; nullopt for actions the shell handles
// itself (help, setup). `seed` feeds shuffle.
std::optional<Command> command_for(const Action& action, const Session& session, uint32_t seed);

}  // namespace atelier
