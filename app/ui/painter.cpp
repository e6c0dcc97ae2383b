#include "ui/painter.hpp"

#include "ui/bidi.hpp"

#include <algorithm>
#include <cmath>

#include <imgui_internal.h>  // ImTextCharFromUtf8

namespace atelier::ui {

ImU32 colour(Rgb c, float alpha) {
    return IM_COL32(c.r, c.g, c.b, static_cast<int>(std::clamp(alpha, 0.0f, 1.0f) * 255.0f));
}

float cap_ratio(ImFont* font) {
    const ImFontGlyph* h = font ? font->FindGlyphNoFallback('H') : nullptr;
    if (!h) h = font ? font->FindGlyphNoFallback('0') : nullptr;
    return h && font->FontSize > 0 ? (h->Y1 - h->Y0) / font->FontSize : 0.0f;
}

void Painter::log(ImFont* font, float size, float x, float y, const std::string& logical) {
    if (!log_ || !font) return;
    const std::string text = visual_line(logical);
    DrawnText d{tag_, text, size, size * cap_ratio(font), x, y, measure(font, size, logical).x, y + font->Ascent * size / font->FontSize, {}};
    // Where each glyph's ink goes: ImGui's own advance, the glyph's own box.
    const float scale = size / font->FontSize;
    float pen = x;
    const char* s = text.c_str();
    const char* end = s + text.size();
    while (s < end) {
        unsigned int c = 0;
        const int n = ImTextCharFromUtf8(&c, s, end);
        if (n <= 0) break;
        s += n;
        const ImFontGlyph* g = font->FindGlyph(static_cast<ImWchar>(c));
        if (!g) continue;
        d.glyphs.push_back({static_cast<char32_t>(c), pen + g->X0 * scale, pen + g->X1 * scale});
        pen += g->AdvanceX * scale;
    }
    log_->push_back(std::move(d));
}

void Painter::log_sign(const std::string& text, const Box& ink) {
    if (!log_) return;
    log_->push_back(DrawnText{tag_, text, ink.h, ink.h, ink.x, ink.y, ink.w, ink.bottom(), {}});
}

// The one place text turns into what ImGui draws: right-to-left runs in
// visual order, Arabic joined (ui/bidi.hpp). Everything measures through
// here, so widths are those of the drawn glyphs; eliding and wrapping cut the
// logical text, and line() draws it through the same function.
ImVec2 Painter::measure(ImFont* font, float size, const std::string& logical) const {
    const std::string text = visual_line(logical);
    return font->CalcTextSizeA(size, 1e9f, 0.0f, text.c_str(), text.c_str() + text.size());
}

std::string Painter::elided(ImFont* font, float size, const std::string& text, float max_width) const {
    if (measure(font, size, text).x <= max_width) return text;
    const std::string ellipsis = "\xE2\x80\xA6";  // …
    std::string cut = text;
    while (!cut.empty()) {
        // Drop one whole UTF-8 character: its continuation bytes, then its lead byte.
        while (!cut.empty()) {
            const unsigned char c = static_cast<unsigned char>(cut.back());
            cut.pop_back();
            if ((c & 0xC0) != 0x80) break;
        }
        std::string candidate = cut;
        while (!candidate.empty() && candidate.back() == ' ') candidate.pop_back();
        if (measure(font, size, candidate + ellipsis).x <= max_width) return candidate + ellipsis;
    }
    return ellipsis;
}

std::vector<std::string> Painter::wrapped(ImFont* font, float size, const std::string& text, float max_width) const {
    std::vector<std::string> lines;
    std::string line;
    size_t i = 0;
    while (i < text.size()) {
        const size_t space = text.find(' ', i);
        const std::string word = text.substr(i, space == std::string::npos ? std::string::npos : space - i);
        i = space == std::string::npos ? text.size() : space + 1;
        const std::string candidate = line.empty() ? word : line + " " + word;
        if (measure(font, size, candidate).x <= max_width) {
            line = candidate;
            continue;
        }
        if (!line.empty()) lines.push_back(line);
        line = measure(font, size, word).x <= max_width ? word : elided(font, size, word, max_width);
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

float Painter::fitting_size(ImFont* font, float size, const std::string& text, float max_width, float min_size) const {
    const float w = measure(font, size, text).x;
    if (w <= max_width || w <= 0) return size;
    // A hair under the exact ratio: glyph advances round, and a text that
    // comes out 0.01 px too wide would then lose its last letters to "…".
    return std::max(min_size, size * max_width / w * 0.995f);
}

float Painter::line(ImFont* font, float size, const Box& box, Rgb col, const std::string& text, Align align,
                    float min_scale, float alpha) {
    if (text.empty() || box.w <= 0) return 0;
    const float s = fitting_size(font, size, text, box.w, size * min_scale);
    const std::string shown = elided(font, s, text, box.w);
    const ImVec2 dim = measure(font, s, shown);
    float x = box.x;
    if (align == Align::center) x = box.x + (box.w - dim.x) * 0.5f;
    if (align == Align::right) x = box.right() - dim.x;
    const float y = box.y + (box.h - dim.y) * 0.5f;
    const std::string drawn = visual_line(shown);
    list_->AddText(font, s, ImVec2(std::round(x), std::round(y)), colour(col, alpha), drawn.c_str(),
                   drawn.c_str() + drawn.size());
    log(font, s, std::round(x), std::round(y), shown);
    return dim.x;
}

void Painter::rect(const Box& box, Rgb col, float rounding, float alpha) {
    list_->AddRectFilled(ImVec2(box.x, box.y), ImVec2(box.right(), box.bottom()), colour(col, alpha), rounding);
}

void Painter::frame(const Box& box, Rgb col, float thickness, float rounding) {
    list_->AddRect(ImVec2(box.x, box.y), ImVec2(box.right(), box.bottom()), colour(col), rounding, 0, thickness);
}

}  // namespace atelier::ui
