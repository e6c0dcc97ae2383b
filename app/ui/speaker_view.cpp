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
    const float left = b.x + bar_w + 0.025f * u;
    const float name_w = b.w * 0.64f - (left - b.x);
    const Box name{left, b.y, name_w, b.h * 0.66f};
    p.line(f.fonts.huge, u * FontScale::huge, name, f.theme.text, m.speaker_name, Align::left, 0.6f);
    std::string sub = m.speaker_role;
    if (!m.turn_time.empty()) sub += sub.empty() ? m.turn_time : "   ·   " + m.turn_time;
    p.line(f.fonts.medium, u * FontScale::medium, {left, b.y + b.h * 0.66f, name_w, b.h * 0.34f}, role_col, sub);

    // Right: the round number and what Next will do.
    const Box right{b.x + b.w * 0.66f, b.y, b.w * 0.34f, b.h};
    if (!m.round_label.empty())
        p.line(f.fonts.medium, u * FontScale::medium, {right.x, right.y, right.w, right.h * 0.45f}, f.theme.accent,
               m.round_label, Align::right);
    p.line(f.fonts.medium, u * FontScale::medium, {right.x, right.y + right.h * 0.5f, right.w, right.h * 0.45f},
           f.theme.text, m.next_label, Align::right, 0.6f);
}

void draw_chip(Painter& p, const WallFrame& f, const OrderEntry& e, const Box& box, float size, float u) {
    const Box text{box.x + 0.014f * u, box.y, box.w - 0.028f * u, box.h};
    std::string label = e.name;
    // Each state differs in shape, not only colour: current is filled,
    // spoke has a check mark, passed is struck through, upcoming is outlined.
    switch (e.mark) {
        case Mark::current:
            p.rect(box, f.theme.accent, 0.012f * u);
            p.line(f.fonts.small, size, text, f.theme.background, label, Align::center, 0.75f);
            break;
        case Mark::spoke:
            p.rect(box, f.theme.panel, 0.012f * u);
            p.line(f.fonts.small, size, text, f.theme.done, "\xE2\x9C\x93 " + label, Align::center, 0.75f);
            break;
        case Mark::passed: {
            p.rect(box, f.theme.panel, 0.012f * u);
            const float w = p.line(f.fonts.small, size, text, f.theme.dim, label, Align::center, 0.75f);
            const float mid = box.y + box.h * 0.52f, x0 = text.x + (text.w - w) * 0.5f;
            p.list()->AddLine(ImVec2(x0, mid), ImVec2(x0 + w, mid), colour(f.theme.dim), std::max(1.5f, 0.003f * u));
            break;
        }
        case Mark::upcoming:
            p.frame(box, f.theme.dim, std::max(1.0f, 0.002f * u), 0.012f * u);
            p.line(f.fonts.small, size, text, f.theme.text, label, Align::center, 0.75f);
            break;
    }
    if (e.is_client || e.is_facilitator) {  // a dot in the role's colour
        const float r = 0.008f * u;
        p.list()->AddCircleFilled(ImVec2(box.x + r * 1.8f, box.y + r * 1.8f), r, colour(role_colour(f.theme, e)));
    }
}

void draw_order(Painter& p, const WallFrame& f, const WallLayout& l) {
    const auto& order = f.model.order;
    if (order.empty()) return;
    const float u = l.unit, gap = 0.012f * u, size = u * FontScale::small;
    const Box& b = l.order;
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
    for (int r = 0; r < rows; ++r) {
        const int first = r * per_row, last = std::min(n, first + per_row);
        float x = b.x;
        const float y = b.y + static_cast<float>(r) * (row_h + gap) + (rows == 1 ? (b.h - row_h) * 0.5f : 0);
        for (int i = first; i < last; ++i) {
            const float w = rows == 1 ? natural[static_cast<size_t>(i)] : cell_max;
            draw_chip(p, f, order[static_cast<size_t>(i)], {x, y, w, row_h}, size, u);
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
