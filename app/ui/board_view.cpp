// The board: what the step keeps in front of the room besides time and turns.
// The client's request (or contract) in up to three lines, as large as its
// box allows; the action plan being written; the previous client's plan.
#include <algorithm>

#include "ui/wall_view.hpp"

namespace atelier::ui {

namespace {

constexpr float kLineGap = 1.04f;  // line height as a share of the font size (the layout gives 1.05)
constexpr float kItemLineGap = 1.04f, kItemGap = 0.14f;  // a plan's lines, and between its items: tighter, they are numbered

// The largest size in [min, max] at which `text` wraps into at most
// `max_lines` lines that fit `box`; the lines at that size.
float fitted_lines(Painter& p, ImFont* font, const std::string& text, const Box& box, int max_lines, float min, float max,
                   std::vector<std::string>& lines) {
    float size = max;
    for (; size > min; size *= 0.94f) {
        lines = p.wrapped(font, size, text, box.w);
        const float h = static_cast<float>(lines.size()) * size * kLineGap;
        if (static_cast<int>(lines.size()) <= max_lines && h <= box.h) return size;
    }
    size = min;
    lines = p.wrapped(font, size, text, box.w);
    if (static_cast<int>(lines.size()) > max_lines) {
        lines.resize(static_cast<size_t>(max_lines));
        lines.back() = p.elided(font, size, lines.back() + " \xE2\x80\xA6", box.w);
    }
    return size;
}

void draw_lines(Painter& p, ImFont* font, float size, const Box& box, Rgb col, const std::vector<std::string>& lines) {
    float y = box.y;
    for (const std::string& text : lines) {
        p.line(font, size, {box.x, y, box.w, size * kLineGap}, col, text, Align::left, 1.0f);
        y += size * kLineGap;
    }
}

constexpr float kIndent = 1.6f;  // the items' numbers, in font sizes

// The items from `from` wrapped at `size` in `box`, and the height they take.
std::pair<std::vector<std::vector<std::string>>, float> item_blocks(const Painter& p, ImFont* font, float size, const Box& box,
                                                                    const std::vector<std::string>& items, size_t from) {
    std::vector<std::vector<std::string>> blocks;
    float h = 0;
    for (size_t i = from; i < items.size(); ++i) {
        blocks.push_back(p.wrapped(font, size, items[i], box.w - size * kIndent));
        h += static_cast<float>(blocks.back().size()) * size * kItemLineGap + size * kItemGap;
    }
    return {blocks, h};
}

// Whether every item fits `box` at the smallest size items are drawn at.
bool all_items_fit(const Painter& p, const WallFrame& f, const Box& box, const std::vector<std::string>& items) {
    return item_blocks(p, f.fonts.board, FontScale::medium * f.fonts.unit, box, items, 0).second <= box.h;
}

// Numbered items, each wrapped; the size shrinks until all fit, and below
// the smallest size the latest items are kept (they are being typed).
void draw_items(Painter& p, const WallFrame& f, const Box& box, const std::vector<std::string>& items) {
    // Down to four fifths of the 6 m size before the first items leave the wall.
    const float u = f.fonts.unit, max = FontScale::board * u, min = 0.8f * FontScale::medium * u;
    ImFont* font = f.fonts.board;
    const float indent_ratio = kIndent;
    auto layout = [&](float size, size_t from) { return item_blocks(p, font, size, box, items, from); };
    float size = max;
    size_t from = 0;
    auto [blocks, h] = layout(size, from);
    while (h > box.h && size > min) std::tie(blocks, h) = layout(size *= 0.93f, from);
    while (h > box.h && from + 1 < items.size()) std::tie(blocks, h) = layout(size, ++from);
    float y = box.y;
    for (size_t k = 0; k < blocks.size(); ++k) {
        const std::string number = std::to_string(from + k + 1) + ".";
        p.line(f.fonts.board, size, {box.x, y, size * indent_ratio, size * kItemLineGap}, f.theme.client, number, Align::left, 1.0f);
        float line_y = y;
        for (const std::string& text : blocks[k]) {
            p.line(font, size, {box.x + size * indent_ratio, line_y, box.w - size * indent_ratio, size * kItemLineGap}, f.theme.text, text,
                   Align::left, 1.0f);
            line_y += size * kItemLineGap;
        }
        y += static_cast<float>(blocks[k].size()) * size * kItemLineGap + size * kItemGap;
    }
}

}  // namespace

void draw_board(Painter& p, const WallFrame& f, const WallLayout& l) {
    if (!l.shape.board) return;
    p.tag("board_title");
    const BoardView& b = f.model.board;
    const float u = l.unit, near = u * FontScale::medium;
    // The title row: whose words these are, and the client's posture, which
    // takes what it needs (the room must see it); the title has the rest.
    Box title = l.activity;
    if (f.model.posture.shown() && l.shape.posture_row) {
        title.h = l.activity.h / 2;
        draw_posture(p, f, {title.x, title.y + title.h, title.w, title.h}, Align::left, true);
    } else if (f.model.posture.shown()) {
        const std::string& words = f.model.posture.brief.empty() ? f.model.posture.text : f.model.posture.brief;
        const float pill_w = p.measure(f.fonts.medium, near, words).x + 2.4f * l.activity.h;
        const float posture_w = std::min(title.w * 0.6f, pill_w);
        draw_posture(p, f, {title.right() - posture_w, title.y, posture_w, title.h}, Align::right, true);
        title.w -= posture_w + 0.03f * u;
    }
    p.line(f.fonts.medium, near, title, f.theme.client, b.title, Align::left, 0.7f);
    p.tag("board");
    const Box& box = l.board;
    p.rect({box.x - 0.012f * u, box.y, 0.006f * u, box.h}, f.theme.client, 0.003f * u);  // a rule in the client's colour
    if (b.kind == Board::request) {
        // As many lines as the layout gave, at the size the room reads from 8 m; a request too long for them
        // is drawn smaller, down to the 6 m size, before anything is cut.
        std::vector<std::string> lines;
        const float size = fitted_lines(p, f.fonts.board, b.text, box, l.shape.board_lines, near, FontScale::board * u, lines);
        draw_lines(p, f.fonts.board, size, box, f.theme.text, lines);
        return;
    }
    Box items = box;
    // The request above the plan, a reminder at the size read from 6 m, when the plan leaves room for it.
    const float reminder = near * 1.25f;
    const Box under{items.x, items.y + reminder, items.w, items.h - reminder};
    if (!b.text.empty() && all_items_fit(p, f, under, b.items)) {
        p.tag("board_request");
        p.line(f.fonts.medium, near, {box.x, box.y, box.w, near * 1.1f}, f.theme.dim, b.text, Align::left, 0.8f);
        items = under;
        p.tag("board");
    }
    if (!b.note.empty()) {
        p.line(f.fonts.medium, near, {items.x, items.y, items.w, near * 1.1f}, f.theme.dim, b.note, Align::left, 0.7f);
        items.y += near * 1.2f;
        items.h -= near * 1.2f;
    }
    draw_items(p, f, items, b.items);
}

}  // namespace atelier::ui
