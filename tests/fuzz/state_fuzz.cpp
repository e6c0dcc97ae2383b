// Any bytes as a state file: refused with a field and a reason, or accepted;
// then every command, at the time it was saved and later, runs on it and keeps
// it sound (the bug of issue 8: a file that parses, then a crash on a key).
#include <cstddef>
#include <cstdint>
#include <string>

#include "command_draw.hpp"
#include "core/invariant.hpp"
#include "core/state_io.hpp"
#include "fuzz_support.hpp"

using namespace atelier;
using namespace atelier::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const Parsed<SavedState> parsed = parse_state(text, "fuzz");
    if (!parsed.ok()) {
        if (parsed.error.field.empty() || parsed.error.reason.empty() || parsed.error.file != "fuzz")
            fail("a refused state file without a field or a reason: %s", parsed.error.message().c_str());
        return 0;
    }
    const Session& loaded = parsed.value->session;
    const int64_t saved_at = parsed.value->saved_at;
    Where where{"the fuzzed state", -1, nullptr, saved_at};
    require_sound(loaded, where);
    require_round_trip(loaded, saved_at, where);
    draw_views(loaded, saved_at, true, where);
    const std::vector<Command> commands = every_command(loaded, shipped_config());
    // A restart runs the clock from saved_at on: at once, a second, an hour, ten days later.
    for (const int64_t later : {int64_t{0}, int64_t{1'000}, int64_t{3'600'000}, int64_t{10} * 86'400'000}) {
        where.now = saved_at + later;
        // The engine promises nothing for a clock beyond kMaxClockMs (~140 000 years).
        if (where.now > kMaxClockMs) break;
        for (size_t i = 0; i < commands.size(); ++i) {
            where.index = static_cast<int>(i);
            where.command = &commands[i];
            const Session after = apply_checked(loaded, commands[i], where.now, later == 0, false, where);
            // A quit or a restart needs a confirmation: the pair, not just the request.
            if (std::holds_alternative<cmd::RequestQuit>(commands[i]) || std::holds_alternative<cmd::RequestReset>(commands[i])) {
                const Command confirm = cmd::Confirm{};
                where.command = &confirm;
                apply_checked(after, confirm, where.now, true, false, where);
            }
        }
    }
    return 0;
}
