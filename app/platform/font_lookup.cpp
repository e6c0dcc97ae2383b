#include "platform/font_lookup.hpp"

#include <fontconfig/fontconfig.h>

namespace atelier::platform {

static std::string match(FcConfig* config, const char* pattern_text) {
    FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(pattern_text));
    if (!pattern) return "";
    FcConfigSubstitute(config, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* found = FcFontMatch(config, pattern, &result);
    std::string path;
    if (found) {
        FcChar8* file = nullptr;
        if (FcPatternGetString(found, FC_FILE, 0, &file) == FcResultMatch && file) path = reinterpret_cast<const char*>(file);
        FcPatternDestroy(found);
    }
    FcPatternDestroy(pattern);
    return path;
}

ui::FontFiles find_fonts() {
    ui::FontFiles files;
    FcConfig* config = FcInitLoadConfigAndFonts();
    if (!config) return files;
    files.regular = match(config, "DejaVu Sans:style=Book");
    files.bold = match(config, "DejaVu Sans:style=Bold");
    FcConfigDestroy(config);
    return files;
}

}  // namespace atelier::platform
