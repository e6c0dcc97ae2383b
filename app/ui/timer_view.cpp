// The large timer: the largest thing on the wall, its phase in colour and in
// words, and a bar showing how much of the step is used.
#include <algorithm>
#include <cmath>

#include "ui/wall_view.hpp"

namespace atelier::ui {

namespace {

constexpr float kSignOverCapitals = 1.2f;  // the phase sign's height over the phase word's capitals

}  // namespace

// Draws the digits so that their ink (not the font's line box) fills `box`
// vertically, centred; shrinks to fit the width.
void draw_digits(Painter& p, ImFont* font, const Box& box, Rgb col, const std::string& text) {
    const ImFontGlyph* zero = font->FindGlyphNoFallback('0');
    if (!zero) return;
    const float baked = font->FontSize;
    const float ink_top = zero->Y0 / baked, ink_h = (zero->Y1 - zero->Y0) / baked;  // in em
    float size = baked;
    const float w = p.measure(font, size, text).x;
    if (w > box.w) size *= box.w / w;
    size = std::min(size, box.h / std::max(0.5f, ink_h + 0.05f));
    const ImVec2 dim = p.measure(font, size, text);
    const float x = box.x + (box.w - dim.x) * 0.5f;
    const float y = box.y + (box.h - ink_h * size) * 0.5f - ink_top * size;
    p.list()->AddText(font, size, ImVec2(std::round(x), std::round(y)), colour(col), text.c_str(), text.c_str() + text.size());
    p.log(font, size, std::round(x), std::round(y), text);
}

namespace {

// A sign beside the phase word, filling `b` (its ink): pause bars, a play
// triangle, or "!" in a triangle. Logged like text, so that its height is
// measured as the words' are (a paused wall must read without colour).
void draw_phase_sign(Painter& p, Phase phase, const Box& b, Rgb col, Rgb ink) {
    const float s = b.h, x = b.x, y = b.y;
    ImDrawList* dl = p.list();
    switch (phase) {
        case Phase::paused:
            dl->AddRectFilled(ImVec2(x, y), ImVec2(x + s * 0.35f, y + s), colour(col));
            dl->AddRectFilled(ImVec2(x + s * 0.65f, y), ImVec2(x + s, y + s), colour(col));
            p.log_sign("\xE2\x8F\xB8", b);  // ⏸
            break;
        case Phase::not_started:
        case Phase::running:
            dl->AddTriangleFilled(ImVec2(x, y), ImVec2(x + s * 0.9f, y + s * 0.5f), ImVec2(x, y + s), colour(col));
            p.log_sign("\xE2\x96\xB6", b);  // ▶
            break;
        case Phase::warning:
        case Phase::danger:
        case Phase::overtime:
            dl->AddTriangleFilled(ImVec2(x + s * 0.5f, y), ImVec2(x + s, y + s), ImVec2(x, y + s), colour(col));
            dl->AddRectFilled(ImVec2(x + s * 0.45f, y + s * 0.3f), ImVec2(x + s * 0.55f, y + s * 0.7f), colour(ink));
            dl->AddRectFilled(ImVec2(x + s * 0.45f, y + s * 0.78f), ImVec2(x + s * 0.55f, y + s * 0.9f), colour(ink));
            p.log_sign("\xE2\x9A\xA0", b);  // ⚠
            break;
    }
}

}  // namespace

void draw_timer(Painter& p, const WallFrame& f, const WallLayout& l) {
    const WallModel& m = f.model;
    const Rgb col = phase_colour(f.theme, m.phase);
    const float u = l.unit;
    if (f.flash > 0) p.rect(l.timer, col, 0.02f * u, 0.28f * f.flash);
    p.tag("timer");
    draw_digits(p, f.fonts.timer, l.timer, col, m.timer_text);
    p.tag("phase");

    // The phase in words, with a sign: paused, overtime... readable without
    // colour, at the size of what the room reads from 8 m; the sign a little
    // taller than the word's capitals, so that a paused wall reads as paused
    // by its shape alone. Beside the digits the word may take two lines
    // ("En pause —" / "dépassement").
    const float size = u * FontScale::board;
    const float sign_h = std::min(l.phase.h * 0.9f, kSignOverCapitals * size * cap_ratio(f.fonts.board));
    const float sign_w = sign_h, gap = 0.02f * u;
    const float text_w = l.phase.w - sign_w - gap;
    const std::vector<std::string> lines = text_lines(p, f.fonts.board, size, m.phase_word, text_w, l.shape.phase_beside ? 2 : 1);
    float widest = 0;
    for (const std::string& line : lines) widest = std::max(widest, p.measure(f.fonts.board, size, line).x);
    const float total = std::min(l.phase.w, sign_w + gap + widest);
    const float x0 = l.shape.phase_beside ? l.phase.x + 0.02f * u : l.phase.x + (l.phase.w - total) * 0.5f;
    const float line_h = size * 1.05f, top = l.phase.y + (l.phase.h - line_h * static_cast<float>(lines.size())) * 0.5f;
    p.tag("phase_sign");
    draw_phase_sign(p, m.phase, {x0, top + (line_h - sign_h) * 0.5f, sign_w, sign_h}, col, f.theme.background);
    p.tag("phase");
    for (size_t i = 0; i < lines.size(); ++i)
        p.line(f.fonts.board, size, {x0 + sign_w + gap, top + line_h * static_cast<float>(i), text_w, line_h}, col, lines[i], Align::left, 0.75f);

    // How much of the step is used: a bar under the timer's width.
    const float bar_w = std::min(l.timer.w, 1.3f * u);  // under the digits
    const Box bar{l.timer.x + (l.timer.w - bar_w) * 0.5f, l.progress.y, bar_w, l.progress.h};
    p.rect(bar, f.theme.panel, bar.h * 0.5f);
    const float used = static_cast<float>(std::clamp(m.progress, 0.0, 1.0));
    if (used > 0) p.rect({bar.x, bar.y, bar.w * used, bar.h}, col, bar.h * 0.5f);
}

}  // namespace atelier::ui
