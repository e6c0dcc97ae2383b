#include "platform/font_lookup.hpp"

#include <fontconfig/fontconfig.h>

#include <memory>
#include <mutex>

namespace atelier::platform {

namespace {

// fontconfig's view of the installed fonts: the main face (DejaVu Sans) and,
// sorted once per weight, every font that could stand in for it. Shared by
// every copy of the FontFiles that found it; the wall bakes on a thread of
// its own while it opens, hence the lock.
class FontIndex {
public:
    FontIndex() : config_(FcInitLoadConfigAndFonts()) {
        if (!config_) return;
        main_[0] = match("DejaVu Sans:style=Book", regular);
        main_[1] = match("DejaVu Sans:style=Bold", bold);
    }
    ~FontIndex() {
        for (FcFontSet* set : sorted_)
            if (set) FcFontSetDestroy(set);
        for (FcCharSet* cs : main_)
            if (cs) FcCharSetDestroy(cs);
        if (config_) FcConfigDestroy(config_);
    }
    FontIndex(const FontIndex&) = delete;
    FontIndex& operator=(const FontIndex&) = delete;

    std::string regular, bold;

    bool main_has(char32_t c, bool bold_face) const {
        const FcCharSet* cs = main_[bold_face ? 1 : 0];
        return cs && FcCharSetHasChar(cs, c);
    }

    std::vector<ui::FallbackFont> fallbacks(const std::u32string& wanted, bool bold_face) {
        std::lock_guard<std::mutex> lock(mutex_);
        std::vector<ui::FallbackFont> out;
        for (char32_t c : wanted) {
            // ImGui 1.86 here draws 16-bit characters only.
            if (c > 0xFFFF || c < 0x20 || main_has(c, bold_face)) continue;
            FcPattern* font = first_with(c, bold_face);
            if (!font) continue;
            FcChar8* file = nullptr;
            int index = 0;
            FcPatternGetString(font, FC_FILE, 0, &file);
            FcPatternGetInteger(font, FC_INDEX, 0, &index);
            const std::string path = reinterpret_cast<const char*>(file);
            index &= 0xFFFF;  // the high bits name a variable font's instance: its default is drawn
            ui::FallbackFont* slot = nullptr;
            for (ui::FallbackFont& f : out)
                if (f.file == path && f.index == index) slot = &f;
            if (!slot) slot = &out.emplace_back(ui::FallbackFont{path, index, {}});
            slot->characters.push_back(c);
        }
        return out;
    }

private:
    FcCharSet* match(const char* pattern_text, std::string& path) {
        FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(pattern_text));
        if (!pattern) return nullptr;
        FcConfigSubstitute(config_, pattern, FcMatchPattern);
        FcDefaultSubstitute(pattern);
        FcResult result = FcResultNoMatch;
        FcPattern* found = FcFontMatch(config_, pattern, &result);
        FcCharSet* charset = nullptr;
        if (found) {
            FcChar8* file = nullptr;
            if (FcPatternGetString(found, FC_FILE, 0, &file) == FcResultMatch && file) path = reinterpret_cast<const char*>(file);
            FcCharSet* cs = nullptr;
            if (FcPatternGetCharSet(found, FC_CHARSET, 0, &cs) == FcResultMatch && cs) charset = FcCharSetCopy(cs);
            FcPatternDestroy(found);
        }
        FcPatternDestroy(pattern);
        return charset;
    }

    // A font ImGui's rasterizer (stb_truetype) can bake: outlines in a
    // TrueType or CFF file, not a bitmap or colour (emoji) font.
    static bool bakeable(FcPattern* font) {
        FcBool scalable = FcFalse, color = FcFalse;
        FcChar8* format = nullptr;
        FcChar8* file = nullptr;
        if (FcPatternGetString(font, FC_FILE, 0, &file) != FcResultMatch || !file) return false;
        if (FcPatternGetBool(font, FC_SCALABLE, 0, &scalable) == FcResultMatch && !scalable) return false;
        if (FcPatternGetBool(font, FC_COLOR, 0, &color) == FcResultMatch && color) return false;
        if (FcPatternGetString(font, FC_FONTFORMAT, 0, &format) != FcResultMatch || !format) return false;
        const std::string f = reinterpret_cast<const char*>(format);
        return f == "TrueType" || f == "CFF";
    }

