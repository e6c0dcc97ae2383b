// Any bytes as a key file: refused with a field and a reason, or a key map
// where no chord is bound twice, every binding is reached by its own key,
// names go to chords and back, and the shipped keys merge in without a clash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/config_set.hpp"
#include "core/keymap.hpp"
#include "fuzz_support.hpp"

using namespace atelier;
using namespace atelier::fuzz;

namespace {

void require_unambiguous(const KeyMap& map, const char* which) {
    for (size_t i = 0; i < map.bindings.size(); ++i) {
        const Binding& b = map.bindings[i];
        for (size_t j = 0; j < i; ++j)
            if (map.bindings[j].chord == b.chord) fail("%s: %s is bound twice", which, chord_name(b.chord).c_str());
        // The press that chord stands for reaches this binding's action.
        const KeyPress press = b.chord.by_character ? KeyPress{0, b.chord.mods, b.chord.character, b.chord.character}
                                                    : KeyPress{b.chord.key, b.chord.mods, 0, 0};
        const auto found = action_for(map, press);
        if (!found || !(*found == b.action))
            fail("%s: %s does not reach %s", which, chord_name(b.chord).c_str(), action_name(b.action).c_str());
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const Parsed<KeyMap> parsed = parse_keymap(text, "fuzz");
    if (!parsed.ok()) {
        if (parsed.error.field.empty() || parsed.error.reason.empty())
            fail("a refused key map without a field or a reason: %s", parsed.error.message().c_str());
        return 0;
    }
    const KeyMap& map = *parsed.value;
    require_unambiguous(map, "the fuzzed key map");
    for (const Binding& b : map.bindings) {
        const auto chord = parse_chord(chord_name(b.chord));
        if (!chord || !(*chord == b.chord)) fail("chord %s does not read back", chord_name(b.chord).c_str());
        const auto action = parse_action(action_name(b.action));
        if (!action || !(*action == b.action)) fail("action %s does not read back", action_name(b.action).c_str());
        (void)chord_label(b.chord, [](int key) { return key == 46 ? std::string(":") : std::string(); });
        (void)command_for(b.action, starts().front().session, 1);
    }
    // The user's file over the shipped keys, as the app loads it.
    const ConfigSet config = load_config({{"keys.json", text}}, "fuzz");
    require_unambiguous(config.keys, "the merged key map");
    return 0;
}
