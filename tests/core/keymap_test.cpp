#include "core/keymap.hpp"

#include <doctest/doctest.h>

#include "core/config_set.hpp"
#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {
// GLFW key codes (positions) as clickers send them (clickers.md, verified with xdotool).
constexpr int kPageDown = 267, kPageUp = 266, kF5 = 294, kPeriod = 46, kComma = 44, kB = 66, kEscape = 256, kRight = 262,
              kLeft = 263, kSpace = 32, kQ = 81, kA = 65, kR = 82, kEnter = 257, kMinus = 45, kSlash = 47, kEqual = 61,
              kBracketRight = 93, kDigit1 = 49, kDigit3 = 51, kDigit6 = 54, kNumLock = 0x20, kCapsLock = 0x10;

KeyMap shipped() { return load_config({}, "/nowhere").keys; }

// A key without a character (PageDown, F5...).
KeyPress key(int code, int mods = 0) { return {code, mods, 0, 0}; }
// A printable key: where it sits, what it typed, what its cap says unshifted.
KeyPress typed(int code, char32_t typed_char, char32_t base, int mods = 0) { return {code, mods, typed_char, base}; }
// With Ctrl nothing is typed; the key's character on the layout is its name.
KeyPress ctrl(int code, char32_t base, int mods = kCtrl) { return {code, mods, 0, base}; }

std::optional<Action> act(const KeyPress& p) { return action_for(shipped(), p); }
ActionKind kind_of(const KeyPress& p) {
    const auto a = act(p);
    REQUIRE(a.has_value());
    return a->kind;
}
}  // namespace

TEST_CASE("keymap: every clicker key works out of the box") {
    CHECK(kind_of(key(kPageDown)) == ActionKind::next);
    CHECK(kind_of(key(kRight)) == ActionKind::next);
    CHECK(kind_of(key(kPageUp)) == ActionKind::previous);
    CHECK(kind_of(key(kLeft)) == ActionKind::previous);
    CHECK(kind_of(typed(kPeriod, '.', '.')) == ActionKind::blank);
    CHECK(kind_of(typed(kB, 'b', 'b')) == ActionKind::blank);
    CHECK(kind_of(typed(kB, 'B', 'b', kShift)) == ActionKind::blank);  // a clicker that types "B"
}

TEST_CASE("keymap: F5, Shift+F5, Esc and Space are one start/pause button") {
    CHECK(kind_of(key(kF5)) == ActionKind::start_pause);
    CHECK(kind_of(key(kF5, kShift)) == ActionKind::start_pause);
    CHECK(kind_of(key(kEscape)) == ActionKind::start_pause);
    CHECK(kind_of(typed(kSpace, ' ', ' ')) == ActionKind::start_pause);
}

TEST_CASE("keymap: Num Lock and Caps Lock do not change what a key does") {
    CHECK(kind_of(key(kPageDown, kNumLock)) == ActionKind::next);
    CHECK(kind_of(key(kF5, kShift | kCapsLock)) == ActionKind::start_pause);
    // Caps Lock types "R" without Shift: still rotate, not shuffle.
    CHECK(kind_of(typed(kR, 'R', 'r', kCapsLock)) == ActionKind::rotate);
    CHECK(kind_of(typed(kR, 'R', 'r', kShift)) == ActionKind::shuffle);
}

TEST_CASE("keymap: nothing destructive on a single key") {
    const KeyMap map = shipped();
    for (const Binding& b : map.bindings) {
        if (b.action.kind == ActionKind::quit || b.action.kind == ActionKind::reset) {
            CAPTURE(chord_name(b.chord));
            CHECK((b.chord.mods & (kCtrl | kAlt)) != 0);
        }
    }
    CHECK_FALSE(act(typed(kQ, 'q', 'q')).has_value());
    CHECK(kind_of(ctrl(kQ, 'q')) == ActionKind::quit);
    CHECK(kind_of(typed(kR, 'r', 'r')) == ActionKind::rotate);
    // The confirmation is a separate key, and only the keyboard has it.
    CHECK(kind_of(key(kEnter)) == ActionKind::confirm);
}

