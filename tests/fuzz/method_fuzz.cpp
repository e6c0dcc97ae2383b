// Any bytes as a method file: refused with a field and a reason, or a method
// an atelier can run on: steps of 1 to 600 minutes, thresholds within their
// step, unique ids, the stated total, and a new atelier on it that holds the
// session's invariant.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>

#include "core/method_io.hpp"
#include "fuzz_support.hpp"

using namespace atelier;
using namespace atelier::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const Parsed<Method> parsed = parse_method(std::string(reinterpret_cast<const char*>(data), size), "fuzz");
    if (!parsed.ok()) {
        if (parsed.error.field.empty() || parsed.error.reason.empty())
            fail("a refused method without a field or a reason: %s", parsed.error.message().c_str());
        return 0;
    }
    const Method& m = *parsed.value;
    if (m.id.empty() || m.steps.empty()) fail("an accepted method without an id or a step");
    std::set<std::string> ids;
    int64_t total = 0;
    for (size_t i = 0; i < m.steps.size(); ++i) {
        const Step& step = m.steps[i];
        if (step.id.empty() || !ids.insert(step.id).second) fail("steps[%zu]: an empty or duplicate id", i);
        if (step.planned_ms < 60'000 || step.planned_ms > 600 * 60'000 || step.planned_ms % 60'000 != 0)
            fail("steps[%zu]: %lld ms is not 1 to 600 whole minutes", i, static_cast<long long>(step.planned_ms));
        if (step.warning_ms < 0 || step.warning_ms > step.planned_ms || step.danger_ms < 0 || step.danger_ms > step.planned_ms)
            fail("steps[%zu]: thresholds %lld/%lld ms outside the step", i, static_cast<long long>(step.warning_ms),
                 static_cast<long long>(step.danger_ms));
        if (step.rounds < 0 || step.rounds > 99) fail("steps[%zu]: %d rounds", i, step.rounds);
        total += step.planned_ms / 60'000;
    }
    if (m.margin_minutes < 0 || m.total_minutes != total + m.margin_minutes)
        fail("total_minutes %d is not the steps' %lld plus the margin %d", m.total_minutes, static_cast<long long>(total),
             m.margin_minutes);
    // The app starts the sample atelier on a user's method, or a new one from the console.
    const ConfigSet& config = shipped_config();
    const Session fresh = new_session(config.sample_group.group, m, 0, "fuzz");
    require_sound(fresh, Where{"a new session on the fuzzed method"});
    const Session sample = sample_session(config);
    const Command c = cmd::NewAtelier{config.sample_group.group, m, 0, "fuzz", Lang::fr};
    const Outcome out = reduce(sample, c, starts().front().now);
    if (out.why != Why::ok) fail("a new atelier on the accepted method is refused: %d", static_cast<int>(out.why));
    require_sound(out.session, Where{"sample", 0, &c, starts().front().now});
    return 0;
}
