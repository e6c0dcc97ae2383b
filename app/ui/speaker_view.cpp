// Who holds the floor, who comes next, and the round-robin order.
#include <algorithm>
#include <cmath>

#include "ui/wall_view.hpp"

namespace atelier::ui {

namespace {

Rgb role_colour(const Theme& t, const OrderEntry& e) {
    if (e.is_client) return t.client;
    if (e.is_facilitator) return t.done;
    return t.accent;
}

void draw_speaker(Painter& p, const WallFrame& f, const WallLayout& l) {
    const WallModel& m = f.model;
    const float u = l.unit;
    const Box& b = l.speaker;
    const Rgb role_col = m.speaker_is_client ? f.theme.client : m.speaker_is_facilitator ? f.theme.done : f.theme.accent;

    // A bar in the role's colour marks the speaker block.
    const float bar_w = 0.012f * u;
    p.rect({b.x, b.y, bar_w, b.h}, role_col, bar_w * 0.5f);
    const float left = b.x + bar_w + 0.025f * u, width = b.right() - left;
    // The name has the whole width: a name of 24 letters keeps its full size.
    p.tag("speaker");
    p.line(f.fonts.huge, u * FontScale::huge, {left, l.speaker_name.y, width, l.speaker_name.h}, f.theme.text, m.speaker_name,
           Align::left, 0.6f);
    // Under it: the role and this turn's time, then what Next will do.
    p.tag("speaker_sub");
    std::string sub = m.speaker_role;
    if (!m.turn_time.empty()) sub += sub.empty() ? m.turn_time : "   ·   " + m.turn_time;
    const Box sub_box{left, l.speaker_sub.y, width, l.speaker_sub.h};
    const float size = u * FontScale::medium;
    const float sub_w = p.line(f.fonts.medium, size, {sub_box.x, sub_box.y, sub_box.w * 0.45f, sub_box.h}, role_col, sub, Align::left, 0.7f);
    const float next_x = sub_box.x + std::max(sub_w + 0.04f * u, sub_box.w * 0.3f);
    p.line(f.fonts.medium, size, {next_x, sub_box.y, sub_box.right() - next_x, sub_box.h}, f.theme.text, m.next_label, Align::right, 0.6f);
}

void draw_chip(Painter& p, const WallFrame& f, const OrderEntry& e, const Box& box, float size, float u, float shrink) {
    const Box text{box.x + 0.014f * u, box.y, box.w - 0.028f * u, box.h};
    std::string label = e.name;
    // Each state differs in shape, not only colour: current is filled,
    // spoke has a check mark, passed is struck through, upcoming is outlined.
    switch (e.mark) {
        case Mark::current:
            p.rect(box, f.theme.accent, 0.012f * u);
            p.line(f.fonts.small, size, text, f.theme.background, label, Align::center, shrink);
            break;
        case Mark::spoke:
            p.rect(box, f.theme.panel, 0.012f * u);
            p.line(f.fonts.small, size, text, f.theme.done, "\xE2\x9C\x93 " + label, Align::center, shrink);
            break;
        case Mark::passed: {
            p.rect(box, f.theme.panel, 0.012f * u);
            const float w = p.line(f.fonts.small, size, text, f.theme.dim, label, Align::center, shrink);
            const float mid = box.y + box.h * 0.52f, x0 = text.x + (text.w - w) * 0.5f;
            p.list()->AddLine(ImVec2(x0, mid), ImVec2(x0 + w, mid), colour(f.theme.dim), std::max(1.5f, 0.003f * u));
            break;
        }
        case Mark::upcoming:
            p.frame(box, f.theme.dim, std::max(1.0f, 0.002f * u), 0.012f * u);
            p.line(f.fonts.small, size, text, f.theme.text, label, Align::center, shrink);
            break;
    }
    if (e.is_client || e.is_facilitator) {  // a dot in the role's colour
        const float r = 0.008f * u;
        p.list()->AddCircleFilled(ImVec2(box.x + r * 1.8f, box.y + r * 1.8f), r, colour(role_colour(f.theme, e)));
    }
}

// The round, and when rounds stop, at the left of the order: "Tour 2 / 2",
// "dernier tour". Returns the width it took.
float draw_round_label(Painter& p, const WallFrame& f, const WallLayout& l) {
    const std::string& label = f.model.round_label;
    if (label.empty()) return 0;
    const float u = l.unit, size = u * FontScale::small;
    const auto dash = label.find(" \xE2\x80\x94 ");  // " — ": the round, then when rounds stop
    const std::string first = label.substr(0, dash), second = dash == std::string::npos ? "" : label.substr(dash + 5);
    // As wide as the round's name, a little more for what follows, never a fifth of the band.
    const float w = std::min({l.order.w * 0.2f, 0.32f * u,
                              std::max(p.measure(f.fonts.small, size, first).x, second.empty() ? 0.0f : 0.22f * u) + 0.01f * u});
    const Box& b = l.order;
    if (second.empty()) {
        p.line(f.fonts.small, size, {b.x, b.y, w, b.h}, f.theme.accent, first, Align::left, 0.75f);
    } else {
        p.line(f.fonts.small, size, {b.x, b.y + b.h * 0.08f, w, b.h * 0.42f}, f.theme.accent, first, Align::left, 0.75f);
        const std::vector<std::string> lines = p.wrapped(f.fonts.small, size * 0.8f, second, w);
        const float line_h = b.h * 0.5f / static_cast<float>(std::max<size_t>(1, lines.size()));
        for (size_t i = 0; i < lines.size() && i < 2; ++i)
            p.line(f.fonts.small, size * 0.8f, {b.x, b.y + b.h * 0.5f + static_cast<float>(i) * line_h, w, line_h}, f.theme.dim,
                   lines[i], Align::left, 0.7f);
    }
    return w + 0.015f * u;
}

void draw_order(Painter& p, const WallFrame& f, const WallLayout& l) {
    p.tag("order");
    const auto& order = f.model.order;
    if (order.empty() || l.order.h <= 0) return;
    const float u = l.unit, gap = 0.012f * u, size = u * FontScale::small * std::min(1.0f, l.order.h / (0.105f * u));
    const float label_w = draw_round_label(p, f, l);
    const Box b{l.order.x + label_w, l.order.y, l.order.w - label_w, l.order.h};
    const int n = static_cast<int>(order.size());
    float natural_total = 0;
    std::vector<float> natural;
    for (const OrderEntry& e : order) {
        natural.push_back(p.measure(f.fonts.small, size, "\xE2\x9C\x93 " + e.name).x + 0.04f * u);
        natural_total += natural.back();
    }
    // One row when everything fits, else two rows; names then shrink or elide
    // inside equal cells, never spilling out of the band.
    const int rows = natural_total + gap * static_cast<float>(n - 1) <= b.w ? 1 : 2;
    const int per_row = (n + rows - 1) / rows;
    const float row_h = rows == 1 ? b.h * 0.62f : (b.h - gap) / 2;
    const float cell_max = (b.w - gap * static_cast<float>(per_row - 1)) / static_cast<float>(per_row);
    // In equal cells, one size for every name: the row reads as one list.
    float cell_size = size;
    if (rows > 1) {
        const float text_w = cell_max - 0.028f * u;
        for (const OrderEntry& e : order)
            cell_size = std::min(cell_size, p.fitting_size(f.fonts.small, size, "\xE2\x9C\x93 " + e.name, text_w, size * 0.75f));
    }
    for (int r = 0; r < rows; ++r) {
        const int first = r * per_row, last = std::min(n, first + per_row);
        float x = b.x;
        const float y = b.y + static_cast<float>(r) * (row_h + gap) + (rows == 1 ? (b.h - row_h) * 0.5f : 0);
        for (int i = first; i < last; ++i) {
            const float w = rows == 1 ? natural[static_cast<size_t>(i)] : cell_max;
            draw_chip(p, f, order[static_cast<size_t>(i)], {x, y, w, row_h}, cell_size, u, rows > 1 ? 1.0f : 0.75f);
            x += w + gap;
        }
    }
}

}  // namespace

void draw_speaker_and_order(Painter& p, const WallFrame& f, const WallLayout& l) {
    draw_speaker(p, f, l);
    draw_order(p, f, l);
}

}  // namespace atelier::ui
