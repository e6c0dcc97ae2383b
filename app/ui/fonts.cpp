#include "ui/fonts.hpp"

#include "core/i18n.hpp"
#include "core/i18n_console.hpp"
#include "ui/bidi.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <optional>

#include <imgui_internal.h>      // ImTextCharFromUtf8
#include <stb/stb_truetype.h>  // a face's metrics, from the library ImGui bakes with (libstb)

namespace atelier::ui {

// The short side: a screen turned to portrait is taller, not nearer; its text keeps the same size.
float layout_unit(float width, float height) { return std::max(1.0f, std::min(height, width)); }

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

// The text and, where it differs, what the wall draws for it: the joined
// Arabic forms must be baked, not only the letters as typed (which the
// console's fields still show).
std::string drawn_text(const std::string& text) {
    std::string visual = visual_line(text);
    return visual == text ? text : text + "\n" + visual;
}

// The characters of `text` that `keep` accepts, distinct and sorted. ImGui's
// 16-bit characters stop at U+FFFF: beyond (an emoji), nothing is baked, and
// ImGui draws its fallback glyph.
template <class Keep>
std::u32string distinct(const std::string& text, Keep keep) {
    std::u32string out;
    each_character(drawn_text(text), [&](char32_t c) {
        if (c != '\n' && c <= 0xFFFF && keep(c) && out.find(c) == std::u32string::npos) out.push_back(c);
    });
    std::sort(out.begin(), out.end());
    return out;
}

std::shared_ptr<const std::string> read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return nullptr;
    auto bytes = std::make_shared<std::string>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return bytes->empty() ? nullptr : bytes;
}

// A font file as the atlas bakes it: read once (a CJK font is megabytes and
// is baked at up to eleven sizes), and its height for one em: stb_truetype
// sizes a font by ascent minus descent, which is not the same share of the em
// in every font; merged glyphs must come out at DejaVu's em, not smaller.
struct Face {
    std::shared_ptr<const std::string> bytes;
    int index = 0;
    float height_per_em = 0;
    const ImWchar* ranges = nullptr;  // what a fallback gives; unused for a main face
};

// Read once per build, whatever the faces and weights it serves (Droid Sans
// Fallback is both the regular and the bold fallback).
std::optional<Face> open_face(const std::string& path, int index, FontSet& out) {
    std::shared_ptr<const std::string>& bytes = out.font_bytes[path];
    if (!bytes) bytes = read_bytes(path);
    Face f{bytes, index, 0, nullptr};
    if (!f.bytes) return std::nullopt;
    const auto* data = reinterpret_cast<const unsigned char*>(f.bytes->data());
    stbtt_fontinfo info;
    const int offset = stbtt_GetFontOffsetForIndex(data, index);
    if (offset < 0 || !stbtt_InitFont(&info, data, offset)) return std::nullopt;  // ImGui would assert on it
    const float by_height = stbtt_ScaleForPixelHeight(&info, 1.0f);
    if (by_height <= 0) return std::nullopt;
    f.height_per_em = stbtt_ScaleForMappingEmToPixels(&info, 1.0f) / by_height;
    return f;
}

// The fonts that stand in for the main face's missing characters in `wanted`.
std::vector<Face> fallback_faces(const FontFiles& files, const std::u32string& wanted, bool bold, FontSet& out) {
    std::vector<Face> faces;
    if (!files.fallbacks || wanted.empty()) return faces;
    for (const FallbackFont& font : files.fallbacks(wanted, bold)) {
        std::optional<Face> face = open_face(font.file, font.index, out);
        if (!face || font.characters.empty()) continue;
        ImFontGlyphRangesBuilder b;
        for (char32_t c : font.characters) b.AddChar(static_cast<ImWchar>(c));
        ImVector<ImWchar>& ranges = out.fallback_ranges.emplace_back();
        b.BuildRanges(&ranges);
        face->ranges = ranges.Data;
        faces.push_back(std::move(*face));
    }
    return faces;
}

// Latin Extended-A and -B, Latin Extended Additional (Vietnamese), Greek,
// Cyrillic: whatever DejaVu has of them (ImGui skips what a font lacks). The
// console's faces only: a name typed there in any of these is drawn at once.
const ImWchar kConsoleScripts[] = {0x0100, 0x024F, 0x0370, 0x03FF, 0x0400, 0x04FF, 0x1E00, 0x1EFF, 0};

}  // namespace

std::u32string characters(const std::string& text) {
    return distinct(text, [](char32_t) { return true; });
}

std::u32string extra_characters(const std::string& text) {
    return distinct(text, [](char32_t c) { return !always_baked(c); });
}

