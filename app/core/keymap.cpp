#include "core/json_fields.hpp"  // first: see json_fields.hpp

#include "core/keymap.hpp"

#include "core/catalog.hpp"

#include <cctype>

#include "core/text.hpp"

namespace atelier {
namespace {

struct KeyName {
    const char* name;
    int code;  // GLFW 3.3 key token
};

// Key positions, by the names the web gives them (KeyboardEvent.code): the
// key that sits where a US keyboard has that character.
const KeyName kKeys[] = {
    {"Space", 32}, {"Quote", 39}, {"Comma", 44}, {"Minus", 45}, {"Period", 46}, {"Slash", 47},
    {"Digit0", 48}, {"Digit1", 49}, {"Digit2", 50}, {"Digit3", 51}, {"Digit4", 52}, {"Digit5", 53}, {"Digit6", 54},
    {"Digit7", 55}, {"Digit8", 56}, {"Digit9", 57}, {"Semicolon", 59}, {"Equal", 61},
    {"KeyA", 65}, {"KeyB", 66}, {"KeyC", 67}, {"KeyD", 68}, {"KeyE", 69}, {"KeyF", 70}, {"KeyG", 71}, {"KeyH", 72},
    {"KeyI", 73}, {"KeyJ", 74}, {"KeyK", 75}, {"KeyL", 76}, {"KeyM", 77}, {"KeyN", 78}, {"KeyO", 79}, {"KeyP", 80},
    {"KeyQ", 81}, {"KeyR", 82}, {"KeyS", 83}, {"KeyT", 84}, {"KeyU", 85}, {"KeyV", 86}, {"KeyW", 87}, {"KeyX", 88},
    {"KeyY", 89}, {"KeyZ", 90}, {"BracketLeft", 91}, {"Backslash", 92}, {"BracketRight", 93}, {"Backquote", 96},
    {"Escape", 256}, {"Enter", 257}, {"Tab", 258}, {"Backspace", 259}, {"Insert", 260}, {"Delete", 261},
    {"Right", 262}, {"Left", 263}, {"Down", 264}, {"Up", 265}, {"PageUp", 266}, {"PageDown", 267},
    {"Home", 268}, {"End", 269},
    {"F1", 290}, {"F2", 291}, {"F3", 292}, {"F4", 293}, {"F5", 294}, {"F6", 295}, {"F7", 296}, {"F8", 297},
    {"F9", 298}, {"F10", 299}, {"F11", 300}, {"F12", 301},
    {"KP_0", 320}, {"KP_1", 321}, {"KP_2", 322}, {"KP_3", 323}, {"KP_4", 324}, {"KP_5", 325}, {"KP_6", 326},
    {"KP_7", 327}, {"KP_8", 328}, {"KP_9", 329}, {"KP_Decimal", 330}, {"KP_Divide", 331},
    {"KP_Multiply", 332}, {"KP_Subtract", 333}, {"KP_Add", 334}, {"KP_Enter", 335},
    {"Apostrophe", 39},  // the name Atelier 0.1.0 used for Quote
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
    {"rotate", ActionKind::rotate}, {"shuffle", ActionKind::shuffle}, {"one_more_round", ActionKind::one_more_round},
    {"floor", ActionKind::floor}, {"step", ActionKind::step}, {"toggle_lang", ActionKind::toggle_lang},
    {"help", ActionKind::help}, {"console", ActionKind::console}, {"setup", ActionKind::console},
    {"confirm", ActionKind::confirm}, {"cancel", ActionKind::cancel}, {"quit", ActionKind::quit},
    {"reset", ActionKind::reset},
};

const struct {
    const char* name;
    int bit;
} kMods[] = {{"Ctrl", kCtrl}, {"Shift", kShift}, {"Alt", kAlt}, {"Super", kSuper}};

constexpr int kModMask = kShift | kCtrl | kAlt | kSuper;

bool is_letter(char32_t c) { return c >= 'a' && c <= 'z'; }
char32_t lowered(char32_t c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }

// Shift only tells letters apart ("r" rotates, "Shift+r" shuffles): on every
// layout some symbols need it and others do not ("+" on US, AZERTY, QWERTZ).
int significant_mods(int mods, char32_t c) {
    mods &= kModMask;
    return is_letter(c) ? mods : mods & ~kShift;
}

std::string utf8(char32_t c) {
    std::string out;
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
    return out;
}

// The one character of `text`, or 0 when it holds none or several.
char32_t single_character(const std::string& text) {
    if (text.empty() || !is_valid_utf8(text) || char_count(text) != 1) return 0;
    const auto b = [&text](size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(text[i])); };
    if (text.size() == 1) return b(0);
    if (text.size() == 2) return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
    if (text.size() == 3) return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
}

bool is_numbered(ActionKind kind) { return kind == ActionKind::floor || kind == ActionKind::step; }

}  // namespace

std::optional<Action> action_for(const KeyMap& map, const KeyPress& press) {
    const bool chorded = press.mods & (kCtrl | kAlt | kSuper);
    // With Ctrl or Alt no character is typed: the key's own character counts.
    const char32_t c = lowered(chorded || !press.typed ? press.base : press.typed);
    if (c != 0) {
        for (const Binding& b : map.bindings)
            if (b.chord.by_character && b.chord.character == c && b.chord.mods == significant_mods(press.mods, c)) return b.action;
    }
    for (const Binding& b : map.bindings)
        if (!b.chord.by_character && b.chord.key == press.key && b.chord.mods == (press.mods & kModMask)) return b.action;
    return std::nullopt;
}

