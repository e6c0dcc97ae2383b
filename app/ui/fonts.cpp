#include "ui/fonts.hpp"

#include "core/i18n.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>

#include <imgui_internal.h>  // ImTextCharFromUtf8

namespace atelier::ui {

float layout_unit(float width, float height) { return std::max(1.0f, std::min(height, width / 1.6f)); }

static bool readable(const std::string& path) { return !path.empty() && std::ifstream(path).good(); }

namespace {

// Latin-1 is not enough for French: Œ œ Ÿ, dashes, typographic quotes, the
// ellipsis, the narrow no-break space, the euro; plus the marks the wall uses
// (✓, arrows).
const ImWchar kFrenchExtras[] = {0x0152, 0x0153, 0x0178, 0x0178, 0x2013, 0x2014, 0x2018, 0x201E,
                                 0x2026, 0x2026, 0x202F, 0x202F, 0x20AC, 0x20AC, 0x2190, 0x2193,
                                 0x2713, 0x2713, 0x25CF, 0x25CF, 0};

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

bool build_fonts(ImFontAtlas& atlas, const FontFiles& files, float width, float height, const std::string& text,
                 FontSet& out) {
    atlas.Clear();
    if (!readable(files.regular) || !readable(files.bold)) return false;
    out.unit = layout_unit(width, height);

    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(atlas.GetGlyphRangesDefault());
    builder.AddRanges(kFrenchExtras);
    for (char32_t c : extra_characters(text)) builder.AddChar(static_cast<ImWchar>(c));
    out.text_ranges.clear();
    builder.BuildRanges(&out.text_ranges);
    // The speaker's name and the step's name are baked very large: only the
    // characters in use (names, method texts, the wall's own words), which
    // keeps a 4K atlas small.
    ImFontGlyphRangesBuilder big;
    static const ImWchar kAscii[] = {0x0020, 0x007E, 0x2026, 0x2026, 0};
    big.AddRanges(kAscii);
    for (char32_t c : characters(text)) big.AddChar(static_cast<ImWchar>(c));
    for (const char* fixed : all_fixed_strings()) big.AddText(fixed);
    out.big_ranges.clear();
    big.BuildRanges(&out.big_ranges);
    static const ImWchar kTimerRanges[] = {0x0020, 0x0020, 0x002B, 0x002D, 0x0030, 0x003A, 0};

    ImFontConfig cfg;
    cfg.OversampleH = 1;  // large sizes need no horizontal oversampling; keeps the atlas small
    cfg.OversampleV = 1;
    cfg.PixelSnapH = true;
    auto add = [&](const std::string& file, float scale, const ImWchar* ranges) {
        const float px = std::max(8.0f, std::round(out.unit * scale));
        return atlas.AddFontFromFileTTF(file.c_str(), px, &cfg, ranges);
    };
    out.ui = add(files.regular, FontScale::ui, out.text_ranges.Data);  // first: ImGui's default font
    out.timer = add(files.bold, FontScale::timer, kTimerRanges);
    out.huge = add(files.bold, FontScale::huge, out.big_ranges.Data);
    out.large = add(files.bold, FontScale::large, out.big_ranges.Data);
    out.medium = add(files.regular, FontScale::medium, out.text_ranges.Data);
    out.small = add(files.regular, FontScale::small, out.text_ranges.Data);
    return out.ui && out.timer && out.huge && out.large && out.medium && out.small && atlas.Build();
}

std::u32string missing_glyphs(const ImFont& font, const std::string& text) {
    std::u32string missing;
    each_character(text, [&](char32_t c) {
        if (c != '\n' && !font.FindGlyphNoFallback(static_cast<ImWchar>(c))) missing.push_back(c);
    });
    return missing;
}

}  // namespace atelier::ui