bool build_fonts(ImFontAtlas& atlas, const FontFiles& files, const FontRequest& request, FontSet& out) {
    atlas.Clear();
    // The texture as tall as the glyphs need, not the next power of two:
    // up to half the atlas's memory (drivers have no use for the rounding).
    atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    out = FontSet{};
    const std::optional<Face> regular = open_face(files.regular, 0, out), bold = open_face(files.bold, 0, out);
    if (!regular || !bold) return false;
    const bool wall = request.wall_width > 0 && request.wall_height > 0;
    const bool console = request.console_px > 0;

    const std::u32string in_use = characters(request.text);
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(atlas.GetGlyphRangesDefault());
    builder.AddRanges(kFrenchExtras);
    for (char32_t c : extra_characters(request.text)) builder.AddChar(static_cast<ImWchar>(c));
    // Every language's own words (the pseudo-language's accents are beyond Latin-1).
    for (const char* fixed : all_fixed_strings()) builder.AddText(fixed);
    for (const char* word : all_console_strings()) builder.AddText(word);
    builder.BuildRanges(&out.text_ranges);
    builder.AddRanges(kConsoleScripts);
    builder.BuildRanges(&out.console_ranges);
    // The speaker's name, the step's name and the request are baked very
    // large: only the characters in use (names, texts, the wall's own words),
    // which keeps a 4K atlas small.
    ImFontGlyphRangesBuilder big;
    static const ImWchar kAscii[] = {0x0020, 0x007E, 0x00AB, 0x00AB, 0x00BB, 0x00BB, 0x2026, 0x2026, 0x201C, 0x201D, 0x202F, 0x202F, 0};
    big.AddRanges(kAscii);
    big.AddRanges(kFrenchExtras);  // the marks the wall draws itself (·, ✓, arrows, dashes)
    for (char32_t c : in_use) big.AddChar(static_cast<ImWchar>(c));
    for (const char* fixed : all_fixed_strings()) big.AddText(fixed);
    big.BuildRanges(&out.big_ranges);
    static const ImWchar kTimerRanges[] = {0x0020, 0x0020, 0x002B, 0x002D, 0x0030, 0x003A, 0};
    // Characters DejaVu lacks (CJK), merged into every text face from the
    // fonts that have them, only those glyphs.
    const std::vector<Face> regular_fallbacks = fallback_faces(files, in_use, false, out);
    const std::vector<Face> bold_fallbacks = fallback_faces(files, in_use, true, out);

    ImFontConfig cfg;
    cfg.OversampleH = 1;  // large sizes need no horizontal oversampling; keeps the atlas small
    cfg.OversampleV = 1;
    cfg.PixelSnapH = true;
    cfg.FontDataOwnedByAtlas = false;  // out.font_bytes holds every file once
    auto from = [&](const Face& face, float px, const ImWchar* ranges, bool merge) {
        ImFontConfig c = cfg;
        c.FontNo = face.index;
        c.MergeMode = merge;
        void* data = const_cast<char*>(face.bytes->data());  // ImGui only reads it
        return atlas.AddFontFromMemoryTTF(data, static_cast<int>(face.bytes->size()), px, &c, ranges);
    };
    // Timer faces are digits only; text faces get the fallbacks merged in.
    auto add = [&](bool is_bold, float size, const ImWchar* ranges, bool text_face = true) {
        const Face& main = is_bold ? *bold : *regular;
        const float px = std::max(8.0f, std::round(size));
        ImFont* font = from(main, px, ranges, false);
        if (font && text_face)
            for (const Face& f : is_bold ? bold_fallbacks : regular_fallbacks)
                from(f, std::max(1.0f, std::round(px * f.height_per_em / main.height_per_em)), f.ranges, true);
        return font;
    };
    bool ok = true;
    if (console) {  // first: ImGui's default font is the first one
        out.console_px = request.console_px;
        out.console = add(false, request.console_px, out.console_ranges.Data);
        out.console_bold = add(true, request.console_px, out.console_ranges.Data);
        out.console_big = add(true, request.console_px * 2.0f, out.big_ranges.Data);
        out.console_timer = add(true, request.console_px * 4.0f, kTimerRanges, false);
        ok = ok && out.console && out.console_bold && out.console_big && out.console_timer;
    }
    if (wall) {
        out.unit = layout_unit(request.wall_width, request.wall_height);
        const float u = out.unit;
        out.ui = add(false, u * FontScale::ui, out.text_ranges.Data);
        out.timer = add(true, u * FontScale::timer, kTimerRanges, false);
        out.huge = add(true, u * FontScale::huge, out.big_ranges.Data);
        out.large = out.huge;  // the same size: one face in the atlas
        out.board = add(false, u * FontScale::board, out.big_ranges.Data);
        out.medium = add(false, u * FontScale::medium, out.text_ranges.Data);
        out.small = add(false, u * FontScale::small, out.text_ranges.Data);
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
