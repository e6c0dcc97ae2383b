#pragma once
// Keys to actions, as data (config/keys.json). A binding matches either a key
// position (a GLFW key token: where the key sits, as a clicker sends it
// whatever the layout) or a character (what the key types on the active
// layout: "+", "-", "p", "?"), so that an AZERTY or QWERTZ keyboard keeps
// every shortcut where its keycap says. Core knows key codes as numbers only.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/commands.hpp"
#include "core/config_error.hpp"
#include "core/lang.hpp"
#include "core/session.hpp"

namespace atelier {

enum class ActionKind {
    next, previous, start_pause, blank, add_minute, remove_minute, pass, next_step, previous_step,
    rotate, shuffle, one_more_round, floor, step, toggle_lang, help, console, confirm, cancel, quit, reset,
};

struct Action {
    ActionKind kind = ActionKind::next;
    int n = 0;  // floor_N: 1-based participant; step_N: the step numbered N on the wall
    bool operator==(const Action&) const = default;
};

// Modifier bits, the same values as GLFW's.
constexpr int kShift = 0x1, kCtrl = 0x2, kAlt = 0x4, kSuper = 0x8;

struct KeyChord {
    bool by_character = false;
    int key = 0;             // by position: GLFW key token
    char32_t character = 0;  // by character: a lower-case letter, a digit or a symbol
    int mods = 0;            // kShift | kCtrl | kAlt | kSuper; Shift counts for letters only
    bool operator==(const KeyChord&) const = default;
};

// One key press as the platform saw it.
struct KeyPress {
    int key = 0;          // GLFW key token: the key's position
    int mods = 0;
    char32_t typed = 0;   // the character it typed (shift and layout applied), 0 if none
    char32_t base = 0;    // the character of that key on the active layout, unshifted (GLFW's key name), 0 if none
};

struct Binding {
    KeyChord chord;
    Action action;
};

struct KeyMap {
    std::vector<Binding> bindings;
};

// Characters first (what the keycap says on this layout), then positions.
std::optional<Action> action_for(const KeyMap& map, const KeyPress& press);
// "next", "floor_3", "step_0"...; and back.
std::optional<Action> parse_action(const std::string& name);
std::string action_name(const Action& action);
// "PageDown", "Shift+F5", "Ctrl+Digit1" (positions); "+", "p", "Ctrl+q" (characters); and back.
std::optional<KeyChord> parse_chord(const std::string& text);
std::string chord_name(const KeyChord& chord);
// Key names as the keycaps of `lang`'s keyboards print them, in a text made of
// chord labels ("Shift+PageDown,  Escape" reads "Maj+Page suiv.,  Échap" in
// French); arrows become arrows in every language.
std::string keycap_words(const std::string& labels, Lang lang);
// What the help shows for a chord: characters as typed ("P", "?"), positions
// by their name, or by what that key types on this layout when `layout_label`
// knows it (the key at the US "." position reads ":" on AZERTY).
std::string chord_label(const KeyChord& chord, const std::function<std::string(int key)>& layout_label);
// Every key bound to an action, for the help overlay.
std::vector<KeyChord> keys_for(const KeyMap& map, const Action& action);

// An unknown key or action name is an error naming the file and the field.
Parsed<KeyMap> parse_keymap(const std::string& text, const std::string& file);

// What an action asks of the session; nullopt for actions the shell handles
// itself (help, console). `seed` feeds shuffle.
std::optional<Command> command_for(const Action& action, const Session& session, uint32_t seed);

// GLFW key tokens the router needs by name.
constexpr int kKeyEscape = 256, kKeyEnter = 257, kKeyTab = 258, kKeyPageUp = 266, kKeyPageDown = 267, kKeyF5 = 294;

}  // namespace atelier
