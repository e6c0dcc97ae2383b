#include "platform/request_desk.hpp"

#include "core/i18n.hpp"

namespace atelier::platform {

Reply RequestDesk::ask(const std::vector<std::string>& args, int64_t now, std::optional<Lang> answer_in) {
    const SendClock clock{now, hooks_.local_time ? hooks_.local_time() : LocalTime{}};
    const SendAction action = resolve_request(args, owner_.session(), config_, ++seed_ * 2654435761u, clock, answer_in);
    if (const auto* error = std::get_if<SendError>(&action)) return {ReplyKind::error, error->message};
    if (std::holds_alternative<StatusQuery>(action)) return {ReplyKind::ok, hooks_.status_text ? hooks_.status_text(now) : ""};
    if (std::holds_alternative<RemoteQuery>(action)) return {ReplyKind::ok, hooks_.remote_text ? hooks_.remote_text() : "remote: off\n"};
    if (std::holds_alternative<ShowConsole>(action)) {
        if (hooks_.show_console) hooks_.show_console();
        return {ReplyKind::ok, ""};
    }
    const Outcome out = owner_.apply(std::get<Command>(action), now);
    if (out.why != Why::ok) return {ReplyKind::refused, tr(answer_in.value_or(owner_.session().lang), out.why)};
    return {ReplyKind::ok, ""};
}

std::string RequestDesk::answer_line(const std::string& line, int64_t now) {
    const Parsed<std::vector<std::string>> request = decode_request(line);
    if (!request.ok()) {
        const ConfigError& e = request.error;
        return encode_reply({ReplyKind::error, e.field == "(file)" ? "request: " + e.reason : e.field + ": " + e.reason});
    }
    return encode_reply(ask(*request.value, now));
}

}  // namespace atelier::platform