    // The best sans-serif font of that weight that has `c`, as fontconfig
    // ranks them (family, the locale's language, weight).
    FcPattern* first_with(char32_t c, bool bold_face) {
        FcFontSet* set = sorted(bold_face);
        for (int i = 0; set && i < set->nfont; ++i) {
            FcCharSet* cs = nullptr;
            if (FcPatternGetCharSet(set->fonts[i], FC_CHARSET, 0, &cs) == FcResultMatch && cs && FcCharSetHasChar(cs, c) &&
                bakeable(set->fonts[i]))
                return set->fonts[i];
        }
        return nullptr;
    }

    FcFontSet* sorted(bool bold_face) {
        FcFontSet*& set = sorted_[bold_face ? 1 : 0];
        if (set || !config_) return set;
        FcPattern* pattern = FcPatternCreate();
        FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>("sans-serif"));
        FcPatternAddInteger(pattern, FC_WEIGHT, bold_face ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
        FcConfigSubstitute(config_, pattern, FcMatchPattern);
        FcDefaultSubstitute(pattern);
        FcResult result = FcResultNoMatch;
        // Not trimmed: a font that only repeats an earlier one's characters
        // must stay when that earlier one cannot be baked (a colour font).
        set = FcFontSort(config_, pattern, FcFalse, nullptr, &result);
        FcPatternDestroy(pattern);
        return set;
    }

    FcConfig* config_ = nullptr;
    FcCharSet* main_[2] = {nullptr, nullptr};
    FcFontSet* sorted_[2] = {nullptr, nullptr};
    std::mutex mutex_;
};

}  // namespace

ui::FontFiles find_fonts() {
    auto index = std::make_shared<FontIndex>();
    ui::FontFiles files;
    files.regular = index->regular;
    files.bold = index->bold;
    files.fallbacks = [index](const std::u32string& wanted, bool bold) { return index->fallbacks(wanted, bold); };
    return files;
}

std::vector<ScriptFont> script_fonts() {
    struct Sample {
        const char* script;
        const char* utf8;
        char32_t c;
        const char* package;
    };
    static constexpr Sample kSamples[] = {
        {"Latin Ext.", "\xC5\x81", 0x0141, "fonts-dejavu-core"},
        {"Vietnamese", "\xE1\xBB\x85", 0x1EC5, "fonts-dejavu-core"},
        {"Greek", "\xCE\xA9", 0x03A9, "fonts-dejavu-core"},
        {"Cyrillic", "\xD0\x96", 0x0416, "fonts-dejavu-core"},
        {"Hebrew", "\xD7\x90", 0x05D0, "fonts-dejavu-core"},
        {"Arabic", "\xD8\xA8", 0x0628, "fonts-dejavu-core"},
        {"Arabic joined", "\xEF\xBA\x91", 0xFE91, "fonts-dejavu-core"},  // the presentation forms the wall draws
        {"CJK", "\xE7\x8E\x8B", 0x738B, "fonts-droid-fallback"},
        {"Japanese kana", "\xE3\x81\x82", 0x3042, "fonts-droid-fallback"},
        {"Korean", "\xED\x95\x9C", 0xD55C, "fonts-nanum"},  // Droid Sans Fallback has no Hangul
        {"Thai", "\xE0\xB8\x81", 0x0E01, "fonts-thai-tlwg"},
    };
    FontIndex index;
    std::vector<ScriptFont> out;
    for (const Sample& s : kSamples) {
        ScriptFont f{s.script, s.utf8, "", index.main_has(s.c, false), s.package};
        if (f.main) f.file = index.regular;
        else if (const auto found = index.fallbacks(std::u32string(1, s.c), false); !found.empty()) f.file = found.front().file;
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace atelier::platform
