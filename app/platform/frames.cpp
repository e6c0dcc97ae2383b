#include "platform/frames.hpp"

#include <algorithm>

#include "core/i18n.hpp"
#include "platform/keyboard.hpp"

namespace atelier::platform {

std::string Frames::wall_notice(int64_t now) const {
    const Lang lang = owner_.session().lang;
    // What the room must not miss stays while it lasts: the atelier is not being saved.
    if (owner_.saving() && store_.blocked()) return fill(lang, tr(lang, Word::notice_state_unreadable), "state.json", tr(lang, store_.blocked_problem()));
    if (owner_.saving() && store_.saving_failed()) return tr(lang, Word::notice_saving_failed);
    return owner_.wall_notice(now);
}

void Frames::draw_wall(int64_t now, ui::TextLog* log, bool present) {
    const Session& s = owner_.session();
    const WallModel model = wall_model(s, now, clock_.local_time());
    const float flash = effects_.at_frame(s, model.phase, now);
    WallScreen& wall = screens_.wall();
    const bool with_console = console_over_wall();
    wall.ensure_fonts(all_text(s), with_console);
    const WallPicture picture{model, wall_notice(now), overlays_.help, config_.keys, key_label, flash};
    std::function<void(float, float)> overlay;
    if (with_console) {
        overlay = [&](float w, float h) {
            const WallCanvas& canvas = wall.canvas();
            console_.draw({model, now, wall.fonts(), true, canvas.texture(), canvas.aspect(), clock_.local_time()}, w, h, overlays_);
        };
    }
    // The cursor shows where a mouse is useful: the console over the wall, a window.
    wall.window().show_cursor(with_console || screens_.wall_in_a_window());
    wall.draw(picture, overlay, log, present);
}

long Frames::draw_console(int64_t now, bool present) {
    ConsoleScreen* window = screens_.console_window();
    if (!window) return 0;
    const Session& s = owner_.session();
    const WallModel model = wall_model(s, now, clock_.local_time());
    window->ensure_fonts(all_text(s));
    WallScreen& wall = screens_.wall();
    const WallCanvas& canvas = wall.canvas();
    return window->draw([&](float w, float h) {
        console_.draw({model, now, window->fonts(), false, canvas.texture(), canvas.aspect(), clock_.local_time()}, w, h, overlays_);
    }, {canvas.texture(), canvas.wall_width(), canvas.wall_height(), wall.take_canvas_changes()}, present);
}

WakeReasons Frames::wake_reasons(int64_t now) const {
    const Session& s = owner_.session();
    WakeReasons why;
    why.animating = effects_.animating(now);
    // The timer's seconds while it runs, on the console too even with the wall blanked.
    const bool console_shown = screens_.console_window() || overlays_.console;
    if (!s.finished && !s.method.steps.empty() && is_running(current_record(s).timer) && (!s.blanked || console_shown)) {
        why.counting = true;
        why.ms_to_next_second = ms_to_next_second(current_record(s).timer, now);
    }
    // A break's countdown, at its own seconds (it ends at any moment of a second).
    if (s.room.break_until > now) {
        const int64_t to_next = (s.room.break_until - now) % 1000;
        why.ms_to_next_second = why.counting ? std::min(why.ms_to_next_second, to_next == 0 ? 1000 : to_next) : (to_next == 0 ? 1000 : to_next);
        why.counting = true;
    }
    why.notice = !owner_.wall_notice(now).empty();
    return why;
}

}  // namespace atelier::platform
