#include "ui/wall_view.hpp"

#include <algorithm>

namespace atelier::ui {

WallShape wall_shape(const WallModel& m) {
    WallShape shape;
    shape.board = !m.finished && m.board.shown();
    // In a client step the order is the client alone: the board takes its place.
    shape.order = !(shape.board && m.order.size() <= 1);
    return shape;
}

WallLayout wall_layout(float width, float height, const WallShape& shape) {
    WallLayout l{};
    const float u = layout_unit(width, height);
    l.unit = u;
    l.shape = shape;
    l.margin = 0.03f * u;
    const float x = l.margin, w = width - 2 * l.margin;
    const bool board = shape.board;
    // Bands in units of u. With a board, the timer keeps digits of a quarter of
    // the height and takes its phase word beside it; the bands around give a
    // little each, and the board takes what is left.
    const float top = 0.015f * u, strip_h = (board ? 0.042f : 0.05f) * u, gap = (board ? 0.01f : 0.015f) * u;
    const float label_h = 0.09f * u, instr_h = 0.048f * u, act_h = (board ? 0.05f : 0.045f) * u;
    // Landscape with a board: the phase word goes beside the digits (the band is
    // wider than "24:59"); portrait keeps it under them.
    const bool phase_beside = board && width >= height;
    const float phase_h = phase_beside ? 0 : 0.055f * u, progress_h = 0.012f * u;
    const float speaker_h = (board ? 0.135f : 0.15f) * u, order_h = shape.order ? (board ? 0.085f : 0.105f) * u : 0;
    const float order_gap = shape.order ? 0.008f * u : 0, notice_h = board ? 0 : 0.035f * u;
    const float footer_h = 0.045f * u, bottom = (board ? 0.002f : 0.01f) * u;
    const float timer_min = (board ? 0.275f : 0.30f) * u;
    const float bar_gap = board ? 0.008f * u : 0;  // the digits fill their band: the bar keeps off them
    const float fixed = top + strip_h + gap + label_h + (board ? 0 : instr_h) + act_h + phase_h + bar_gap + progress_h +
                        gap + speaker_h + order_gap + order_h + notice_h + footer_h + bottom;
    float spare = height - fixed - timer_min;
    const float board_h = board ? std::clamp(spare, 0.12f * u, (width >= height ? 0.40f : 0.55f) * u) : 0;
    spare = std::max(0.0f, spare - board_h);
    // The timer band takes the spare height up to about twice its digits; on
    // a portrait screen the rest goes around it, so the wall stays one block.
    const float timer_h = timer_min + std::min(spare, 0.62f * u - timer_min);
    const float around = std::max(0.0f, spare - (timer_h - timer_min)) / 2;
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
    if (!board) l.instruction = take(instr_h);
    l.activity = take(act_h);
    if (board) l.board = take(board_h);
    y += around;
    l.timer = take(timer_h);
    if (phase_beside) {
        l.phase = {x + w * 0.74f, l.timer.y + l.timer.h * 0.3f, w * 0.26f, l.timer.h * 0.4f};
        l.timer = {x, l.timer.y, w * 0.74f, l.timer.h};
    } else {
        l.phase = take(phase_h);
    }
    y += bar_gap;
    l.progress = take(progress_h);
    y += gap + around;
    l.speaker = take(speaker_h);
    l.speaker_name = {l.speaker.x, l.speaker.y, l.speaker.w, l.speaker.h * 0.64f};
    l.speaker_sub = {l.speaker.x, l.speaker.y + l.speaker.h * 0.64f, l.speaker.w, l.speaker.h * 0.36f};
    y += order_gap;
    l.order = take(order_h);
    l.order_label = {l.order.x, l.order.y, 0, l.order.h};
    l.notice = board ? Box{x + w * 0.2f, 0, w * 0.6f, 0} : take(notice_h);
    l.footer = take(footer_h);
    if (board) l.notice = {x + w / 3, l.footer.y, w / 3, l.footer.h};
    return l;
}

static void draw_footer(Painter& p, const WallFrame& f, const WallLayout& l) {
    p.tag("footer");
    const WallModel& m = f.model;
    const float size = f.fonts.unit * FontScale::small;
    const Box& b = l.footer;
    p.list()->AddLine(ImVec2(b.x, b.y), ImVec2(b.right(), b.y), colour(f.theme.panel), std::max(1.0f, 0.002f * l.unit));
    const float third = b.w / 3;
    p.line(f.fonts.small, size, {b.x, b.y, third, b.h}, f.theme.text, m.clock);
    // With a board the notice, when there is one, takes the middle of the footer.
    const bool notice_here = l.shape.board && !f.notice.empty();
    if (!notice_here) p.line(f.fonts.small, size, {b.x + third, b.y, third, b.h}, f.theme.text, m.projected_end, Align::center);
    std::string who = m.group_name;
    if (!m.series_label.empty()) who += who.empty() ? m.series_label : "  ·  " + m.series_label;
    if (!f.help_hint.empty()) who += "    " + f.help_hint;
    p.line(f.fonts.small, size, {b.x + 2 * third, b.y, third, b.h}, f.theme.dim, who, Align::right);
}

Rgb clear_colour(const WallModel& model, const Theme& theme) { return model.blanked ? Rgb{0, 0, 0} : theme.background; }

void draw_wall(Painter& p, const WallFrame& f) {
    const WallLayout l = wall_layout(f.width, f.height, wall_shape(f.model));
    if (f.model.blanked) {
        draw_blank(p, f);
    } else {
        draw_stage(p, f, l);
        if (f.model.finished) {
            draw_summary(p, f, l);
        } else {
            draw_board(p, f, l);
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
