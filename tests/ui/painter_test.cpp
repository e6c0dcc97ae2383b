#include "ui/painter.hpp"

#include <doctest/doctest.h>

#include "platform/font_lookup.hpp"
#include "ui/fonts.hpp"

using namespace atelier;
using namespace atelier::ui;

TEST_CASE("painter: a long name is elided with … at a character boundary and fits its box") {
    ImFontAtlas atlas;
    FontSet fonts;
    REQUIRE(build_fonts(atlas, platform::find_fonts(), 1280, 720, "", fonts));
    const Painter p(nullptr);
    const std::string name = "Marie-Christine Lefebvre-Dubois";
    const float size = fonts.small->FontSize;
    const float full = p.measure(fonts.small, size, name).x;
    const std::string cut = p.elided(fonts.small, size, name, full / 2);
    CHECK(p.measure(fonts.small, size, cut).x <= full / 2);
    CHECK(cut.size() < name.size());
    CHECK(cut.substr(cut.size() - 3) == "\xE2\x80\xA6");
    CHECK(p.elided(fonts.small, size, name, full + 1) == name);
    // Never half a UTF-8 character.
    const std::string accented = "Éléonore Saint-Exupéry";
    for (float w = 10; w < p.measure(fonts.small, size, accented).x; w += 7) {
        const std::string e = p.elided(fonts.small, size, accented, w);
        CHECK(ui::missing_glyphs(*fonts.small, e).empty());
    }
}
