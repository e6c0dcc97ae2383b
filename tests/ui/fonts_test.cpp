#include "ui/fonts.hpp"

#include <doctest/doctest.h>

#include <cmath>

#include "core/config_set.hpp"
#include "core/demo.hpp"
#include "core/i18n.hpp"
#include "core/wall_model.hpp"
#include "font_atlas.hpp"

using namespace atelier;
using atelier::test::Atlas;

namespace {

// Every string the wall can show: fixed words, every preset, the sample group,
// and the wall model of every demo moment, in both languages.
std::vector<std::string> wall_strings() {
    std::vector<std::string> out;
    for (const char* s : all_fixed_strings()) out.push_back(s);
    const ConfigSet config = load_config({}, "/nowhere");
    for (const Method& m : config.methods) {
        out.push_back(m.name.fr);
        out.push_back(m.name.en);
        for (const Step& s : m.steps)
            for (const std::string* t : {&s.name.fr, &s.name.en, &s.instruction.fr, &s.instruction.en}) out.push_back(*t);
    }
    for (const std::string& name : demo_names()) {
        for (Lang lang : {Lang::fr, Lang::en}) {
            Session s = *demo_session(config, name, 1'780'000'000'000);
            s.lang = lang;
            const WallModel m = wall_model(s, 1'780'000'000'000, 0);
            for (const std::string* t : {&m.step_label, &m.step_name, &m.instruction, &m.client_activity, &m.phase_word,
                                         &m.speaker_name, &m.speaker_role, &m.turn_time, &m.next_label, &m.round_label,
                                         &m.projected_end, &m.group_name, &m.atelier_name, &m.clock})
                out.push_back(*t);
            for (const OrderEntry& e : m.order) out.push_back(e.name);
            for (const StripEntry& e : m.strip) out.push_back(e.name);
        }
    }
    return out;
}

std::string all_of(const std::vector<std::string>& strings) {
    std::string text;
    for (const std::string& s : strings) text += s + "\n";
    return text;
}

}  // namespace

TEST_CASE("fonts: every string the wall can show has its glyphs, in both languages: no ? boxes") {
    const auto strings = wall_strings();
    Atlas a(1920, 1080, all_of(strings));
    for (ImFont* font : {a.fonts.huge, a.fonts.large, a.fonts.medium, a.fonts.small, a.fonts.ui}) {
        for (const std::string& s : strings) {
            CAPTURE(s);
            CHECK(ui::missing_glyphs(*font, s).empty());
        }
    }
}

TEST_CASE("fonts: the French characters are baked even when no name uses them") {
    Atlas a(1280, 720, "");
    CHECK(ui::missing_glyphs(*a.fonts.medium, "é è à ç ù œ Œ Ÿ — – « » … ’ €\u202F:").empty());
}

TEST_CASE("fonts: a name with characters beyond French gets them baked") {
    Atlas plain(1280, 720, "");
    CHECK_FALSE(ui::missing_glyphs(*plain.fonts.huge, "Nguyễn Łukasz").empty());
    Atlas named(1280, 720, "Nguyễn Łukasz");
    CHECK(ui::missing_glyphs(*named.fonts.huge, "Nguyễn Łukasz").empty());
    CHECK(ui::extra_characters("Amélie Nguyễn Nguyễn").size() == 1);
}

TEST_CASE("fonts: the timer font is baked at its drawn size, crisp at 4K") {
    for (const auto& [w, h] : {std::pair{1280.f, 720.f}, {1920.f, 1080.f}, {3840.f, 2160.f}}) {
        Atlas a(w, h, "");
        CAPTURE(h);
        CHECK(a.fonts.timer->FontSize == doctest::Approx(std::round(h * ui::FontScale::timer)));
        CHECK(ui::missing_glyphs(*a.fonts.timer, "+0123456789:").empty());
        int tw = 0, th = 0;
        unsigned char* pixels = nullptr;
        a.atlas.GetTexDataAsAlpha8(&pixels, &tw, &th);
        CHECK(tw <= 4096);
        CHECK(th <= 8192);
        // The digits' ink, as baked: a quarter of a landscape wall's height.
        const ImFontGlyph* zero = a.fonts.timer->FindGlyphNoFallback('0');
        REQUIRE(zero);
        CHECK(zero->Y1 - zero->Y0 >= 0.25f * h);
        const ImFontGlyph* cap = a.fonts.huge->FindGlyphNoFallback('H');
        REQUIRE(cap);
        CHECK(cap->Y1 - cap->Y0 >= 0.06f * h);
        const ImFontGlyph* step_cap = a.fonts.large->FindGlyphNoFallback('H');
        REQUIRE(step_cap);
        CHECK(step_cap->Y1 - step_cap->Y0 >= 0.05f * h);
    }
}
