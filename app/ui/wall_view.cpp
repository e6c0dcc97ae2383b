#include "ui/wall_view.hpp"

#include <algorithm>

namespace atelier::ui {

WallLayout wall_layout(float width, float height) {
    WallLayout l{};
    const float u = layout_unit(width, height);
    l.unit = u;
    l.margin = 0.03f * u;
    const float x = l.margin, w = width - 2 * l.margin;
    // Fixed bands in units of u; the timer band takes whatever height is left
    // (portrait screens give it more room, never less than its font).
    const float top = 0.015f * u, strip_h = 0.05f * u, gap = 0.015f * u, label_h = 0.09f * u, instr_h = 0.048f * u;
    const float act_h = 0.04f * u, phase_h = 0.055f * u, progress_h = 0.012f * u, speaker_h = 0.15f * u;
    const float order_h = 0.105f * u, notice_h = 0.035f * u, footer_h = 0.045f * u, bottom = 0.01f * u;
    const float fixed = top + strip_h + gap + label_h + instr_h + act_h + phase_h + progress_h + gap + speaker_h +
                        0.01f * u + order_h + notice_h + footer_h + bottom;
    // The timer band takes the spare height up to about twice its digits; on
    // a portrait screen the rest goes around it, so the wall stays one block.
    const float spare = height - fixed;
    const float timer_h = std::max(0.30f * u, std::min(spare, 0.62f * u));
    const float around = std::max(0.0f, spare - timer_h) / 2;
    float y = top;
    auto take = [&](float h) {
        const Box b{x, y, w, h};
        y += h;
        return b;
    };
    l.strip = take(strip_h);
    y += gap;
    l.stage_label = take(label_h);
    l.stage_name = l.stage_label;  // the number and the name share one line
    l.instruction = take(instr_h);
    l.activity = take(act_h);
    y += around;
    l.timer = take(timer_h);
    l.phase = take(phase_h);
    l.progress = take(progress_h);
    y += gap + around;
    l.speaker = take(speaker_h);
    y += 0.01f * u;
    l.order = take(order_h);
    l.notice = take(notice_h);
    l.footer = take(footer_h);
    return l;
}

static void draw_footer(Painter& p, const WallFrame& f, const WallLayout& l) {
    const WallModel& m = f.model;
    const float size = f.fonts.unit * FontScale::small;
    const Box& b = l.footer;
    p.list()->AddLine(ImVec2(b.x, b.y), ImVec2(b.right(), b.y), colour(f.theme.panel), std::max(1.0f, 0.002f * l.unit));
    const float third = b.w / 3;
    p.line(f.fonts.small, size, {b.x, b.y, third, b.h}, f.theme.text, m.clock);
    p.line(f.fonts.small, size, {b.x + third, b.y, third, b.h}, f.theme.text, m.projected_end, Align::center);
    std::string who = m.group_name;
    if (!m.atelier_name.empty()) who += who.empty() ? m.atelier_name : "  ·  " + m.atelier_name;
    if (!f.help_hint.empty()) who += "    " + f.help_hint;
    p.line(f.fonts.small, size, {b.x + 2 * third, b.y, third, b.h}, f.theme.dim, who, Align::right);
}

Rgb clear_colour(const WallModel& model, const Theme& theme) { return model.blanked ? Rgb{0, 0, 0} : theme.background; }

void draw_wall(Painter& p, const WallFrame& f) {
    const WallLayout l = wall_layout(f.width, f.height);
    if (f.model.blanked) {
        draw_blank(p, f);
    } else {
        draw_stage(p, f, l);
        if (f.model.finished) {
            draw_summary(p, f, l);
        } else {
            draw_timer(p, f, l);
            draw_speaker_and_order(p, f, l);
        }
        if (!f.notice.empty())
            p.line(f.fonts.small, f.fonts.unit * FontScale::small, l.notice, f.theme.notice, f.notice, Align::center);
        draw_footer(p, f, l);
    }
    if (!f.model.confirm_prompt.empty()) draw_confirm(p, f, f.model.confirm_prompt);
}

void draw_blank(Painter& p, const WallFrame& f) {
    // A calm clock and nothing else: the room's attention goes elsewhere.
    const float u = f.fonts.unit;
    p.line(f.fonts.medium, u * FontScale::medium, {0, f.height * 0.5f - u * 0.05f, f.width, u * 0.1f}, f.theme.blank_clock,
           f.model.clock, Align::center);
}

void draw_confirm(Painter& p, const WallFrame& f, const std::string& prompt) {
    const float u = f.fonts.unit;
    const Box panel{f.width * 0.08f, f.height * 0.5f - 0.09f * u, f.width * 0.84f, 0.18f * u};
    p.rect({0, 0, f.width, f.height}, {0, 0, 0}, 0, 0.6f);
    p.rect(panel, f.theme.panel, 0.02f * u);
    p.frame(panel, phase_colour(f.theme, Phase::overtime), 0.006f * u, 0.02f * u);
    const Box inner{panel.x + 0.03f * u, panel.y, panel.w - 0.06f * u, panel.h};
    p.line(f.fonts.medium, u * FontScale::medium, inner, f.theme.text, prompt, Align::center, 0.6f);
}

}  // namespace atelier::ui
