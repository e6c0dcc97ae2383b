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
#include "core/format.hpp"
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
// The remote service's address, PIN, viewer link and API key (the socket is
// the local user's own: only they read the secrets this way).
struct RemoteQuery {};
struct SendError {
    std::string message;
};
using SendAction = std::variant<Command, StatusQuery, ShowConsole, RemoteQuery, SendError>;
// When the request is read: a break "until 10:15" is a moment of the session clock.
struct SendClock {
    int64_t now = 0;
    LocalTime local;
};
// `config` gives the methods a new atelier may use. Errors are in the
// session's language, or in `answer_in` (a remote client's own).
SendAction resolve_request(const std::vector<std::string>& args, const Session& session, const ConfigSet& config, uint32_t seed,
                           const SendClock& clock = {}, std::optional<Lang> answer_in = std::nullopt);
// "10:15", "10h15" (a time of day, the next one to come) or "15" (minutes from
// now) as the moment a break ends; nothing when it is neither.
std::optional<int64_t> break_end(const std::string& text, const SendClock& clock);

// Replies.
enum class ReplyKind { ok, refused, error };
struct Reply {
    ReplyKind kind = ReplyKind::ok;
    std::string text;
};
std::string encode_reply(const Reply& reply);
Reply decode_reply(const std::string& line);

}  // namespace atelier
