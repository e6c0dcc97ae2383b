#include "ui/fonts.hpp"

#include <doctest/doctest.h>

#include <cmath>

#include "core/config_set.hpp"
#include "core/demo.hpp"
#include "core/i18n.hpp"
#include "core/wall_model.hpp"
#include "font_atlas.hpp"
#include "ui/bidi.hpp"

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
        for (const std::string& t : m.name.by_lang) out.push_back(t);

        for (const Step& s : m.steps)
            for (const Text* t : {&s.name, &s.instruction}) out.insert(out.end(), t->by_lang.begin(), t->by_lang.end());
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

namespace {

Session twelve_names() { return *demo_session(load_config({}, "/nowhere"), "twelve-names", 1'780'000'000'000); }

// The wall and the console over it, baked as the app bakes them.
struct WallAndConsole {
    ImFontAtlas atlas;
    ui::FontSet fonts;
    WallAndConsole(float w, float h, const std::string& text) {
        const ui::FontRequest request{w, h, ui::console_text_px(h), text};
        REQUIRE(ui::build_fonts(atlas, platform::find_fonts(), request, fonts));
    }
    size_t texture_bytes() {
        unsigned char* pixels = nullptr;
        int tw = 0, th = 0;
        atlas.GetTexDataAsAlpha8(&pixels, &tw, &th);
        return static_cast<size_t>(tw) * static_cast<size_t>(th);
    }
};

}  // namespace

TEST_CASE("fonts: the twelve names in twelve scripts have every glyph on the wall and in the console (CJK from a fallback font)") {
    const Session s = twelve_names();
    REQUIRE(s.group.participants.size() == 12);
    WallAndConsole a(1920, 1080, all_text(s));
    for (const std::string& name : s.group.participants) {
        CAPTURE(name);
        // As drawn: visual order, Arabic joined.
        const std::string drawn = ui::visual_line(name);
        for (ImFont* font : {a.fonts.huge, a.fonts.large, a.fonts.board, a.fonts.medium, a.fonts.small, a.fonts.ui,
                             a.fonts.console, a.fonts.console_bold, a.fonts.console_big})
            CHECK(ui::missing_glyphs(*font, drawn).empty());
        // A name being edited in the console is drawn as typed.
        CHECK(ui::missing_glyphs(*a.fonts.console, name).empty());
    }
}

TEST_CASE("fonts: a CJK glyph merged from a fallback font stands as tall as DejaVu's letters, on DejaVu's baseline") {
    WallAndConsole a(1920, 1080, "王小明 Hong");
    for (ImFont* font : {a.fonts.huge, a.fonts.medium, a.fonts.console}) {
        const ImFontGlyph* wang = font->FindGlyphNoFallback(0x738B);  // 王
        const ImFontGlyph* cap = font->FindGlyphNoFallback('H');
        REQUIRE(wang);
        REQUIRE(cap);
        CAPTURE(font->FontSize);
        // A full-width ideograph is about an em tall: taller than a capital
        // (0.73 em), not twice as tall, nor shrunk to a lowercase letter.
        const float ratio = (wang->Y1 - wang->Y0) / (cap->Y1 - cap->Y0);
        CHECK(ratio > 1.0f);
        CHECK(ratio < 1.5f);
        // Its foot sits near the baseline (where the capital's foot is).
        CHECK(std::abs(wang->Y1 - cap->Y1) < 0.15f * font->FontSize);
    }
}

TEST_CASE("fonts: the console holds Polish, Vietnamese, Greek and Cyrillic before anyone types them") {
    ImFontAtlas atlas;
    ui::FontSet fonts;
    REQUIRE(ui::build_fonts(atlas, platform::find_fonts(), ui::FontRequest{0, 0, 18, ""}, fonts));
    for (ImFont* font : {fonts.console, fonts.console_bold})
        CHECK(ui::missing_glyphs(*font, "Łukasz Wiśniewski Nguyễn Thị Hồng Đặng Ώ Νίκος Дмитрий Ёлка ǅ").empty());
}

TEST_CASE("fonts: the joined Arabic forms the wall draws are baked, not only the letters as typed") {
    const std::u32string chars = ui::characters("Aïsha بنت");
    for (char32_t c : {U'\u0628', U'\uFE91', U'\uFEE8', U'\uFE96'}) CHECK(chars.find(c) != std::u32string::npos);
    Atlas a(1280, 720, "Aïsha بنت");
    CHECK(ui::missing_glyphs(*a.fonts.huge, "\uFE96\uFEE8\uFE91").empty());
}

TEST_CASE("fonts: a character ImGui cannot draw (beyond U+FFFF) comes out as the replacement sign, and the rest still bakes") {
    // ImGui 1.86 reads an emoji as U+FFFD: that is what is baked and drawn.
    CHECK(ui::characters("\xF0\x9F\x98\x80") == U"\uFFFD");
    Atlas a(1280, 720, "Zoë \xF0\x9F\x98\x80 王");
    CHECK(ui::missing_glyphs(*a.fonts.huge, "Zoë \xF0\x9F\x98\x80 王").empty());
}

TEST_CASE("fonts: twelve scripts keep the 4K atlas, console included, within a few megabytes") {
    const std::string text = all_text(twelve_names());
    WallAndConsole latin(3840, 2160, all_text(*demo_session(load_config({}, "/nowhere"), "long-names", 1'780'000'000'000)));
    WallAndConsole scripts(3840, 2160, text);
    MESSAGE("4K atlas, one byte a pixel: long-names " << latin.texture_bytes() / 1024 << " KiB, twelve-names "
                                                    << scripts.texture_bytes() / 1024 << " KiB");
    CHECK(scripts.texture_bytes() <= 24u << 20);
    // Only the characters in use come from the fallback fonts: the CJK font
    // adds a few glyphs, not thousands.
    CHECK(scripts.texture_bytes() < latin.texture_bytes() * 3 / 2);
}
