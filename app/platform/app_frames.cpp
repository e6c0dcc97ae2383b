// Frames: the wall (with the flash and the chime of what the room should
// notice), the console in its window or over the wall, and when to draw next.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/chime.hpp"
#include "platform/app.hpp"

namespace atelier::platform {

namespace {
constexpr int64_t kFlashMs = 1200;
}

void App::draw_wall(int64_t now, bool with_overlay, ui::TextLog* log) {
    const Session& s = owner_.session();
    const WallModel model = wall_model(s, now, local_time());
    // What the room should notice (a new step; warning, danger, zero): a calm
    // flash, and the chime the room turned on.
    const WallEvent event = wall_event(flash_watch_, s, model.phase);
    if (event != WallEvent::none && config_.settings.flash) flash_start_ = now;
    if (const auto chime = chime_for(event, config_.settings.chimes); chime && chimes_.play(*chime))
        std::fprintf(stderr, "atelier: chime: %s (%s)\n", event_name(event), chime->sound);
    float flash = 0;
    if (flash_start_ >= 0 && now - flash_start_ < kFlashMs)
        flash = static_cast<float>(std::sin(3.14159265 * static_cast<double>(now - flash_start_) / kFlashMs));

    wall_.ensure_fonts(all_text(s), with_overlay);
    std::string notice = owner_.wall_notice(now);
    // What the room must not miss stays while it lasts: the atelier is not being saved.
    if (owner_.saving() && store_.blocked())
        notice = fill(tr(s.lang, Word::notice_state_unreadable), "state.json", tr(s.lang, store_.blocked_problem()));
    else if (store_.saving_failed() && owner_.saving()) notice = tr(s.lang, Word::notice_saving_failed);
    const WallPicture picture{model, notice, overlays_.help, config_.keys, [this](int key) { return key_label(key); }, flash};
    std::function<void(float, float)> overlay;
    if (with_overlay) {
        overlay = [&](float w, float h) {
            const ui::ConsoleOutput out = console_.draw(console_inputs(model, now, wall_.fonts(), true), w, h);
            run_console_output(out, now);
        };
    }
    // The cursor shows where a mouse is useful: the console over the wall, a window.
    wall_.window().show_cursor(with_overlay || plan_.wall_monitor < 0);
    wall_.draw(picture, overlay, log, options_.screenshot.empty());
    wall_drawn_revision_ = owner_.revision();
    wall_due_ = now + std::max<int64_t>(1, next_wake(now) - now);
}

void App::draw_console(int64_t now, bool present) {
    const Session& s = owner_.session();
    const WallModel model = wall_model(s, now, local_time());
    console_window_->ensure_fonts(all_text(s));
    console_window_->draw([&](float w, float h) {
        const ui::ConsoleOutput out = console_.draw(console_inputs(model, now, console_window_->fonts(), false), w, h);
        run_console_output(out, now);
    }, {wall_.canvas().texture(), wall_.canvas().wall_width(), wall_.canvas().wall_height(), wall_.take_canvas_changes()}, present);
    console_drawn_revision_ = owner_.revision();
    console_due_ = now + std::max<int64_t>(1, next_wake(now) - now);
}

ui::ConsoleInputs App::console_inputs(const WallModel& model, int64_t now, const ui::FontSet& fonts, bool overlay) const {
    std::vector<ui::ConsoleLine> messages;
    for (const LogLine& line : owner_.log())
        messages.push_back({line.times > 1 ? line.text + "  (\xC3\x97" + std::to_string(line.times) + ")" : line.text, line.problem});  // ×N
    const WallCanvas& canvas = wall_.canvas();
    const float aspect = canvas.wall_height() > 0 ? static_cast<float>(canvas.wall_width()) / static_cast<float>(canvas.wall_height()) : 16.0f / 9.0f;
    std::vector<ui::ConsoleOffer> offers;
    for (const Offer& o : store_.offers()) offers.push_back({o.kind == Offer::Kind::readable_again, &o.state.session, o.state.saved_at});
    return ui::ConsoleInputs{owner_.session(), model, config_, fonts, theme_, now, std::move(messages), store_.dir(),
                             store_.saving_failed() ? store_.last_error() : "", library_cache_, canvas.texture(), aspect,
                             overlay, [this](int key) { return key_label(key); }, last_export_, std::move(offers), local_time(),
                             !overlay && overlays_.console_help};
}

void App::run_console_output(const ui::ConsoleOutput& out, int64_t now) {
    for (const Command& c : out.commands) owner_.apply(c, now);
    // A saved atelier the facilitator went back to (its Restore command came above), or set aside.
    if (out.offer_taken >= 0) store_.offer_taken(static_cast<size_t>(out.offer_taken));
    if (out.offer_dismissed >= 0) store_.offer_dismissed(static_cast<size_t>(out.offer_dismissed), now);
    if (!out.forget_group_file.empty()) library_.forget(out.forget_group_file);
    for (ui::ConsoleRequest r : out.requests) {
        switch (r) {
            case ui::ConsoleRequest::export_pdf: last_export_ = export_to("pdf", now, RecordKind::full); break;
            case ui::ConsoleRequest::export_csv: last_export_ = export_to("csv", now, RecordKind::full); break;
            case ui::ConsoleRequest::export_markdown: last_export_ = export_to("md", now, RecordKind::full); break;
            case ui::ConsoleRequest::export_client: last_export_ = export_to("pdf", now, RecordKind::client); break;
            case ui::ConsoleRequest::close_overlay: overlays_.console = false; break;
            case ui::ConsoleRequest::close_help: overlays_.console_help = false; break;
            case ui::ConsoleRequest::reload_library: library_read_at_ = -1; break;
        }
    }
    if (console_.tab() == ui::ConsoleTab::prepare && (library_read_at_ < 0 || now - library_read_at_ > 5000))
        library_cache_ = library_groups(now);
}

int64_t App::next_wake(int64_t now) const {
    const Session& s = owner_.session();
    if (flash_start_ >= 0 && now - flash_start_ < kFlashMs) return now + 33;  // animating
    // Draw only when what is shown changes: the timer's seconds while it runs
    // (on the console too, even with the wall blanked); else the minutes of
    // the clock of the day.
    const bool console_shown = console_window_ || overlays_.console;
    const bool counting = !s.finished && !s.method.steps.empty() && is_running(current_record(s).timer) &&
                          (!s.blanked || console_shown);
    int64_t wake = counting ? ms_to_next_second(current_record(s).timer, now) : 60'000 - now % 60'000;
    // A notice on the wall goes away on its own.
    if (!owner_.wall_notice(now).empty()) wake = std::min<int64_t>(wake, 500);
    // At least once a second: a laptop back from sleep shows the right time at
    // once (poll timeouts do not count the sleep), a failed save is retried.
    wake = std::min<int64_t>(wake, 1000);
    if (const int64_t typed = drafts_.due(); typed >= 0) wake = std::min<int64_t>(wake, std::max<int64_t>(1, typed - now));
    return now + std::max<int64_t>(wake, 1) + 1;  // just past the boundary
}

}  // namespace atelier::platform
