// The room beyond the atelier on the wall: a break covers it (where the room
// stands: when it resumes, the time left, the clock), a message to the room
// sits in its own band at the top, on a panel, over everything but a break.
#include "ui/wall_view.hpp"

namespace atelier::ui {

void draw_message(Painter& p, const WallFrame& f, const Box& band) {
    const float u = f.fonts.unit;
    p.rect(band, f.theme.panel, 0.015f * u);
    p.frame(band, f.theme.accent, 0.004f * u, 0.015f * u);
    p.tag("message");
    const Box inner{band.x + 0.03f * u, band.y, band.w - 0.06f * u, band.h};
    p.line(f.fonts.board, u * FontScale::board, inner, f.theme.text, f.model.message, Align::center, 0.6f);
}

void draw_break(Painter& p, const WallFrame& f) {
    const WallModel& m = f.model;
    const float u = f.fonts.unit, margin = 0.05f * u, w = f.width - 2 * margin;
    float y = 0.04f * u;
    if (!m.message.empty()) {
        draw_message(p, f, {margin, y, w, 0.11f * u});
        y += 0.14f * u;
    }
    // What the room reads from the door: when the atelier resumes, then how long is left.
    p.tag("break_title");
    p.line(f.fonts.large, u * FontScale::large, {margin, y + 0.04f * u, w, 0.13f * u}, f.theme.text, m.break_title, Align::center, 0.6f);
    y += 0.2f * u;
    const float hint_h = 0.08f * u, footer_h = 0.09f * u;
    const Box digits{margin, y + 0.03f * u, w, std::max(0.1f * u, f.height - y - hint_h - footer_h - 0.1f * u)};
    if (!m.break_left.empty()) {
        p.tag("break_left");
        draw_digits(p, f.fonts.timer, digits, f.theme.accent, m.break_left);
    }
    p.tag("break_hint");
    p.line(f.fonts.medium, u * FontScale::medium, {margin, digits.bottom() + 0.02f * u, w, hint_h}, f.theme.dim, m.break_hint, Align::center, 0.6f);
    p.tag("footer");
    p.line(f.fonts.medium, u * FontScale::medium, {margin, f.height - footer_h - 0.02f * u, w, footer_h}, f.theme.text, m.clock, Align::center, 1.0f);
}

}  // namespace atelier::ui
