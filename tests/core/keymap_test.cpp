#include "core/keymap.hpp"

#include <doctest/doctest.h>

#include "core/config_set.hpp"
#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {
// GLFW key codes as clickers send them (clickers.md, verified with xdotool).
constexpr int kPageDown = 267, kPageUp = 266, kF5 = 294, kPeriod = 46, kB = 66, kEscape = 256, kRight = 262,
              kLeft = 263, kSpace = 32, kQ = 81, kR = 82, kEnter = 257, kNumLock = 0x20, kCapsLock = 0x10;

KeyMap shipped() { return load_config({}, "/nowhere").keys; }

ActionKind kind_of(int key, int mods = 0) {
    const auto a = action_for(shipped(), key, mods);
    REQUIRE(a.has_value());
    return a->kind;
}
}  // namespace

TEST_CASE("keymap: every clicker key works out of the box") {
    CHECK(kind_of(kPageDown) == ActionKind::next);
    CHECK(kind_of(kRight) == ActionKind::next);
    CHECK(kind_of(kPageUp) == ActionKind::previous);
    CHECK(kind_of(kLeft) == ActionKind::previous);
    CHECK(kind_of(kPeriod) == ActionKind::blank);
    CHECK(kind_of(kB) == ActionKind::blank);
    CHECK(kind_of(kB, kShift) == ActionKind::blank);  // a clicker that types "B"
}

TEST_CASE("keymap: F5, Shift+F5, Esc and Space are one start/pause button") {
    CHECK(kind_of(kF5) == ActionKind::start_pause);
    CHECK(kind_of(kF5, kShift) == ActionKind::start_pause);
    CHECK(kind_of(kEscape) == ActionKind::start_pause);
    CHECK(kind_of(kSpace) == ActionKind::start_pause);
}

TEST_CASE("keymap: Num Lock and Caps Lock do not change what a key does") {
    CHECK(kind_of(kPageDown, kNumLock) == ActionKind::next);
    CHECK(kind_of(kF5, kShift | kCapsLock) == ActionKind::start_pause);
}

TEST_CASE("keymap: nothing destructive on a single key") {
    const KeyMap map = shipped();
    for (const Binding& b : map.bindings) {
        if (b.action.kind == ActionKind::quit || b.action.kind == ActionKind::reset) {
            CAPTURE(chord_name(b.chord));
            CHECK((b.chord.mods & (kCtrl | kAlt)) != 0);
        }
    }
    CHECK_FALSE(action_for(map, kQ, 0).has_value());
    CHECK(action_for(map, kQ, kCtrl)->kind == ActionKind::quit);
    CHECK(action_for(map, kR, 0)->kind == ActionKind::rotate);
    // The confirmation is a separate key, and only the keyboard has it.
    CHECK(action_for(map, kEnter, 0)->kind == ActionKind::confirm);
}

TEST_CASE("keymap: digits give the floor, Ctrl+digits jump to a step") {
    const KeyMap map = shipped();
    CHECK(action_for(map, '3', 0) == Action{ActionKind::floor, 3});
    CHECK(action_for(map, '3', kCtrl) == Action{ActionKind::step, 3});
    Session s = session_of();
    const auto c = command_for(Action{ActionKind::floor, 3}, s, 0);
    REQUIRE(c.has_value());
    CHECK(std::get<cmd::GiveFloor>(*c).participant == 2);
}

TEST_CASE("keymap: key and action names read back as written") {
    for (const char* name : {"PageDown", "Shift+F5", "Ctrl+Q", "Ctrl+Shift+R", "KP_Add", "Period", "7"}) {
        const auto chord = parse_chord(name);
        REQUIRE(chord.has_value());
        CHECK(chord_name(*chord) == name);
    }
    CHECK_FALSE(parse_chord("Hyper+X").has_value());
    CHECK(parse_action("floor_9") == Action{ActionKind::floor, 9});
    CHECK_FALSE(parse_action("floor_0").has_value());
    CHECK_FALSE(parse_action("explode").has_value());
}

TEST_CASE("keymap: a user file with an unknown key or action is an error naming it, and the defaults stay") {
    const Parsed<KeyMap> bad_key = parse_keymap(R"({"next": ["PageDown", "Laser"]})", "keys.json");
    REQUIRE_FALSE(bad_key.ok());
    CHECK(bad_key.error.field == "next[1]");
    const Parsed<KeyMap> bad_action = parse_keymap(R"({"nextt": ["N"]})", "keys.json");
    REQUIRE_FALSE(bad_action.ok());
    CHECK(bad_action.error.field == "nextt");
    const Parsed<KeyMap> twice = parse_keymap(R"({"next": ["N"], "pass": ["N"]})", "keys.json");
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error.field == "pass[0]");

    const ConfigSet config = load_config({{"keys.json", R"({"next": ["Laser"]})"}}, "/home/me/.config/atelier");
    REQUIRE(config.errors.size() == 1);
    CHECK(config.errors[0].file == "/home/me/.config/atelier/keys.json");
    CHECK(action_for(config.keys, kPageDown, 0)->kind == ActionKind::next);
}

TEST_CASE("keymap: a user's key file rebinds the actions it names and keeps the others") {
    const ConfigSet config = load_config({{"keys.json", R"({"next": ["Down"], "pass": ["F5"]})"}}, "/u");
    CHECK(config.errors.empty());
    CHECK(action_for(config.keys, 264, 0)->kind == ActionKind::next);
    CHECK_FALSE(action_for(config.keys, kPageDown, 0).has_value());
    CHECK(action_for(config.keys, kF5, 0)->kind == ActionKind::pass);  // the user's binding wins
    CHECK(action_for(config.keys, kEscape, 0)->kind == ActionKind::start_pause);
    CHECK(action_for(config.keys, kPageUp, 0)->kind == ActionKind::previous);
}
