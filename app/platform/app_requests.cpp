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
#include "ui/help_overlay.hpp"

namespace atelier::platform {

std::string App::answer(const std::string& line) {
    const int64_t now = clock_.now();
    const Parsed<std::vector<std::string>> request = decode_request(line);
    if (!request.ok()) return encode_reply({ReplyKind::error, request.error.field + ": " + request.error.reason});
    const SendAction action = resolve_request(*request.value, owner_.session(), ++seed_ * 2654435761u);
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

std::string App::status_text(int64_t now) const {
    const Session& s = owner_.session();
    const WallModel m = wall_model(s, now, SessionClock::utc_offset_ms(now));
    char buf[4096];
    std::snprintf(buf, sizeof buf,
                  "step: %d\nstep_name: %s\nfinished: %s\nblanked: %s\ntimer: %s\nphase: %s\nspeaker: %s\nrole: %s\n"
                  "next: %s\nround: %s\nclock: %s\nclient: %s\nseries: %s\nrequest: %s\nhelp: %s\nconsole: %s\n"
                  "console_tab: %s\nconsole_asks: %s\n",
                  s.step, m.step_name.c_str(), m.finished ? "yes" : "no", m.blanked ? "yes" : "no", m.timer_text.c_str(),
                  m.phase_word.c_str(), m.speaker_name.c_str(), m.speaker_role.c_str(), m.next_label.c_str(),
                  m.round_label.c_str(), m.clock.c_str(), speaker_name(s.group, s.client).c_str(), m.series_label.c_str(),
                  s.content.request.c_str(), overlays_.help ? "shown" : "hidden",
                  console_window_ ? "window" : overlays_.console ? "over the wall" : "closed", ui::tab_id(console_.tab()),
                  console_.asking());
    std::string text = buf;
    // The help's keys for blanking and quitting, as this keyboard labels them.
    for (const auto& [kind, keys] : ui::help_lines(config_.keys, [this](int key) { return key_label(key); })) {
        if (kind == ActionKind::blank) text += "blank_keys: " + keys + "\n";
        if (kind == ActionKind::quit) text += "quit_keys: " + keys + "\n";
    }
    return text;
}

std::string App::export_to(const std::string& extension, int64_t now) {
    const Record record = make_record(owner_.session(), now, SessionClock::utc_offset_ms(now));
    const std::string path = default_export_path(record, extension);
    const std::string error = export_record(record, path);
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
