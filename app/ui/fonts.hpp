#pragma once
// The wall's fonts, baked at the sizes they are drawn (ImGui 1.86 has no
// dynamic font sizes): a digits-only face for the huge timer, and text faces
// with every glyph French needs, plus the characters of the names and texts
// in use, from fallback fonts where DejaVu lacks them (CJK). Rebuilt when the
// framebuffer size or the characters in use change.
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <imgui.h>

#include "ui/font_files.hpp"

namespace atelier::ui {

struct FontSet {
    // The wall (absent from a console window's atlas).
    ImFont* timer = nullptr;   // digits, ':', '+', '-' only
    ImFont* huge = nullptr;    // the speaker's name
    ImFont* large = nullptr;   // the step's name
    ImFont* board = nullptr;   // the client's request and plan, drawn at the size that fits
    ImFont* medium = nullptr;  // instruction, next, order
    ImFont* small = nullptr;   // strip, footer, tables
    ImFont* ui = nullptr;      // help overlay
    float unit = 0;            // the length all wall sizes derive from (px)
    // The facilitator's console (in its own window, or over the wall).
    ImFont* console = nullptr;        // text and widgets
    ImFont* console_bold = nullptr;
    ImFont* console_big = nullptr;    // step, speaker, next: read at arm's length
    ImFont* console_timer = nullptr;  // digits only
    float console_px = 0;             // the console's text size
    // What the atlas reads while it builds: must outlive the build.
    ImVector<ImWchar> text_ranges;
    ImVector<ImWchar> big_ranges;      // the large faces: only the characters in use
    ImVector<ImWchar> console_ranges;  // the console's text: also every script DejaVu has
    std::deque<ImVector<ImWchar>> fallback_ranges;               // one per fallback font and weight
    std::map<std::string, std::shared_ptr<const std::string>> font_bytes;  // by path: each file read once
};

// What to bake: the wall at a framebuffer size, the console at a text size.
struct FontRequest {
    float wall_width = 0, wall_height = 0;  // 0: no wall fonts
    float console_px = 0;                   // 0: no console fonts
    std::string text;                       // names and texts whose characters must be there
};

// Sizes as fractions of the layout unit (the screen's short side). DejaVu's
// capitals stand 0.626 of the font size: these give the capital heights the
// room needs (ui/wall_view.hpp, Legibility) and digits of a quarter of a
// landscape wall's height.
struct FontScale {
    static constexpr float timer = 0.41f;
    static constexpr float huge = 0.100f;    // the speaker's name, the step's name (bold): 6.26 %
    static constexpr float large = 0.100f;
    static constexpr float board = 0.080f;   // the request, what comes next, the phase: 5.0 %
    static constexpr float medium = 0.060f;  // the instruction, the order's chips, the clock: 3.76 %
    static constexpr float small = 0.032f;   // the strip, the summary's tables, the group's name
    static constexpr float ui = 0.026f;      // the help
};

float layout_unit(float width, float height);

// Adds the fonts to `atlas` (after clearing it) for a framebuffer of the given
// size. `text` lists strings whose characters must be baked on top of Latin-1
// and French (names with any accents: "Nguyễn", "Łukasz"). Returns false when
// a font file cannot be read.
bool build_fonts(ImFontAtlas& atlas, const FontFiles& files, const FontRequest& request, FontSet& out);
// The wall only (tests, screenshots).
bool build_fonts(ImFontAtlas& atlas, const FontFiles& files, float width, float height, const std::string& text,
                 FontSet& out);
// The console's text size for a window of this height: readable at arm's length.
float console_text_px(float window_height);

// Characters drawn for `text` (UTF-8) beyond the ranges always baked: its own
// and the joined Arabic forms its visual order draws (ui/bidi.hpp).
std::u32string extra_characters(const std::string& text);
// Every distinct character drawn for `text`, sorted, joined forms included:
// when it changes, the faces (baked for the characters in use) must be rebuilt.
std::u32string characters(const std::string& text);

// Glyphs of `text` (UTF-8) missing from `font`; empty when all are there.
std::u32string missing_glyphs(const ImFont& font, const std::string& text);

}  // namespace atelier::ui