TEST_CASE("keymap: US layout: digits give the floor, Ctrl+digits go to the step the wall numbers") {
    CHECK(act(typed(kDigit3, '3', '3')) == Action{ActionKind::floor, 3});
    CHECK(act(ctrl(kDigit3, '3')) == Action{ActionKind::step, 3});
    CHECK(kind_of(typed(kMinus, '-', '-')) == ActionKind::remove_minute);
    CHECK(kind_of(typed(kEqual, '+', '=', kShift)) == ActionKind::add_minute);
    CHECK(kind_of(typed(kEqual, '=', '=')) == ActionKind::add_minute);
    CHECK(kind_of(typed(kSlash, '?', '/', kShift)) == ActionKind::help);
}

TEST_CASE("keymap: AZERTY: - removes a minute, . blanks, Ctrl+Q quits, Shift+6 gives the floor to 6") {
    // The "-" key sits where US has 6; "." is Shift+";" where US has ",".
    CHECK(kind_of(typed(kDigit6, '-', '-')) == ActionKind::remove_minute);
    CHECK(act(typed(kDigit6, '6', '-', kShift)) == Action{ActionKind::floor, 6});
    CHECK(kind_of(typed(kComma, '.', ';', kShift)) == ActionKind::blank);
    // A clicker's "." arrives at the US position, which types ":" on AZERTY.
    CHECK(kind_of(typed(kPeriod, ':', ':')) == ActionKind::blank);
    // The key labelled Q sits where US has A.
    CHECK(kind_of(ctrl(kA, 'q')) == ActionKind::quit);
    CHECK_FALSE(act(ctrl(kQ, 'a')).has_value());
    // Ctrl with the key that types 1 when shifted: the key's position.
    CHECK(act(ctrl(kDigit1, '&')) == Action{ActionKind::step, 1});
    CHECK(kind_of(typed(kComma, '?', ',', kShift)) == ActionKind::help);
}

TEST_CASE("keymap: QWERTZ: + and - where the keycaps say, ? on Shift+ß") {
    CHECK(kind_of(typed(kBracketRight, '+', '+')) == ActionKind::add_minute);
    CHECK(kind_of(typed(kSlash, '-', '-')) == ActionKind::remove_minute);
    CHECK(kind_of(typed(kMinus, '?', U'ß', kShift)) == ActionKind::help);
    CHECK(kind_of(typed(kPeriod, '.', '.')) == ActionKind::blank);
}

TEST_CASE("keymap: the help labels keys as the active layout prints them") {
    const auto azerty = [](int code) -> std::string { return code == kPeriod ? ":" : code == kB ? "b" : ""; };
    CHECK(chord_label(*parse_chord("Period"), azerty) == ":");
    CHECK(chord_label(*parse_chord("KeyB"), azerty) == "B");
    CHECK(chord_label(*parse_chord("PageDown"), azerty) == "PageDown");
    CHECK(chord_label(*parse_chord("Ctrl+q"), azerty) == "Ctrl+Q");
    CHECK(chord_label(*parse_chord("?"), azerty) == "?");
}

TEST_CASE("keymap: key and action names read back as written") {
    for (const char* name : {"PageDown", "Shift+F5", "Ctrl+q", "Ctrl+Shift+r", "KP_Add", "Period", "7", "+", "?", "Ctrl+Digit1"}) {
        const auto chord = parse_chord(name);
        REQUIRE(chord.has_value());
        CHECK(chord_name(*chord) == name);
    }
    CHECK(parse_chord("Q") == parse_chord("q"));  // letters by their key, any case
    CHECK_FALSE(parse_chord("Hyper+X").has_value());
    CHECK(parse_action("floor_9") == Action{ActionKind::floor, 9});
    CHECK_FALSE(parse_action("floor_0").has_value());
    CHECK(parse_action("step_0") == Action{ActionKind::step, 0});
    CHECK(parse_action("setup") == Action{ActionKind::console, 0});  // the name 0.1.0 used
    CHECK_FALSE(parse_action("explode").has_value());
}

TEST_CASE("keymap: Ctrl+digit goes to the step whose number the wall shows") {
    const ConfigSet config = load_config({}, "/nowhere");
    const Session s = sample_session(config);  // steps numbered 0 to 6
    const auto c = command_for(Action{ActionKind::step, 4}, s, 0);
    REQUIRE(c.has_value());
    const int index = std::get<cmd::JumpTo>(*c).step;
    CHECK(s.method.steps[static_cast<size_t>(index)].number == "4");
    const auto floor = command_for(Action{ActionKind::floor, 3}, s, 0);
    CHECK(std::get<cmd::GiveFloor>(*floor).participant == 2);
}

