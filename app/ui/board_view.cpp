// The board: what the step keeps in front of the room besides time and turns.
// The client's request (or contract) in up to three lines, as large as its
// box allows; the action plan being written; the previous client's plan.
#include <algorithm>

#include "ui/wall_view.hpp"

namespace atelier::ui {

namespace {

constexpr float kLineGap = 1.12f;  // line height as a share of the font size

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

// Numbered items, each wrapped; the size shrinks until all fit, and below
// the smallest size the latest items are kept (they are being typed).
void draw_items(Painter& p, const WallFrame& f, const Box& box, const std::vector<std::string>& items) {
    const float u = f.fonts.unit, max = 0.05f * u, min = 0.03f * u;
    ImFont* font = f.fonts.board;
    const float indent_ratio = 1.6f;
    auto layout = [&](float size, size_t from) {
        std::vector<std::vector<std::string>> blocks;
        float h = 0;
        for (size_t i = from; i < items.size(); ++i) {
            blocks.push_back(p.wrapped(font, size, items[i], box.w - size * indent_ratio));
            h += static_cast<float>(blocks.back().size()) * size * kLineGap + size * 0.25f;
        }
        return std::pair{blocks, h};
    };
    float size = max;
    size_t from = 0;
    auto [blocks, h] = layout(size, from);
    while (h > box.h && size > min) std::tie(blocks, h) = layout(size *= 0.93f, from);
    while (h > box.h && from + 1 < items.size()) std::tie(blocks, h) = layout(size, ++from);
    float y = box.y;
    for (size_t k = 0; k < blocks.size(); ++k) {
        const std::string number = std::to_string(from + k + 1) + ".";
        p.line(f.fonts.board, size, {box.x, y, size * indent_ratio, size * kLineGap}, f.theme.client, number, Align::left, 1.0f);
        draw_lines(p, font, size, {box.x + size * indent_ratio, y, box.w - size * indent_ratio, box.h}, f.theme.text, blocks[k]);
        y += static_cast<float>(blocks[k].size()) * size * kLineGap + size * 0.25f;
    }
}

}  // namespace

void draw_board(Painter& p, const WallFrame& f, const WallLayout& l) {
    if (!l.shape.board) return;
    p.tag("board_title");
    const BoardView& b = f.model.board;
    const float u = l.unit;
    // The title row: whose words these are, and the client's posture.
    Box title = l.activity;
    if (f.model.posture.shown()) {
        draw_posture(p, f, l.activity, Align::right);
        title.w *= 0.5f;
    }
    p.line(f.fonts.medium, u * FontScale::medium, title, f.theme.client, b.title, Align::left, 0.7f);
    p.tag("board");
    const Box& box = l.board;
    p.rect({box.x - 0.012f * u, box.y, 0.006f * u, box.h}, f.theme.client, 0.003f * u);  // a rule in the client's colour
    if (b.kind == Board::request) {
        std::vector<std::string> lines;
        const float size = fitted_lines(p, f.fonts.board, b.text, box, 3, 0.03f * u, FontScale::board * u, lines);
        draw_lines(p, f.fonts.board, size, box, f.theme.text, lines);
        return;
    }
    Box items = box;
    if (!b.text.empty()) {  // the request, small, above the plan
        const float size = u * FontScale::small;
        p.line(f.fonts.small, size, {box.x, box.y, box.w, size * 1.3f}, f.theme.dim, b.text, Align::left, 0.8f);
        items.y += size * 1.5f;
        items.h -= size * 1.5f;
    }
    if (!b.note.empty()) p.line(f.fonts.medium, u * FontScale::medium, {items.x, items.y, items.w, 0.06f * u}, f.theme.dim, b.note);
    draw_items(p, f, items, b.items);
}

}  // namespace atelier::ui
