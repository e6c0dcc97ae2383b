// The command socket (`atelier send`): any bytes as a request line, then the
// same bytes as a verb and arguments. A request decodes or is refused with a
// reason; encoding arguments and decoding them gives them back; a request
// resolves to a command, the status or an error, and the command keeps the
// session sound, as a key would.
#include <fuzzer/FuzzedDataProvider.h>

#include "command_draw.hpp"
#include "core/method.hpp"
#include "core/send_protocol.hpp"
#include "core/text.hpp"
#include "fuzz_support.hpp"

using namespace atelier;
using namespace atelier::fuzz;

namespace {

void resolve_and_apply(const std::vector<std::string>& args, const Start& start, uint32_t seed) {
    const SendAction action = resolve_request(args, start.session, shipped_config(), seed);
    if (const auto* error = std::get_if<SendError>(&action); error && error->message.empty())
        fail("from %s: request %s resolves to an error without a message", start.name.c_str(), encode_request(args).c_str());
    if (const auto* c = std::get_if<Command>(&action))
        apply_checked(start.session, *c, start.now, false, false, Where{start.name.c_str(), 0, c, start.now});
}

// What the command line can send: verbs of the list, names, seat and step numbers.
std::string draw_argument(FuzzedDataProvider& in, const Session& s) {
    switch (in.ConsumeIntegralInRange(0, 4)) {
        case 0: return std::to_string(in.ConsumeIntegralInRange(-1, 13));
        case 1: return display_number(s.method, in.ConsumeIntegralInRange(-1, static_cast<int>(s.method.steps.size())));
        case 2: {
            static const char* const words[] = {"--after", "fr", "en", "--method", "--replace", "--keep-plan", "next", "codev-2h"};
            return words[in.ConsumeIntegralInRange<size_t>(0, std::size(words) - 1)];
        }
        default: return draw_text(in, s);
    }
}

// Arguments as a shell gives them: UTF-8 without NUL (argv cannot hold one).
bool sendable(const std::vector<std::string>& args) {
    if (args.empty() || args.size() > 64) return false;
    for (const std::string& a : args)
        if (!is_valid_utf8(a) || a.find('\0') != std::string::npos) return false;
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::vector<Start>& all = starts();
    const Parsed<std::vector<std::string>> decoded = decode_request(std::string(reinterpret_cast<const char*>(data), size));
    if (!decoded.ok() && (decoded.error.field.empty() || decoded.error.reason.empty()))
        fail("a refused request without a field or a reason: %s", decoded.error.message().c_str());
    if (decoded.ok()) {
        if (!sendable(*decoded.value)) fail("a decoded request holds no command, too many, or text that is not UTF-8");
        for (const Start& start : all)
            if (start.name.rfind("seed", 0) != 0) resolve_and_apply(*decoded.value, start, 7);
    }

    FuzzedDataProvider in(data, size);
    const Start& start = all[in.ConsumeIntegralInRange<size_t>(0, all.size() - 1)];
    const auto& verbs = send_verbs();
    std::vector<std::string> args = {in.ConsumeBool() ? verbs[in.ConsumeIntegralInRange<size_t>(0, verbs.size() - 1)].name
                                                      : draw_text(in, start.session)};
    for (int n = in.ConsumeIntegralInRange(0, 4); n > 0; --n) args.push_back(draw_argument(in, start.session));
    const std::string line = encode_request(args);
    const Parsed<std::vector<std::string>> back = decode_request(line);
    const bool fits = line.size() <= kMaxRequestBytes;
    if (sendable(args) && fits && !back.ok()) fail("request %s does not decode: %s", line.c_str(), back.error.message().c_str());
    // A NUL cannot come from a command line; JSON's \u0000 cuts the text there (cereal reads C strings).
    if (sendable(args) && back.ok() && back.value != args) fail("request %s decodes to other arguments", line.c_str());
    if (back.ok()) resolve_and_apply(*back.value, start, in.ConsumeIntegral<uint32_t>());
    return 0;
}
