#include "platform/console_room.hpp"

#include "core/i18n_console.hpp"
#include "core/record.hpp"
#include "platform/keyboard.hpp"

namespace atelier::platform {

namespace {
constexpr int64_t kLibraryReadMs = 5000;  // the group files, read again at most this often while Prepare shows
}

ui::ConsoleInputs ConsoleRoom::inputs(const ConsoleFrame& f, const ConsoleModel& live, bool help) const {
    std::vector<ui::ConsoleLine> messages;
    for (const LogLine& line : owner_.log())
        messages.push_back({line.times > 1 ? line.text + "  (\xC3\x97" + std::to_string(line.times) + ")" : line.text, line.problem});  // ×N
    std::vector<ui::ConsoleOffer> offers;
    for (const Offer& o : store_.offers()) offers.push_back({o.kind == Offer::Kind::readable_again, &o.state.session, o.state.saved_at});
    return ui::ConsoleInputs{owner_.session(), f.model, live, config_, f.fonts, theme_, f.now, std::move(messages), store_.dir(),
                             store_.saving_failed() ? store_.last_error() : "", library_cache_, f.wall_texture, f.wall_aspect,
                             f.overlay, key_label, last_export_, std::move(offers), f.local, help,
                             remote_view_ ? remote_view_() : ui::ConsoleRemote{}};
}

void ConsoleRoom::draw(const ConsoleFrame& frame, float width, float height, Overlays& overlays) {
    // The keys' help in the console's own window, where it was asked for (two monitors).
    const bool help = !frame.overlay && overlays.console_help;
    const ConsoleModel live = console_model(owner_.session(), frame.now);
    const ui::ConsoleOutput out = view_.draw(inputs(frame, live, help), width, height);
    run(out, frame, overlays);
    if (view_.tab() == ui::ConsoleTab::prepare && (library_read_at_ < 0 || frame.now - library_read_at_ > kLibraryReadMs))
        read_library(frame.now);
}

void ConsoleRoom::run(const ui::ConsoleOutput& out, const ConsoleFrame& frame, Overlays& overlays) {
    const int64_t now = frame.now;
    for (const Command& c : out.commands) owner_.apply(c, now);
    // A saved atelier the facilitator went back to (its Restore command came above), or set aside.
    if (out.offer_taken >= 0) store_.offer_taken(static_cast<size_t>(out.offer_taken));
    if (out.offer_dismissed >= 0) store_.offer_dismissed(static_cast<size_t>(out.offer_dismissed), now);
    if (!out.forget_group_file.empty()) library_.forget(out.forget_group_file);
    for (ui::ConsoleRequest r : out.requests) {
        switch (r) {
            case ui::ConsoleRequest::export_pdf: export_to("pdf", now, RecordKind::full, frame.local); break;
            case ui::ConsoleRequest::export_csv: export_to("csv", now, RecordKind::full, frame.local); break;
            case ui::ConsoleRequest::export_markdown: export_to("md", now, RecordKind::full, frame.local); break;
            case ui::ConsoleRequest::export_client: export_to("pdf", now, RecordKind::client, frame.local); break;
            case ui::ConsoleRequest::close_overlay: overlays.console = false; break;
            case ui::ConsoleRequest::close_help: overlays.console_help = false; break;
            case ui::ConsoleRequest::reload_library: library_read_at_ = -1; break;
            case ui::ConsoleRequest::revoke_remote:
                if (revoke_remote_) revoke_remote_();
                break;
        }
    }
}

std::string ConsoleRoom::export_to(const std::string& extension, int64_t now, RecordKind kind, const LocalTime& local) {
    const Record record = make_record(owner_.session(), now, local);
    const std::string path = default_export_path(record, extension, kind);
    const std::string error = export_record(record, path, kind);
    const Lang lang = owner_.session().lang;
    last_export_ = error.empty() ? console_fill(lang, CWord::exported_to, path) : console_fill(lang, CWord::export_failed, error);
    owner_.notice(last_export_, now, !error.empty());
    return last_export_;
}

void ConsoleRoom::read_library(int64_t now) {
    std::vector<std::string> problems;
    library_cache_.clear();
    for (LibraryEntry& e : library_.list(problems, now)) library_cache_.push_back({e.path, std::move(e.file)});
    for (const std::string& p : problems) owner_.notice(console_fill(owner_.session().lang, CWord::groups_problem, p), now, true);
    library_read_at_ = now;
}

}  // namespace atelier::platform
