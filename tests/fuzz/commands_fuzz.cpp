// Any sequence of commands, at any pace, from the sample session, every demo
// and every seed state: after each one the session holds the invariant, the
// reducer kept its contract and the wall draws; at the end of the sequence the
// record draws and the session saves and loads back unchanged.
//
// Input: which session to start from, then (time step, command) pairs, all
// drawn by FuzzedDataProvider until the bytes run out.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstdio>
#include <cstdlib>

#include "command_draw.hpp"
#include "fuzz_support.hpp"

using namespace atelier;
using namespace atelier::fuzz;

namespace {
// Enough to play through a method from any seed.
constexpr int kMaxCommands = 64;
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // ATELIER_FUZZ_TRACE=1 prints what an input does, to read a reproducer or a corpus file.
    static const bool trace = std::getenv("ATELIER_FUZZ_TRACE") != nullptr;
    FuzzedDataProvider in(data, size);
    const std::vector<Start>& all = starts();
    const Start& start = all[in.ConsumeIntegralInRange<size_t>(0, all.size() - 1)];
    if (trace) std::fprintf(stderr, "from %s at %lld\n", start.name.c_str(), static_cast<long long>(start.now));
    Session s = start.session;
    int64_t now = start.now;
    int last = -1;
    for (int i = 0; i < kMaxCommands && in.remaining_bytes() > 0; ++i) {
        now += draw_time_step(in);
        const Command c = draw_command(in, s, shipped_config());
        if (trace) std::fprintf(stderr, "%d +%lld %s\n", i, static_cast<long long>(now - start.now), describe(c).c_str());
        // The contract, the invariant and the wall after each command; saving
        // and loading back, and the record, once at the end of the sequence:
        // they cost most of a run, and a session that saves wrong anywhere
        // in a sequence is still one that saves wrong at its end.
        s = apply_checked(s, c, now, false, false, Where{start.name.c_str(), i, &c, now});
        last = i;
    }
    const Where end{start.name.c_str(), last, nullptr, now};
    require_round_trip(s, now, end);
    draw_views(s, now, true, end);
    return 0;
}
