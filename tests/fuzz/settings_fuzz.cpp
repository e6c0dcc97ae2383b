// Any bytes as a settings file: refused with a field and a reason, or
// settings within their documented ranges that the reducer's rules accept.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/settings.hpp"
#include "fuzz_support.hpp"

using namespace atelier;
using namespace atelier::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const Parsed<Settings> parsed = parse_settings(std::string(reinterpret_cast<const char*>(data), size), "fuzz");
    if (!parsed.ok()) {
        if (parsed.error.field.empty() || parsed.error.reason.empty())
            fail("refused settings without a field or a reason: %s", parsed.error.message().c_str());
        return 0;
    }
    const Settings& s = *parsed.value;
    if (s.lang != Lang::fr && s.lang != Lang::en) fail("unknown language %d", static_cast<int>(s.lang));
    if (s.step_guard_ms < 0 || s.step_guard_ms > kMaxStepGuardMs)
        fail("step_guard_ms %lld outside 0..%lld", static_cast<long long>(s.step_guard_ms),
             static_cast<long long>(kMaxStepGuardMs));
    // The app hands the settings to the session as its rules.
    const Start& sample = starts().front();
    const Command c = cmd::SetRules{s.step_guard_ms, s.forget_content_when_finished, s.keep_plan_for_follow_up};
    const Session after = apply_checked(sample.session, c, sample.now, true, false, Where{"sample", 0, &c, sample.now});
    if (after.rules.step_guard_ms != s.step_guard_ms)
        fail("the rules keep a step guard of %lld ms", static_cast<long long>(after.rules.step_guard_ms));
    return 0;
}
