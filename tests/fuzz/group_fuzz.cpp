// Any bytes as a group file: refused with a field and a reason, or a group
// that passes validate_group, is written and read back unchanged, and can
// hold a new atelier that keeps the session's invariant.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/group_io.hpp"
#include "fuzz_support.hpp"

using namespace atelier;
using namespace atelier::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const Parsed<GroupFile> parsed = parse_group(std::string(reinterpret_cast<const char*>(data), size), "fuzz");
    if (!parsed.ok()) {
        if (parsed.error.field.empty() || parsed.error.reason.empty())
            fail("a refused group without a field or a reason: %s", parsed.error.message().c_str());
        return 0;
    }
    const GroupFile& g = *parsed.value;
    if (const auto problem = validate_group(g.group))
        fail("an accepted group is not valid: %s: %s", problem->field.c_str(), problem->reason.c_str());
    const std::string written = group_to_json(g);
    const Parsed<GroupFile> back = parse_group(written, "written");
    if (!back.ok()) fail("a written group does not load back: %s\n%s", back.error.message().c_str(), written.c_str());
    if (!(back.value->group == g.group) || back.value->atelier_name != g.atelier_name || back.value->method_id != g.method_id)
        fail("a written group loads back different:\n%s", written.c_str());
    // The group as the app uses it: the sample atelier, or a new one from the console.
    const ConfigSet& config = shipped_config();
    const int client = std::max(0, suggest_client(g.group));
    require_sound(new_session(g.group, config.methods.front(), client, g.atelier_name),
                  Where{"a new session on the fuzzed group"});
    const Command c = cmd::NewAtelier{g.group, config.methods.front(), client, g.atelier_name, Lang::en};
    const Start& sample = starts().front();
    const Outcome out = reduce(sample.session, c, sample.now);
    if (out.why != Why::ok) fail("a new atelier with the accepted group is refused: %d", static_cast<int>(out.why));
    require_sound(out.session, Where{"sample", 0, &c, sample.now});
    require_round_trip(out.session, sample.now, Where{"sample", 0, &c, sample.now});
    return 0;
}
