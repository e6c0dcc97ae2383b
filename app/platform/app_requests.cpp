// What the shell answers beside the screens: `atelier send`, the status, the
// record's exports, the group library.
#include <GLFW/glfw3.h>

#include <cstdio>

#include "core/i18n.hpp"
#include "core/i18n_console.hpp"
#include "core/record.hpp"
#include "core/send_protocol.hpp"
#include "platform/app.hpp"
#include "platform/record_export.hpp"
#include "core/status.hpp"
#include "platform/shell_status.hpp"
#include "ui/console_view.hpp"

namespace atelier::platform {

std::string App::answer(const std::string& line) {
    const int64_t now = clock_.now();
    const Parsed<std::vector<std::string>> request = decode_request(line);
    if (!request.ok()) {
        const ConfigError& e = request.error;
        return encode_reply({ReplyKind::error, e.field == "(file)" ? "request: " + e.reason : e.field + ": " + e.reason});
    }
    const SendAction action = resolve_request(*request.value, owner_.session(), config_, ++seed_ * 2654435761u);
    if (const auto* error = std::get_if<SendError>(&action)) return encode_reply({ReplyKind::error, error->message});
    if (std::holds_alternative<StatusQuery>(action)) return encode_reply({ReplyKind::ok, status_text(now)});
    if (std::holds_alternative<ShowConsole>(action)) {
        show_console();
        return encode_reply({ReplyKind::ok, ""});
    }
    const Outcome out = owner_.apply(std::get<Command>(action), now);
    if (out.why != Why::ok) return encode_reply({ReplyKind::refused, tr(owner_.session().lang, out.why)});
    return encode_reply({ReplyKind::ok, ""});
}

void App::show_console() {
    if (console_window_) {
        glfwShowWindow(console_window_->window().handle());
        glfwRestoreWindow(console_window_->window().handle());
        glfwFocusWindow(console_window_->window().handle());
    } else {
        overlays_.console = true;  // one screen: the console over the wall, as F2 opens it
        glfwFocusWindow(wall_.window().handle());
    }
}

std::string App::status_text(int64_t now) {
    const Session& s = owner_.session();
    const WallModel m = wall_model(s, now, local_time());
    ShellStatus shell;
    shell.keys = &config_.keys;
    shell.key_label = [this](int key) { return key_label(key); };
    shell.help = overlays_.help;
    shell.console_help = overlays_.console_help;
    shell.console = console_window_ ? "window" : overlays_.console ? "over the wall" : "closed";
    shell.console_tab = ui::tab_id(console_.tab());
    shell.console_asks = console_.asking();
    shell.saving = store_.blocked() ? "blocked: " + std::string(tr(Lang::en, store_.blocked_problem()))
                   : store_.saving_failed() ? "failing: " + store_.last_error()
                                            : "ok";
    shell.offers = static_cast<int>(store_.offers().size());
    return atelier::status_text(status_of(s, m, now), shell_status_lines(shell));
}

std::string App::export_to(const std::string& extension, int64_t now, RecordKind kind) {
    const Record record = make_record(owner_.session(), now, local_time());
    const std::string path = default_export_path(record, extension, kind);
    const std::string error = export_record(record, path, kind);
    const Lang lang = owner_.session().lang;
    const std::string message = error.empty() ? console_fill(lang, CWord::exported_to, path) : console_fill(lang, CWord::export_failed, error);
    owner_.notice(message, now, !error.empty());
    return message;
}

std::vector<ui::LibraryGroup> App::library_groups(int64_t now) {
    std::vector<std::string> problems;
    std::vector<ui::LibraryGroup> out;
    for (LibraryEntry& e : library_.list(problems, now)) out.push_back({e.path, std::move(e.file)});
    for (const std::string& p : problems) owner_.notice(console_fill(owner_.session().lang, CWord::groups_problem, p), now, true);
    library_read_at_ = now;
    return out;
}

}  // namespace atelier::platform
