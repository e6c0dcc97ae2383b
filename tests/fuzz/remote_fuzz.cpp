// The remote service's decoding: any bytes as the body of POST /api/command
// and POST /api/pair, and as an OSC address with arguments. Each decodes or is
// refused with a field and a reason (the HTTP answer is 400); what decodes
// resolves as `atelier send` would, and the command keeps the session sound.
#include <fuzzer/FuzzedDataProvider.h>

#include "core/remote_request.hpp"
#include "core/send_protocol.hpp"
#include "fuzz_support.hpp"

using namespace atelier;
using namespace atelier::fuzz;

namespace {

void check_refusal(const ConfigError& e, const char* what) {
    if (e.field.empty() || e.reason.empty()) fail("a refused %s without a field or a reason: %s", what, e.message().c_str());
}

void resolve_and_apply(const std::vector<std::string>& args, const Start& start) {
    if (args.empty() || args[0].empty()) fail("a decoded remote request without a verb");
    if (!remote_verb_allowed(args[0])) return;
    const SendAction action = resolve_request(args, start.session, shipped_config(), 7, SendClock{start.now, 0});
    if (const auto* error = std::get_if<SendError>(&action); error && error->message.empty()) fail("a remote request resolves to an error without a message");
    if (const auto* c = std::get_if<Command>(&action))
        apply_checked(start.session, *c, start.now, false, false, Where{start.name.c_str(), 0, c, start.now});
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    const std::vector<Start>& all = starts();
    const Start& start = all[size % all.size()];
    const auto command = decode_command_body(bytes);
    if (command.ok()) resolve_and_apply(*command.value, start);
    else check_refusal(command.error, "command body");
    const auto pin = decode_pin_body(bytes);
    if (!pin.ok()) check_refusal(pin.error, "pairing body");
    const std::string reply = reply_json({ReplyKind::error, bytes});
    if (reply.find('\n') != std::string::npos) fail("a reply on more than one line");

    FuzzedDataProvider in(data, size);
    const std::string path = in.ConsumeBool() ? "/atelier/" + in.ConsumeRandomLengthString(40) : in.ConsumeRandomLengthString(60);
    std::vector<std::string> args;
    for (int n = in.ConsumeIntegralInRange(0, 5); n > 0; --n) args.push_back(in.ConsumeRandomLengthString(200));
    const auto osc = decode_osc(path, args);
    if (osc.ok()) resolve_and_apply(*osc.value, start);
    else check_refusal(osc.error, "OSC message");
    return 0;
}
