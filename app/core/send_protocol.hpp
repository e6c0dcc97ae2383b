#pragma once
// `atelier send COMMAND [ARGS…]`: what travels on the command socket, and how
// a request becomes the very Command a key or the console would give.
//
// A request is one line of JSON, {"send": ["give-floor", "Camille"]}; the reply
// is one line: "ok", "ok: <text>", "refused: <reason>" or "error: <reason>".
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "core/commands.hpp"
#include "core/config_set.hpp"
#include "core/config_error.hpp"
#include "core/limits.hpp"
#include "core/session.hpp"

namespace atelier {

constexpr size_t kMaxRequestBytes = limits::kRequestBytes;

struct SendVerb {
    const char* name;
    const char* args;  // "NAME", "OLD NEW", "" ...
    const char* what;  // one line, for --list
};
const std::vector<SendVerb>& send_verbs();

std::string encode_request(const std::vector<std::string>& args);
// An oversized, malformed, empty or non-UTF-8 request is an error, never a crash.
Parsed<std::vector<std::string>> decode_request(const std::string& line);

// What a request asks for: a command for the reducer, the status text, or an
// error (unknown command, wrong arguments, a name nobody has) in the room's language.
struct StatusQuery {};
// Brings the facilitator's console to the front: a second start of Atelier
// (an icon clicked again) asks the running one for it. Not a change to the atelier.
struct ShowConsole {};
struct SendError {
    std::string message;
};
using SendAction = std::variant<Command, StatusQuery, ShowConsole, SendError>;
// `config` gives the methods a new atelier may use.
SendAction resolve_request(const std::vector<std::string>& args, const Session& session, const ConfigSet& config, uint32_t seed);

// Replies.
enum class ReplyKind { ok, refused, error };
struct Reply {
    ReplyKind kind = ReplyKind::ok;
    std::string text;
};
std::string encode_reply(const Reply& reply);
Reply decode_reply(const std::string& line);

}  // namespace atelier
