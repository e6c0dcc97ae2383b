// Any bytes as a settings file: whatever is refused is named with a field and
// a reason, and the settings that come out, good fields kept and bad ones
// left at their defaults, are within their documented ranges and the
// reducer's rules accept them.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/settings.hpp"
#include "fuzz_support.hpp"

using namespace atelier;
using namespace atelier::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const SettingsRead read = parse_settings(std::string(reinterpret_cast<const char*>(data), size), "fuzz");
    for (const ConfigError& e : read.errors)
        if (e.field.empty() || e.reason.empty()) fail("refused a setting without a field or a reason: %s", e.message().c_str());
    const Settings& s = read.settings;
    if (s.lang != Lang::fr && s.lang != Lang::en) fail("unknown language %d", static_cast<int>(s.lang));
    if (s.step_guard_ms < 0 || s.step_guard_ms > kMaxStepGuardMs)
        fail("step_guard_ms %lld outside 0..%lld", static_cast<long long>(s.step_guard_ms),
             static_cast<long long>(kMaxStepGuardMs));
    if (s.chimes.volume < 0 || s.chimes.volume > 100) fail("chime volume %d outside 0..100", s.chimes.volume);
    if (s.method.empty()) fail("an empty method id");
    // The app hands the settings to the session as its rules.
    const Start& sample = starts().front();
    const Command c = cmd::SetRules{s.step_guard_ms, s.forget_content_when_finished, s.keep_plan_for_follow_up};
    const Session after = apply_checked(sample.session, c, sample.now, true, false, Where{"sample", 0, &c, sample.now});
    if (after.rules.step_guard_ms != s.step_guard_ms)
        fail("the rules keep a step guard of %lld ms", static_cast<long long>(after.rules.step_guard_ms));
    return 0;
}
