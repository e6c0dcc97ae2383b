#pragma once
// Drawing text and shapes on a wall: sizes from the layout unit, text that
// shrinks or elides to fit its box and never spills.
#include <string>
#include <vector>

#include <imgui.h>

#include "ui/theme.hpp"

namespace atelier::ui {

enum class Align { left, center, right };

struct Box {
    float x, y, w, h;
    float right() const { return x + w; }
    float bottom() const { return y + h; }
};

ImU32 colour(Rgb c, float alpha = 1.0f);

// What a painter drew, for tests and --layout-report: each line of text with
// the size it was drawn at (after shrinking), its capital height in pixels
// (the font's "H" at that size) and where each glyph went.
struct DrawnText {
    std::string tag;   // which part of the wall: "speaker", "timer", "step"...
    std::string text;  // as drawn: elided if it was, in visual order (ui/bidi.hpp)
    float size = 0, cap_px = 0, x = 0, y = 0, width = 0;
    float baseline = 0;  // where capitals and digits stand
    struct Glyph {
        char32_t c;
        float x0, x1;  // ink columns, in pixels
    };
    std::vector<Glyph> glyphs;
};
using TextLog = std::vector<DrawnText>;

// A font's capital height as a share of its size (DejaVu: 0.729 em / 1.164 em).
float cap_ratio(ImFont* font);

class Painter {
public:
    explicit Painter(ImDrawList* list, TextLog* log = nullptr) : list_(list), log_(log) {}
    // Names the part drawn next, for the log.
    void tag(const char* name) { tag_ = name; }

    // Text is given in logical order; it is measured and drawn in visual order.
    ImVec2 measure(ImFont* font, float size, const std::string& text) const;
    // The text, cut with "…" so that it fits `max_width` at `size`.
    std::string elided(ImFont* font, float size, const std::string& text, float max_width) const;
    // The size at which `text` fits `max_width`: `size`, or smaller down to
    // `min_size` (below that the caller elides).
    float fitting_size(ImFont* font, float size, const std::string& text, float max_width, float min_size) const;

    // `text` broken into lines no wider than `max_width` at `size`, at spaces
    // (a word wider than a line is cut with "…").
    std::vector<std::string> wrapped(ImFont* font, float size, const std::string& text, float max_width) const;

    // Draws one line in `box`, vertically centred, shrunk then elided to fit.
    // Returns the width drawn.
    float line(ImFont* font, float size, const Box& box, Rgb col, const std::string& text, Align align = Align::left,
               float min_scale = 0.7f, float alpha = 1.0f);
    void rect(const Box& box, Rgb col, float rounding = 0, float alpha = 1.0f);
    void frame(const Box& box, Rgb col, float thickness, float rounding = 0);

    ImDrawList* list() const { return list_; }
    // Records text drawn directly on the draw list (the timer's digits).
    void log(ImFont* font, float size, float x, float y, const std::string& text);
    // Records a sign drawn as shapes, standing for `text` (a symbol), its ink
    // filling `ink`: its height is logged as its capital height.
    void log_sign(const std::string& text, const Box& ink);

private:
    ImDrawList* list_;
    TextLog* log_;
    std::string tag_;
};

}  // namespace atelier::ui
