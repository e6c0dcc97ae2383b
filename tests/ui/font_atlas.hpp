#pragma once
// The wall's fonts, baked from the system's font files as the app bakes them,
// for tests that measure or look up glyphs (no display needed).
#include <doctest/doctest.h>

#include <string>

#include "platform/font_lookup.hpp"
#include "ui/fonts.hpp"

namespace atelier::test {

struct Atlas {
    ImFontAtlas atlas;
    ui::FontSet fonts;
    Atlas(float w, float h, const std::string& text) {
        const ui::FontFiles files = platform::find_fonts();
        REQUIRE_MESSAGE(ui::build_fonts(atlas, files, w, h, text, fonts), "fonts: " << files.regular << ", " << files.bold);
    }
};

}  // namespace atelier::test
