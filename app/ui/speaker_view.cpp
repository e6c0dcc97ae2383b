// Who holds the floor, who comes next, and the round-robin order.
#include <algorithm>
#include <cmath>

#include "core/text.hpp"
#include "ui/wall_view.hpp"

namespace atelier::ui {

namespace {

constexpr size_t kLongName = 24;     // characters: the legibility goal's longest name
constexpr float kChipShrink = 0.8f;  // the least a chip's name is drawn at, of its size

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
    float width = b.right() - left;
    // The name has the whole width; a long one wraps onto a second line (or, without room for it, shrinks).
    const float mid = u * FontScale::board;
    const std::string& next_text = l.shape.next_brief ? m.next_brief : m.next_label;
    if (l.shape.next_beside) {
        // What comes next at the right of the name's line, on the name's baseline roughly.
        p.tag("next");
        const float next_w = std::min(width * 0.5f, p.measure(f.fonts.board, mid, next_text).x);
        const Box& n = l.speaker_name;
        p.line(f.fonts.board, mid, {b.right() - next_w, n.y + n.h * 0.12f, next_w, n.h * 0.88f}, f.theme.text, next_text, Align::right, 0.75f);
        width -= next_w + 0.04f * u;
    }
    p.tag("speaker");
    const float huge = u * FontScale::huge;
    const std::vector<std::string> names = text_lines(p, f.fonts.huge, huge, m.speaker_name, width, l.shape.speaker_lines);
    const float name_h = l.speaker_name.h / static_cast<float>(std::max<size_t>(1, names.size()));
    for (size_t i = 0; i < names.size(); ++i)
        p.line(f.fonts.huge, huge, {left, l.speaker_name.y + name_h * static_cast<float>(i), width, name_h}, f.theme.text, names[i],
               Align::left, 0.6f);
    // Under it: what Next will do, at the size the room reads from 8 m; the
    // role and this turn's time before it when they fit.
    if (l.shape.next_beside || l.shape.next_lines == 0) return;
    const Box sub{left, l.speaker_sub.y, width, l.speaker_sub.h};
    p.tag("next");
    const std::vector<std::string> next = text_lines(p, f.fonts.board, mid, next_text, width, l.shape.next_lines);
    const float next_h = sub.h / static_cast<float>(std::max<size_t>(1, next.size()));
    float next_w = 0;
    for (size_t i = 0; i < next.size(); ++i) {
        const float line_w = std::min(width, p.measure(f.fonts.board, mid, next[i]).x);
        next_w = std::max(next_w, line_w);
        p.line(f.fonts.board, mid, {sub.right() - line_w, sub.y + next_h * static_cast<float>(i), line_w, next_h}, f.theme.text, next[i],
               Align::right, 0.75f);
    }
    if (next.size() > 1) return;  // no room beside it for the role
    std::string role = m.speaker_role;
    if (!m.turn_time.empty()) role += role.empty() ? m.turn_time : "   ·   " + m.turn_time;
    const float room = width - next_w - 0.04f * u;
    const float near = u * FontScale::medium;
    if (!role.empty() && room > p.measure(f.fonts.medium, near, role).x * 0.7f) {
        p.tag("speaker_sub");
        p.line(f.fonts.medium, near, {sub.x, sub.y, room, sub.h}, role_col, role, Align::left, 0.7f);
    }
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
    if (e.is_client || e.is_facilitator) {  // a dot in the role's colour, ringed so that it shows on any chip
        const float r = 0.008f * u;
        const ImVec2 at(box.x + r * 1.8f, box.y + r * 1.8f);
        p.list()->AddCircleFilled(at, r * 1.35f, colour(f.theme.background));
        p.list()->AddCircleFilled(at, r, colour(role_colour(f.theme, e)));
    }
}

// The round, and when rounds stop, at the left of the order: "Tour 2 / 2",
// "dernier tour". Returns the width it took.
float draw_round_label(Painter& p, const WallFrame& f, const WallLayout& l) {
    const std::string& label = f.model.round_label;
    if (label.empty()) return 0;
    const float u = l.unit, size = u * FontScale::small;
    p.tag("round");
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

// The order as chips at the size the room reads from 6 m, in as many rows as
// the layout gave. What does not fit gives way: those who have spoken fold
// into one chip ("✓ 4"), then those to come last into "+3".
void draw_order(Painter& p, const WallFrame& f, const WallLayout& l) {
    const auto& order = f.model.order;
    if (order.empty() || l.order.h <= 0) return;
    const float u = l.unit, gap = 0.012f * u, size = u * FontScale::medium;
    const float label_w = draw_round_label(p, f, l);
    p.tag("order");
    const Box b{l.order.x + label_w, l.order.y, l.order.w - label_w, l.order.h};
    const int rows = std::max(1, l.shape.chip_rows);
    const float row_h = (b.h - gap * static_cast<float>(rows - 1)) / static_cast<float>(rows);
    const auto width_of = [&](const std::string& text) { return p.measure(f.fonts.medium, size, text).x + 0.04f * u; };
    // Chips to draw: the order's entries, or a summary chip standing for several.
    struct Chip {
        OrderEntry entry;
        std::string label;
        float w;
    };
    const auto fit = [&](const std::vector<Chip>& chips) {
        float x = 0;
        int row = 0;
        for (const Chip& c : chips) {
            if (x > 0 && x + c.w > b.w) ++row, x = 0;
            if (row >= rows || c.w > b.w) return false;
            x += c.w + gap;
        }
        return true;
    };
    std::vector<Chip> chips;
    for (const OrderEntry& e : order) {
        const std::string label = (e.mark == Mark::spoke ? "\xE2\x9C\x93 " : "") + e.name;
        // A name past 24 characters (beyond the legibility goal) takes its chip at four fifths of the size,
        // rather than push the next speaker's chip off the row.
        const float w = char_count(e.name) > kLongName ? (width_of(label) - 0.04f * u) * kChipShrink + 0.04f * u : width_of(label);
        chips.push_back({e, e.name, w});
    }
    // Those who spoke or passed first fold into one chip, then the last to come into "+N".
    size_t done = 0;
    while (done < chips.size() && (chips[done].entry.mark == Mark::spoke || chips[done].entry.mark == Mark::passed)) ++done;
    if (!fit(chips) && done > 1) {
        std::vector<Chip> folded;
        OrderEntry spoke;
        spoke.mark = Mark::spoke;
        const std::string label = "\xE2\x9C\x93 " + std::to_string(done);
        folded.push_back({spoke, std::to_string(done), width_of(label)});
        folded.insert(folded.end(), chips.begin() + static_cast<long>(done), chips.end());
        chips = std::move(folded);
    }
    // The last to come give way to one chip saying how many they are; never the current speaker.
    if (!fit(chips)) {
        size_t current = 0;
        while (current < chips.size() && chips[current].entry.mark != Mark::current) ++current;
        int hidden = 0;
        std::vector<Chip> with_more;
        while (chips.size() > 1 && chips.size() > current + 1) {
            chips.pop_back();
            ++hidden;
            OrderEntry more;
            more.mark = Mark::upcoming;
            const std::string label = "+" + std::to_string(hidden);
            with_more = chips;
            with_more.push_back({more, label, width_of(label)});
            if (fit(with_more)) break;
            // Still too wide: those who spoke give their chip up too.
            if (with_more.size() > 2 && with_more.front().entry.mark == Mark::spoke && with_more.front().entry.name.empty()) {
                std::vector<Chip> without(with_more.begin() + 1, with_more.end());
                if (fit(without)) {
                    with_more = std::move(without);
                    break;
                }
            }
        }
        if (!with_more.empty() && fit(with_more)) chips = std::move(with_more);
        else if (chips.size() > 1 && !fit(chips)) chips = {chips[current < chips.size() ? current : 0]};
    }
    float x = b.x;
    int row = 0;
    for (const Chip& c : chips) {
        if (x > b.x && x + c.w > b.right()) ++row, x = b.x;
        OrderEntry e = c.entry;
        e.name = c.label;
        draw_chip(p, f, e, {x, b.y + static_cast<float>(row) * (row_h + gap), std::min(c.w, b.w), row_h}, size, u, kChipShrink);
        x += c.w + gap;
    }
}

}  // namespace

void draw_speaker_and_order(Painter& p, const WallFrame& f, const WallLayout& l) {
    draw_speaker(p, f, l);
    draw_order(p, f, l);
}

}  // namespace atelier::ui
