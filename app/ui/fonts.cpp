#include "ui/fonts.hpp"

#include "core/i18n.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>

#include <imgui_internal.h>  // ImTextCharFromUtf8

namespace atelier::ui {

// The short side: a screen turned to portrait is taller, not nearer; its text keeps the same size.
float layout_unit(float width, float height) { return std::max(1.0f, std::min(height, width)); }

static bool readable(const std::string& path) { return !path.empty() && std::ifstream(path).good(); }

namespace {

// Latin-1 is not enough for French: Œ œ Ÿ, dashes, typographic quotes, the
// ellipsis, the narrow no-break space, the euro; plus the marks the wall uses
// (✓, arrows).
const ImWchar kFrenchExtras[] = {0x00B7, 0x00B7, 0x0152, 0x0153, 0x0178, 0x0178, 0x2013, 0x2014, 0x2018, 0x201E,
                                 0x2026, 0x2026, 0x202F, 0x202F, 0x20AC, 0x20AC, 0x2190, 0x2193,
                                 0x2212, 0x2212, 0x25B2, 0x25BC, 0x25C0, 0x25C0, 0x2713, 0x2713, 0x25CF, 0x25CF, 0};

bool always_baked(char32_t c) {
    if (c >= 0x20 && c <= 0xFF) return true;
    for (int i = 0; kFrenchExtras[i]; i += 2)
        if (c >= kFrenchExtras[i] && c <= kFrenchExtras[i + 1]) return true;
    return false;
}

template <class F>
void each_character(const std::string& text, F f) {
    const char* p = text.c_str();
    const char* end = p + text.size();
    while (p < end) {
        unsigned int c = 0;
        const int n = ImTextCharFromUtf8(&c, p, end);
        if (n <= 0) break;
        p += n;
        f(static_cast<char32_t>(c));
    }
}

}  // namespace

std::u32string characters(const std::string& text) {
    std::u32string out;
    each_character(text, [&out](char32_t c) {
        if (c != '\n' && c <= 0xFFFF && out.find(c) == std::u32string::npos) out.push_back(c);
    });
    std::sort(out.begin(), out.end());
    return out;
}

std::u32string extra_characters(const std::string& text) {
    std::u32string out;
    each_character(text, [&out](char32_t c) {
        if (!always_baked(c) && c != '\n' && c <= 0xFFFF && out.find(c) == std::u32string::npos) out.push_back(c);
    });
    std::sort(out.begin(), out.end());
    return out;
}

bool build_fonts(ImFontAtlas& atlas, const FontFiles& files, const FontRequest& request, FontSet& out) {
    atlas.Clear();
    // The texture as tall as the glyphs need, not the next power of two:
    // up to half the atlas's memory (drivers have no use for the rounding).
    atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    out = FontSet{};
    if (!readable(files.regular) || !readable(files.bold)) return false;
    const bool wall = request.wall_width > 0 && request.wall_height > 0;
    const bool console = request.console_px > 0;

    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(atlas.GetGlyphRangesDefault());
    builder.AddRanges(kFrenchExtras);
    for (char32_t c : extra_characters(request.text)) builder.AddChar(static_cast<ImWchar>(c));
    builder.BuildRanges(&out.text_ranges);
    // The speaker's name, the step's name and the request are baked very
    // large: only the characters in use (names, texts, the wall's own words),
    // which keeps a 4K atlas small.
    ImFontGlyphRangesBuilder big;
    static const ImWchar kAscii[] = {0x0020, 0x007E, 0x00AB, 0x00AB, 0x00BB, 0x00BB, 0x2026, 0x2026, 0x201C, 0x201D, 0x202F, 0x202F, 0};
    big.AddRanges(kAscii);
    big.AddRanges(kFrenchExtras);  // the marks the wall draws itself (·, ✓, arrows, dashes)
    for (char32_t c : characters(request.text)) big.AddChar(static_cast<ImWchar>(c));
    for (const char* fixed : all_fixed_strings()) big.AddText(fixed);
    big.BuildRanges(&out.big_ranges);
    static const ImWchar kTimerRanges[] = {0x0020, 0x0020, 0x002B, 0x002D, 0x0030, 0x003A, 0};

    ImFontConfig cfg;
    cfg.OversampleH = 1;  // large sizes need no horizontal oversampling; keeps the atlas small
    cfg.OversampleV = 1;
    cfg.PixelSnapH = true;
    auto add = [&](const std::string& file, float px, const ImWchar* ranges) {
        return atlas.AddFontFromFileTTF(file.c_str(), std::max(8.0f, std::round(px)), &cfg, ranges);
    };
    bool ok = true;
    if (console) {  // first: ImGui's default font is the first one
        out.console_px = request.console_px;
        out.console = add(files.regular, request.console_px, out.text_ranges.Data);
        out.console_bold = add(files.bold, request.console_px, out.text_ranges.Data);
        out.console_big = add(files.bold, request.console_px * 2.0f, out.big_ranges.Data);
        out.console_timer = add(files.bold, request.console_px * 4.0f, kTimerRanges);
        ok = ok && out.console && out.console_bold && out.console_big && out.console_timer;
    }
    if (wall) {
        out.unit = layout_unit(request.wall_width, request.wall_height);
        const float u = out.unit;
        out.ui = add(files.regular, u * FontScale::ui, out.text_ranges.Data);
        out.timer = add(files.bold, u * FontScale::timer, kTimerRanges);
        out.huge = add(files.bold, u * FontScale::huge, out.big_ranges.Data);
        out.large = out.huge;  // the same size: one face in the atlas
        out.board = add(files.regular, u * FontScale::board, out.big_ranges.Data);
        out.medium = add(files.regular, u * FontScale::medium, out.text_ranges.Data);
        out.small = add(files.regular, u * FontScale::small, out.text_ranges.Data);
        ok = ok && out.ui && out.timer && out.huge && out.large && out.board && out.medium && out.small;
    }
    return ok && (wall || console) && atlas.Build();
}

bool build_fonts(ImFontAtlas& atlas, const FontFiles& files, float width, float height, const std::string& text,
                 FontSet& out) {
    return build_fonts(atlas, files, FontRequest{width, height, 0, text}, out);
}

float console_text_px(float window_height) { return std::clamp(std::round(window_height / 40.0f), 15.0f, 30.0f); }

std::u32string missing_glyphs(const ImFont& font, const std::string& text) {
    std::u32string missing;
    each_character(text, [&](char32_t c) {
        if (c != '\n' && !font.FindGlyphNoFallback(static_cast<ImWchar>(c))) missing.push_back(c);
    });
    return missing;
}

}  // namespace atelier::ui
