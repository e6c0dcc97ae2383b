#include "ui/painter.hpp"

#include <doctest/doctest.h>

#include "font_atlas.hpp"

using namespace atelier;
using namespace atelier::ui;

TEST_CASE("painter: a long name is elided with … at a character boundary and fits its box") {
    const test::Atlas a(1280, 720, "");
    const FontSet& fonts = a.fonts;
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

TEST_CASE("painter: a name a little too wide shrinks to fit whole rather than lose letters") {
    const test::Atlas a(1920, 1200, "");
    const FontSet& fonts = a.fonts;
    const Painter p(nullptr);
    const std::string name = "Grégoire Dubois-Lacroix";
    const float size = fonts.huge->FontSize;
    for (float share : {0.99f, 0.95f, 0.9f, 0.8f, 0.7f}) {
        const float box = p.measure(fonts.huge, size, name).x * share;
        const float fit = p.fitting_size(fonts.huge, size, name, box, size * 0.6f);
        CAPTURE(share);
        CHECK(p.elided(fonts.huge, fit, name, box) == name);
    }
}
