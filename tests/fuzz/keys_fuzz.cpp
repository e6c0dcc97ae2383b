// Any key presses, in any window and mode, on the shipped key map: the router
// sends a pending quit or reset only Enter or a cancel, leaves a text field's
// keys to it, and every command it gives keeps the session sound.
#include <fuzzer/FuzzedDataProvider.h>

#include "command_draw.hpp"
#include "core/key_routing.hpp"
#include "fuzz_support.hpp"

using namespace atelier;
using namespace atelier::fuzz;

namespace {

constexpr int kMaxKeys = 64;

// The keys that are bound, their neighbours, and GLFW's unknown key (-1).
const int kKeys[] = {-1, 0,   32,  39,  44,  45,  46,  47,  48,  49,  50,  57,  61,  66,  72,  78,  80,  81,  82, 83,
                     84, 256, 257, 258, 259, 262, 263, 266, 267, 290, 291, 294, 320, 321, 330, 333, 334, 335, 348};
const char32_t kChars[] = {0,   'a', 'b', 'B', 'h', 'l', 'n', 'N', 'p',  'q',  'r',  'R',  's',      't',
                           '1', '9', '0', '+', '-', '=', '.', '?', U'é', U'²', U'€', 0x7F, 0x10FFFF, 0x110000};

template <class T, size_t N>
T pick(FuzzedDataProvider& in, const T (&options)[N]) {
    return options[in.ConsumeIntegralInRange<size_t>(0, N - 1)];
}

KeyPress draw_press(FuzzedDataProvider& in) {
    KeyPress p;
    p.key = in.ConsumeBool() ? pick(in, kKeys) : in.ConsumeIntegral<int>();
    p.mods = in.ConsumeBool() ? in.ConsumeIntegralInRange(0, 15) : in.ConsumeIntegral<int>();
    p.typed = in.ConsumeBool() ? pick(in, kChars) : in.ConsumeIntegral<char32_t>();
    p.base = in.ConsumeBool() ? pick(in, kChars) : in.ConsumeIntegral<char32_t>();
    return p;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    FuzzedDataProvider in(data, size);
    const std::vector<Start>& all = starts();
    const Start& start = all[in.ConsumeIntegralInRange<size_t>(0, all.size() - 1)];
    const KeyMap& keys = shipped_config().keys;
    Session s = start.session;
    int64_t now = start.now;
    KeyContext context;
    for (int i = 0; i < kMaxKeys && in.remaining_bytes() > 0; ++i) {
        now += draw_time_step(in);
        context.surface = in.ConsumeBool() ? Surface::wall : Surface::console_window;
        context.console_window = in.ConsumeBool();
        context.console_mode = in.ConsumeBool() ? ConsoleMode::live : ConsoleMode::prepare;
        context.typing = in.ConsumeBool();
        const KeyPress press = draw_press(in);
        const Routed r = route_key(context, press, keys, s, in.ConsumeIntegral<uint32_t>());
        const bool console_keys = context.surface == Surface::console_window || context.overlays.console;
        if (s.pending != Pending::none &&
            !(r.command && (std::holds_alternative<cmd::Confirm>(*r.command) || std::holds_alternative<cmd::Cancel>(*r.command))))
            fail("key %d (mods %d) with a quit or reset pending: neither confirmed nor cancelled", press.key, press.mods);
        if (s.pending == Pending::none && console_keys && context.typing && !is_clicker_only_key(press) &&
            (r.command || !r.to_console))
            fail("key %d (mods %d) while typing in the console did not go to the field", press.key, press.mods);
        context.overlays = r.overlays;
        if (r.command) s = apply_checked(s, *r.command, now, false, false, Where{start.name.c_str(), i, &*r.command, now});
        // Saving after every key is the commands target's work; here every eighth key is enough.
        if (i % 8 == 7) require_round_trip(s, now, Where{start.name.c_str(), i, nullptr, now});
    }
    return 0;
}