std::optional<Action> parse_action(const std::string& name) {
    for (const ActionName& a : kActions) {
        if (!is_numbered(a.kind) && name == a.name) return Action{a.kind, 0};
        const std::string prefix = std::string(a.name) + "_";
        if (is_numbered(a.kind) && name.size() == prefix.size() + 1 && name.compare(0, prefix.size(), prefix) == 0) {
            const char digit = name.back();
            const char lowest = a.kind == ActionKind::step ? '0' : '1';
            if (digit >= lowest && digit <= '9') return Action{a.kind, digit - '0'};
        }
    }
    return std::nullopt;
}

std::string action_name(const Action& action) {
    for (const ActionName& a : kActions)
        if (a.kind == action.kind)
            return is_numbered(action.kind) ? std::string(a.name) + "_" + std::to_string(action.n) : std::string(a.name);
    return "?";
}

std::optional<KeyChord> parse_chord(const std::string& text) {
    KeyChord chord;
    std::string rest = text;
    for (bool found = true; found;) {
        found = false;
        for (const auto& m : kMods) {
            const std::string prefix = std::string(m.name) + "+";
            if (rest.size() > prefix.size() && rest.compare(0, prefix.size(), prefix) == 0) {
                chord.mods |= m.bit;
                rest = rest.substr(prefix.size());
                found = true;
            }
        }
    }
    if (const char32_t c = single_character(rest); c > 0x20 && c != 0x7F) {
        chord.by_character = true;
        chord.character = lowered(c);
        chord.mods = significant_mods(chord.mods, chord.character);
        return chord;
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
    if (chord.by_character) return out + utf8(chord.character);
    for (const KeyName& k : kKeys)
        if (k.code == chord.key) return out + k.name;
    return out + "#" + std::to_string(chord.key);
}

std::string chord_label(const KeyChord& chord, const std::function<std::string(int key)>& layout_label) {
    std::string out;
    for (const auto& m : kMods)
        if (chord.mods & m.bit) out += std::string(m.name) + "+";
    if (chord.by_character) {
        const char32_t c = chord.character;
        return out + utf8(is_letter(c) ? c - 'a' + 'A' : c);
    }
    if (layout_label) {
        std::string label = layout_label(chord.key);
        if (!label.empty()) {
            if (single_character(label) >= 'a' && single_character(label) <= 'z') label[0] = static_cast<char>(label[0] - 'a' + 'A');
            return out + label;
        }
    }
    return chord_name(chord);
}

std::string keycap_words(const std::string& labels, Lang lang) {
    // Key names in the room's language (po/<id>.po, context "key name"); arrows are the same everywhere.
    struct Keycap {
        const char* name;
        Msg msg;
    };
    static const Keycap words[] = {
        {"Escape", NC_("key name", "Esc")},
        {"Enter", NC_("key name", "Enter")},
        {"KP_Enter", NC_("key name", "Keypad Enter")},
        {"Backspace", NC_("key name", "Backspace")},
        {"Space", NC_("key name", "Space")},
        {"Delete", NC_("key name", "Delete")},
        {"Insert", NC_("key name", "Insert")},
        {"PageUp", NC_("key name", "Page Up")},
        {"PageDown", NC_("key name", "Page Down")},
        {"Shift", NC_("key name", "Shift")},
        {"Right", Msg{"", "\xE2\x86\x92"}},  // →
        {"Left", Msg{"", "\xE2\x86\x90"}},   // ←
        {"Up", Msg{"", "\xE2\x86\x91"}},     // ↑
        {"Down", Msg{"", "\xE2\x86\x93"}},   // ↓
    };
    std::string out;
    size_t i = 0;
    const auto is_word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; };
    while (i < labels.size()) {
        if (!is_word(labels[i])) {
            out += labels[i++];
            continue;
        }
        size_t end = i;
        while (end < labels.size() && is_word(labels[end])) ++end;
        const std::string word = labels.substr(i, end - i);
        const Keycap* found = nullptr;
        for (const Keycap& w : words)
            if (word == w.name) found = &w;
        out += found ? (*found->msg.context ? translate(lang, found->msg) : found->msg.id) : word;
        i = end;
    }
    return out;
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
            // An empty member name still needs a field the message can show.
            if (!action) throw json::FieldError(name.empty() ? "\"\"" : name, "unknown action");
            std::vector<std::string> keys;
            json::field(ar, name_ptr, keys);
            for (size_t i = 0; i < keys.size(); ++i) {
                const auto chord = parse_chord(keys[i]);
                const std::string where = name + "[" + std::to_string(i) + "]";
                if (!chord) throw json::FieldError(where, "unknown key \"" + keys[i] + "\"");
                for (const Binding& b : map.bindings)
                    if (b.chord == *chord)
                        throw json::FieldError(where, "\"" + keys[i] + "\" is already bound to " + action_name(b.action));
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
        case ActionKind::one_more_round: return cmd::OneMoreRound{};
        case ActionKind::floor: return cmd::GiveFloor{action.n - 1};
        case ActionKind::step: return cmd::JumpTo{step_numbered(session.method, std::to_string(action.n))};
        case ActionKind::toggle_lang: return cmd::ToggleLang{};
        case ActionKind::confirm: return cmd::Confirm{};
        case ActionKind::cancel: return cmd::Cancel{};
        case ActionKind::quit: return cmd::RequestQuit{};
        case ActionKind::reset: return cmd::RequestReset{};
        case ActionKind::help:
        case ActionKind::console: return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace atelier
