#include "core/json_fields.hpp"  // first: see json_fields.hpp

#include "core/keymap.hpp"

#include <cstring>

namespace atelier {
namespace {

struct KeyName {
    const char* name;
    int code;  // GLFW 3.3 key token
};

// GLFW key tokens (glfw3.h) under the names a facilitator would write.
const KeyName kKeys[] = {
    {"Space", 32}, {"Apostrophe", 39}, {"Comma", 44}, {"Minus", 45}, {"Period", 46}, {"Slash", 47},
    {"0", 48}, {"1", 49}, {"2", 50}, {"3", 51}, {"4", 52}, {"5", 53}, {"6", 54}, {"7", 55}, {"8", 56}, {"9", 57},
    {"Semicolon", 59}, {"Equal", 61},
    {"A", 65}, {"B", 66}, {"C", 67}, {"D", 68}, {"E", 69}, {"F", 70}, {"G", 71}, {"H", 72}, {"I", 73},
    {"J", 74}, {"K", 75}, {"L", 76}, {"M", 77}, {"N", 78}, {"O", 79}, {"P", 80}, {"Q", 81}, {"R", 82},
    {"S", 83}, {"T", 84}, {"U", 85}, {"V", 86}, {"W", 87}, {"X", 88}, {"Y", 89}, {"Z", 90},
    {"Escape", 256}, {"Enter", 257}, {"Tab", 258}, {"Backspace", 259}, {"Insert", 260}, {"Delete", 261},
    {"Right", 262}, {"Left", 263}, {"Down", 264}, {"Up", 265}, {"PageUp", 266}, {"PageDown", 267},
    {"Home", 268}, {"End", 269},
    {"F1", 290}, {"F2", 291}, {"F3", 292}, {"F4", 293}, {"F5", 294}, {"F6", 295}, {"F7", 296}, {"F8", 297},
    {"F9", 298}, {"F10", 299}, {"F11", 300}, {"F12", 301},
    {"KP_0", 320}, {"KP_1", 321}, {"KP_2", 322}, {"KP_3", 323}, {"KP_4", 324}, {"KP_5", 325}, {"KP_6", 326},
    {"KP_7", 327}, {"KP_8", 328}, {"KP_9", 329}, {"KP_Decimal", 330}, {"KP_Divide", 331},
    {"KP_Multiply", 332}, {"KP_Subtract", 333}, {"KP_Add", 334}, {"KP_Enter", 335},
};

struct ActionName {
    const char* name;
    ActionKind kind;
};

const ActionName kActions[] = {
    {"next", ActionKind::next}, {"previous", ActionKind::previous}, {"start_pause", ActionKind::start_pause},
    {"blank", ActionKind::blank}, {"add_minute", ActionKind::add_minute},
    {"remove_minute", ActionKind::remove_minute}, {"pass", ActionKind::pass},
    {"next_step", ActionKind::next_step}, {"previous_step", ActionKind::previous_step},
    {"rotate", ActionKind::rotate}, {"shuffle", ActionKind::shuffle}, {"floor", ActionKind::floor},
    {"step", ActionKind::step}, {"toggle_lang", ActionKind::toggle_lang}, {"help", ActionKind::help},
    {"setup", ActionKind::setup}, {"confirm", ActionKind::confirm}, {"cancel", ActionKind::cancel},
    {"quit", ActionKind::quit}, {"reset", ActionKind::reset},
};

const struct {
    const char* name;
    int bit;
} kMods[] = {{"Ctrl", kCtrl}, {"Shift", kShift}, {"Alt", kAlt}, {"Super", kSuper}};

constexpr int kModMask = kShift | kCtrl | kAlt | kSuper;

}  // namespace

std::optional<Action> action_for(const KeyMap& map, int key, int mods) {
    const KeyChord pressed{key, mods & kModMask};
    for (const Binding& b : map.bindings)
        if (b.chord == pressed) return b.action;
    return std::nullopt;
}

std::optional<Action> parse_action(const std::string& name) {
    for (const ActionName& a : kActions) {
        if (name == a.name && a.kind != ActionKind::floor && a.kind != ActionKind::step) return Action{a.kind, 0};
        const std::string prefix = std::string(a.name) + "_";
        if ((a.kind == ActionKind::floor || a.kind == ActionKind::step) && name.size() == prefix.size() + 1 &&
            name.compare(0, prefix.size(), prefix) == 0 && name.back() >= '1' && name.back() <= '9')
            return Action{a.kind, name.back() - '0'};
    }
    return std::nullopt;
}

std::string action_name(const Action& action) {
    for (const ActionName& a : kActions)
        if (a.kind == action.kind)
            return action.n > 0 ? std::string(a.name) + "_" + std::to_string(action.n) : std::string(a.name);
    return "?";
}

std::optional<KeyChord> parse_chord(const std::string& text) {
    KeyChord chord;
    std::string rest = text;
    for (;;) {
        bool found = false;
        for (const auto& m : kMods) {
            const std::string prefix = std::string(m.name) + "+";
            if (rest.size() > prefix.size() && rest.compare(0, prefix.size(), prefix) == 0) {
                chord.mods |= m.bit;
                rest = rest.substr(prefix.size());
                found = true;
            }
        }
        if (!found) break;
    }
    for (const KeyName& k : kKeys) {
        if (rest == k.name) {
            chord.key = k.code;
            return chord;
        }
    }
    return std::nullopt;
}

std::string chord_name(const KeyChord& chord) {
    std::string out;
    for (const auto& m : kMods)
        if (chord.mods & m.bit) out += std::string(m.name) + "+";
    for (const KeyName& k : kKeys)
        if (k.code == chord.key) return out + k.name;
    return out + "#" + std::to_string(chord.key);
}

std::vector<KeyChord> keys_for(const KeyMap& map, const Action& action) {
    std::vector<KeyChord> out;
    for (const Binding& b : map.bindings)
        if (b.action == action) out.push_back(b.chord);
    return out;
}

Parsed<KeyMap> parse_keymap(const std::string& text, const std::string& file) {
    return json::parse_file<KeyMap>(text, file, [](cereal::JSONInputArchive& ar) {
        KeyMap map;
        // Each member is an action name holding a list of keys.
        while (const char* name_ptr = ar.getNodeName()) {
            const std::string name = name_ptr;
            const auto action = parse_action(name);
            if (!action) throw json::FieldError(name, "unknown action");
            std::vector<std::string> keys;
            json::field(ar, name_ptr, keys);
            for (size_t i = 0; i < keys.size(); ++i) {
                const auto chord = parse_chord(keys[i]);
                const std::string where = name + "[" + std::to_string(i) + "]";
                if (!chord) throw json::FieldError(where, "unknown key \"" + keys[i] + "\"");
                if (auto other = action_for(map, chord->key, chord->mods))
                    throw json::FieldError(where, "\"" + keys[i] + "\" is already bound to " + action_name(*other));
                map.bindings.push_back({*chord, *action});
            }
        }
        return map;
    });
}

std::optional<Command> command_for(const Action& action, const Session& session, uint32_t seed) {
    switch (action.kind) {
        case ActionKind::next: return cmd::Next{};
        case ActionKind::previous: return cmd::Previous{};
        case ActionKind::start_pause: return cmd::StartPause{};
        case ActionKind::blank: return cmd::ToggleBlank{};
        case ActionKind::add_minute: return cmd::AddTime{60'000};
        case ActionKind::remove_minute: return cmd::AddTime{-60'000};
        case ActionKind::pass: return cmd::Pass{};
        case ActionKind::next_step: return cmd::JumpTo{session.step + 1};
        case ActionKind::previous_step: return cmd::JumpTo{session.step - 1};
        case ActionKind::rotate: return cmd::RotateOrder{};
        case ActionKind::shuffle: return cmd::ShuffleOrder{seed};
        case ActionKind::floor: return cmd::GiveFloor{action.n - 1};
        case ActionKind::step: return cmd::JumpTo{action.n - 1};
        case ActionKind::toggle_lang: return cmd::ToggleLang{};
        case ActionKind::confirm: return cmd::Confirm{};
        case ActionKind::cancel: return cmd::Cancel{};
        case ActionKind::quit: return cmd::RequestQuit{};
        case ActionKind::reset: return cmd::RequestReset{};
        case ActionKind::help:
        case ActionKind::setup: return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace atelier
