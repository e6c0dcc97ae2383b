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

TEST_CASE("painter: an Arabic name is drawn in joined presentation forms, right to left, and measured as drawn") {
    const std::string name = "Aïsha بنت";
    const test::Atlas a(1920, 1080, name);
    TextLog log;
    ImDrawList list(ImGui::GetDrawListSharedData());
    Painter p(&list, &log);
    const float size = a.fonts.huge->FontSize;
    p.line(a.fonts.huge, size, Box{0, 0, 1900, 200}, Rgb{255, 255, 255}, name);
    REQUIRE(log.size() == 1);
    std::u32string drawn;
    float last_x = -1;
    for (const DrawnText::Glyph& g : log[0].glyphs) {
        drawn.push_back(g.c);
        CHECK(g.x0 >= last_x - size * 0.2f);  // left to right on the screen
        last_x = g.x0;
    }
    // "Aïsha " then teh (final), noon (medial), beh (initial): read from the right, بنت.
    CHECK(drawn == U"Aïsha \uFE96\uFEE8\uFE91");
    CHECK(log[0].width == doctest::Approx(p.measure(a.fonts.huge, size, name).x));
    const std::string forms = "Aïsha \uFE96\uFEE8\uFE91";
    CHECK(p.measure(a.fonts.huge, size, name).x ==
          doctest::Approx(a.fonts.huge->CalcTextSizeA(size, 1e9f, 0, forms.c_str(), forms.c_str() + forms.size()).x));
}
