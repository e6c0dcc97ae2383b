#pragma once
// Where a request from outside the windows is answered: `atelier send` today
// (the command socket), the remote service's transports next. A request is a
// verb and its arguments (core/send_protocol.hpp); a command goes through
// the session's owner and `reduce` like a key, with the same refusals in the
// same words; the status is what the wall shows, decided in core.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/config_set.hpp"
#include "core/send_protocol.hpp"
#include "platform/session_owner.hpp"

namespace atelier::platform {

class RequestDesk {
public:
    struct Hooks {
        std::function<std::string(int64_t now)> status_text;  // `atelier send status`
        std::function<void()> show_console;                   // `atelier send show-console`
        std::function<std::string()> remote_text;             // `atelier send remote`
        std::function<LocalTime()> local_time;                // a break "until 10:15"
    };
    RequestDesk(SessionOwner& owner, const ConfigSet& config, Hooks hooks) : owner_(owner), config_(config), hooks_(std::move(hooks)) {}
    // One request: what was done, refused (the reason the wall gives) or not
    // understood; in the room's language, or in `answer_in` (a remote client's).
    Reply ask(const std::vector<std::string>& args, int64_t now, std::optional<Lang> answer_in = std::nullopt);
    // One line of the command socket's protocol, answered with one line.
    std::string answer_line(const std::string& line, int64_t now);

private:
    SessionOwner& owner_;
    const ConfigSet& config_;
    Hooks hooks_;
    uint32_t seed_ = 0;
};

}  // namespace atelier::platform