TEST_CASE("keymap: a user file with an unknown key or action is an error naming it, and the defaults stay") {
    const Parsed<KeyMap> bad_key = parse_keymap(R"({"next": ["PageDown", "Laser"]})", "keys.json");
    REQUIRE_FALSE(bad_key.ok());
    CHECK(bad_key.error.field == "next[1]");
    const Parsed<KeyMap> bad_action = parse_keymap(R"({"nextt": ["N"]})", "keys.json");
    REQUIRE_FALSE(bad_action.ok());
    CHECK(bad_action.error.field == "nextt");
    const Parsed<KeyMap> twice = parse_keymap(R"({"next": ["n"], "pass": ["N"]})", "keys.json");
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error.field == "pass[0]");

    const ConfigSet config = load_config({{"keys.json", R"({"next": ["Laser"]})"}}, "/home/me/.config/atelier");
    REQUIRE(config.errors.size() == 1);
    CHECK(config.errors[0].file == "/home/me/.config/atelier/keys.json");
    CHECK(kind_of(key(kPageDown)) == ActionKind::next);
}

TEST_CASE("keymap: a user's key file rebinds the actions it names and keeps the others") {
    const ConfigSet config = load_config({{"keys.json", R"({"next": ["Down"], "pass": ["F5"]})"}}, "/u");
    CHECK(config.errors.empty());
    CHECK(action_for(config.keys, key(264))->kind == ActionKind::next);
    CHECK_FALSE(action_for(config.keys, key(kPageDown)).has_value());
    CHECK(action_for(config.keys, key(kF5))->kind == ActionKind::pass);  // the user's binding wins
    CHECK(action_for(config.keys, key(kEscape))->kind == ActionKind::start_pause);
    CHECK(action_for(config.keys, key(kPageUp))->kind == ActionKind::previous);
}

TEST_CASE("keymap: the help names keys as French keycaps print them, arrows as arrows") {
    CHECK(keycap_words("Shift+PageDown,  Escape", Lang::fr) == "Maj+Page suiv.,  Échap");
    CHECK(keycap_words("Enter,  Backspace,  Space", Lang::fr) == "Entrée,  Retour arrière,  Espace");
    CHECK(keycap_words("Right,  Left", Lang::en) == "→,  ←");
    CHECK(keycap_words("Ctrl+Q,  B,  F5", Lang::fr) == "Ctrl+Q,  B,  F5");  // letters and F keys as they are
    CHECK(keycap_words("Escape", Lang::en) == "Esc");
    CHECK(keycap_words("Enter,  KP_Enter", Lang::fr) == "Entrée,  Entrée du pavé");
}

TEST_CASE("keymap: a keys.json that leaves Next without a key, or puts Quit on a clicker key, is refused — the shipped keys stay") {
    const KeyMap shipped = load_config({}, "/nowhere").keys;
    const auto key_of = [](const KeyMap& m, ActionKind kind) { return keys_for(m, Action{kind, 0}).size(); };
    // Every key the clicker sends, bound to quit.
    const ConfigSet all_quit =
        load_config({{"keys.json", R"({"quit": ["PageDown", "PageUp", "F5", "Escape", "Right", "Left", "Period", "B"]})"}}, "/u");
    REQUIRE_FALSE(all_quit.errors.empty());
    CHECK(all_quit.errors[0].file == "/u/keys.json");
    CHECK(all_quit.errors[0].message().find("the shipped keys are used") != std::string::npos);
    CHECK(key_of(all_quit.keys, ActionKind::next) == key_of(shipped, ActionKind::next));
    // One clicker key to quit is enough to be refused.
    const ConfigSet one = load_config({{"keys.json", R"({"quit": ["PageDown"]})"}}, "/u");
    REQUIRE_FALSE(one.errors.empty());
    CHECK(one.errors[0].field == "quit");
    // Next taken away entirely.
    const ConfigSet no_next = load_config({{"keys.json", R"({"next": [], "pass": ["PageDown", "Right"]})"}}, "/u");
    REQUIRE_FALSE(no_next.errors.empty());
    CHECK(no_next.errors[0].field == "next");
    // A sound remapping is still accepted.
    const ConfigSet fine = load_config({{"keys.json", R"({"next": ["Down"], "quit": ["Ctrl+w"]})"}}, "/u");
    CHECK(fine.errors.empty());
}
