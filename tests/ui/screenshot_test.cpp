// The wall as the room sees it: atelier --screenshot under Xvfb at every
// size, landscape and portrait, in both themes (settings.json "theme"), with
// the pixels checked against what each phase must show.
#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <cstdio>
#include <filesystem>
#include <cctype>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "png.hpp"
#include "ui/wall_view.hpp"

using namespace atelier;
using namespace atelier::ui;
using atelier::test::Image;

namespace {

const std::pair<int, int> kSizes[] = {{1280, 720}, {1920, 1080}, {1920, 1200}, {3840, 2160}, {1080, 1920}};
const ThemeName kThemes[] = {ThemeName::dark, ThemeName::light};

std::string temp_dir() {
    const auto dir = std::filesystem::temp_directory_path() / ("atelier-shots-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    return dir.string();
}

// A line of --layout-report: what was drawn, where, at what size.
struct Drawn {
    std::string tag, text;
    float size = 0, cap_px = 0, x = 0, y = 0, width = 0, baseline = 0;
    struct Glyph {
        char32_t c;
        float x0, x1;
    };
    std::vector<Glyph> glyphs;
};

std::vector<Drawn> read_report(const std::string& path) {
    std::vector<Drawn> out;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        Drawn d;
        std::string cell;
        std::getline(fields, d.tag, '\t');
        float* numbers[] = {&d.size, &d.cap_px, &d.x, &d.y, &d.width, &d.baseline};
        for (float* n : numbers) {
            std::getline(fields, cell, '\t');
            *n = std::stof(cell);
        }
        std::getline(fields, d.text, '\t');
        std::string glyphs;
        std::getline(fields, glyphs);
        std::istringstream gs(glyphs);
        std::string g;
        while (gs >> g) {
            unsigned c = 0;
            float x0 = 0, x1 = 0;
            if (std::sscanf(g.c_str(), "%u:%f:%f", &c, &x0, &x1) == 3) d.glyphs.push_back({static_cast<char32_t>(c), x0, x1});
        }
        out.push_back(std::move(d));
    }
    return out;
}

struct Shot {
    Image image;
    std::vector<Drawn> drawn;
    const Drawn* find(const std::string& tag) const {
        for (const Drawn& d : drawn)
            if (d.tag == tag) return &d;
        return nullptr;
    }
};

// A config folder whose settings.json chooses `theme`, as a room would.
std::string config_dir(const std::string& dir, ThemeName theme) {
    const std::string path = dir + "/config-" + theme_names().name(theme);
    if (!std::filesystem::exists(path + "/settings.json")) {
        std::filesystem::create_directories(path);
        std::ofstream(path + "/settings.json") << "{\"theme\": \"" << theme_names().name(theme) << "\"}\n";
    }
    return path;
}

// The wall as `atelier --screenshot` draws it, with its layout report. Each
// picture is taken once per run (this run's folder keeps it): tests that look
// at the same wall share it.
Shot shot_with_report(const std::string& demo, int w, int h, const std::string& extra = "", ThemeName theme = ThemeName::dark) {
    static const std::string dir = temp_dir();
    std::string name = demo + "-" + std::to_string(w) + "x" + std::to_string(h) + "-" + theme_names().name(theme);
    for (char c : extra) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    const std::string base = dir + "/" + name;
    if (!std::filesystem::exists(base + ".png") || !std::filesystem::exists(base + ".txt")) {
        const std::string cmd = std::string(ATELIER_BIN) + " --state-dir " + dir + "/state --config-dir " + config_dir(dir, theme) +
                                " --demo " + demo + " --windowed " + std::to_string(w) + "x" + std::to_string(h) +
                                " --screenshot " + base + ".png --layout-report " + base + ".txt " + extra + " 2>/dev/null";
        REQUIRE_MESSAGE(std::system(cmd.c_str()) == 0, cmd);
    }
    Shot out{test::load_png(base + ".png"), read_report(base + ".txt")};
    REQUIRE(out.image.ok());
    REQUIRE(out.image.width == w);
    REQUIRE(out.image.height == h);
    REQUIRE_FALSE(out.drawn.empty());
    return out;
}

Image shot(const std::string& demo, int w, int h, const std::string& extra = "", ThemeName theme = ThemeName::dark) {
    return shot_with_report(demo, w, h, extra, theme).image;
}

// The capital height of a drawn line, measured on the pixels: the ink rows
// under the columns of its letters whose tops and bottoms are flat (no
// accent, no descender, no round overshoot), or of its digits.
int pixel_cap_height(const Image& img, const Drawn& d, Rgb ink, const std::string& letters) {
    int best = 0;
    for (const Drawn::Glyph& g : d.glyphs) {
        if (g.c > 0x7F || letters.find(static_cast<char>(g.c)) == std::string::npos) continue;
        // From well above the capitals down to the baseline: neither the line
        // above nor what stands under the text (a bar, a descender) counts.
        const Box column{g.x0 + 1, d.baseline - d.cap_px * 1.08f, g.x1 - g.x0 - 2, d.cap_px * 1.08f + 1.5f};
        best = std::max(best, img.ink_rows(column, ink, 60));
    }
    return best;
}

const std::string kFlatCapitals = "BDEFHIKLMNPRTXZ";
const std::string kDigits = "0123456789";

// Whether a pixel stands out from the background by its lightness alone, as
// it does for a colour-blind viewer or on a grey photocopy.
bool ink_without_colour(const Image& img, int x, int y, Rgb background) { return contrast_ratio(img.at(x, y), background) >= 3.0; }

// The rows of the pixel column at `x` between `top` and `bottom` that hold such ink.
int ink_in_column(const Image& img, int x, int top, int bottom, Rgb background) {
    int rows = 0;
    for (int y = std::max(0, top); y < std::min(img.height, bottom); ++y) rows += ink_without_colour(img, x, y, background);
    return rows;
}

}  // namespace

// What is checked in both themes is written once, as a function of the
// theme, and run as two test cases. Each test case is in a suite ("dark
// text", "light board"...): CTest runs each suite on its own (see
// tests/ui/CMakeLists.txt), every one well within its time limit; the
// suites keep together the checks that look at the same pictures.
#define IN_BOTH_THEMES(title, part, check)                                                        \
    TEST_CASE(title " (dark theme)" * doctest::test_suite("dark " part)) { check(ThemeName::dark); } \
    TEST_CASE(title " (light theme)" * doctest::test_suite("light " part)) { check(ThemeName::light); }

static void timer_in_its_colour(ThemeName name) {
    const Theme theme = make_theme(name);
    for (const auto& [w, h] : kSizes) {
        for (const auto& [demo, phase] : {std::pair{"running", Phase::running}, {"warning", Phase::warning},
                                          {"danger", Phase::danger}, {"overtime", Phase::overtime},
                                          {"paused", Phase::paused}, {"consultation", Phase::running}}) {
            CAPTURE(demo);
            CAPTURE(w);
            CAPTURE(h);
            const Shot s = shot_with_report(demo, w, h, "", name);
            const Drawn* timer = s.find("timer");
            REQUIRE(timer);
            const Rgb col = phase_colour(theme, phase);
            const int digits = pixel_cap_height(s.image, *timer, col, kDigits);
            // What the report says was drawn is what the pixels show, to a pixel or two.
            CHECK_MESSAGE(std::abs(digits - static_cast<int>(timer->cap_px)) <= 3 + static_cast<int>(timer->cap_px * 0.02f), "pixels " << digits << " report " << timer->cap_px);
            // The largest thing on the wall: a sixth of the height, or a tenth beside the consultation's contract and posture.
            const double least = std::string(demo) == "consultation" ? 0.09 : 0.17;
            CHECK(digits >= static_cast<int>(least * std::min(w, h)));
            // The background around the digits is the theme's, so the measured contrast holds.
            const Rgb bg = s.image.at(2, h / 2);
            CHECK(bg == theme.background);
            CHECK(contrast_ratio(col, bg) >= 7.0);
        }
    }
}
IN_BOTH_THEMES("screenshot: the timer is drawn in its phase's colour; its digits stand a sixth of the height (a tenth beside a board), measured on the pixels", "text",
               timer_in_its_colour)

static void phases_differ(ThemeName name) {
    const Theme theme = make_theme(name);
    const WallLayout l = wall_layout(1920, 1080);
    const Image running = shot("running", 1920, 1080, "", name), over = shot("overtime", 1920, 1080, "", name),
                paused = shot("paused", 1920, 1080, "", name);
    const Rgb run_col = phase_colour(theme, Phase::running), over_col = phase_colour(theme, Phase::overtime),
              pause_col = phase_colour(theme, Phase::paused);
    CHECK(over.count(l.timer, run_col, 10) < over.count(l.timer, over_col, 10) / 20);
    CHECK(paused.count(l.timer, run_col, 10) < paused.count(l.timer, pause_col, 10) / 20);
    // The phase word is drawn under the timer in each case.
    CHECK(running.count(l.phase, run_col, 10) > 100);
    CHECK(over.count(l.phase, over_col, 10) > 100);
    CHECK(paused.count(l.phase, pause_col, 10) > 100);
}
IN_BOTH_THEMES("screenshot: overtime and paused look different from running, in colour and in words", "text", phases_differ)

static void speaker_and_step_sizes(ThemeName name) {
    const Theme theme = make_theme(name);
    for (const auto& [w, h] : kSizes) {
        const int side = std::min(w, h);
        for (const char* demo : {"running", "consultation", "long-names"}) {
            CAPTURE(demo);
            CAPTURE(w);
            CAPTURE(h);
            const Shot s = shot_with_report(demo, w, h, "", name);
            // The name, on one line or (portrait) two: measured on whichever has letters with flat tops and feet.
            int cap = 0;
            float drawn_cap = 0;
            std::string text;
            for (const Drawn& d : s.drawn) {
                if (d.tag != "speaker") continue;
                text += (text.empty() ? "" : " ") + d.text;
                const int line_cap = pixel_cap_height(s.image, d, theme.text, kFlatCapitals);
                if (line_cap > cap) cap = line_cap, drawn_cap = d.cap_px;
            }
            REQUIRE(cap > 0);
            CHECK(std::abs(cap - static_cast<int>(drawn_cap)) <= 2 + static_cast<int>(drawn_cap * 0.03f));
            // Up to 24 characters, the full size; the long-names demo's 32 shrink a little (see the layout test).
            if (char_count(text) <= 24) CHECK(cap >= static_cast<int>(0.06 * side));
            else CHECK(cap >= static_cast<int>(0.05 * side));
            const Drawn* label = s.find("step_label");
            REQUIRE(label);
            const int number = pixel_cap_height(s.image, *label, theme.accent, kDigits);
            CHECK(number >= static_cast<int>(0.05 * side));
            if ((w == 1920 && h == 1080) || w < h)
                MESSAGE(std::string(theme_names().name(name)) << " " << std::string(demo) << " at " << w << "x" << h << ": speaker \"" << text << "\" capitals "
                                                 << 100.0 * cap / side << " %, step number " << 100.0 * number / side
                                                 << " %, step name drawn at " << 100.0 * s.find("step")->cap_px / side
                                                 << " % of the short side");
        }
    }
}
IN_BOTH_THEMES("screenshot: measured on the pixels, the speaker's capitals stand 6 % of the short side, the step's number 5 %, landscape and portrait", "text",
               speaker_and_step_sizes)

// The timer turns grey when paused: the sign and the word must say it from
// 8 m without colour (design.md: never colour alone), measured on the pixels.
static void paused_without_colour(ThemeName name) {
    const Theme theme = make_theme(name);
    for (const auto& [w, h] : kSizes) {
        CAPTURE(w);
        CAPTURE(h);
        const int side = std::min(w, h), floor = static_cast<int>(Legibility::mid * static_cast<float>(side));
        const Shot paused = shot_with_report("paused", w, h, "", name);
        const Drawn* sign = paused.find("phase_sign");
        REQUIRE(sign);
        CHECK(sign->text == "\xE2\x8F\xB8");  // ⏸
        auto column = [&](const Shot& s, const Drawn& d, float at) {
            return ink_in_column(s.image, static_cast<int>(d.x + d.width * at), static_cast<int>(d.y) - 3, static_cast<int>(d.baseline) + 3,
                                 theme.background);
        };
        // Two bars, each at least the 8 m height, with background between them: a shape, whatever the colour.
        const int left = column(paused, *sign, 0.17f), gap = column(paused, *sign, 0.5f), right = column(paused, *sign, 0.83f);
        CHECK(left >= floor);
        CHECK(right >= floor);
        CHECK(gap == 0);
        // The word beside it, its capitals measured on the pixels.
        const Drawn* word = paused.find("phase");
        REQUIRE(word);
        CHECK(word->text.rfind("En pause", 0) == 0);
        const int cap = pixel_cap_height(paused.image, *word, phase_colour(theme, Phase::paused), kFlatCapitals);
        CHECK(cap >= floor);
        // Running, in the same place, shows a triangle: filled where the pause has its gap.
        const Shot running = shot_with_report("running", w, h, "", name);
        const Drawn* play = running.find("phase_sign");
        REQUIRE(play);
        CHECK(play->text == "\xE2\x96\xB6");  // ▶
        CHECK(column(running, *play, 0.5f) >= floor / 2);
        if (w == 1920 || w < h)
            MESSAGE(std::string(theme_names().name(name)) << " paused at " << w << "x" << h << ": bars " << 100.0 * left / side << " %, word's capitals "
                                             << 100.0 * cap / side << " % of the short side, on the pixels");
    }
}
IN_BOTH_THEMES("screenshot: a paused wall reads as paused without colour: two bars and the word stand 4.9 % of the short side on the pixels, landscape and portrait", "text",
               paused_without_colour)

static void blank_is_blank(ThemeName name) {
    for (const auto& [w, h] : kSizes) {
        const Image img = shot("blank", w, h, "", name);
        CHECK(img.dark_share() > 0.98);
        CHECK(img.dark_share() < 1.0);  // the clock is there
    }
}
IN_BOTH_THEMES("screenshot: the blank screen is blank but for a calm clock (no light from the screen)", "board", blank_is_blank)

static void summary_drawn(ThemeName name) {
    const Theme theme = make_theme(name);
    for (const auto& [w, h] : kSizes) {
        const WallLayout l = wall_layout(static_cast<float>(w), static_cast<float>(h));
        const Image img = shot("summary", w, h, "", name);
        const float fw = static_cast<float>(w), fh = static_cast<float>(h), area = fw * fh;
        const Box all{0, 0, fw, fh};
        CHECK(img.ink_rows(l.stage_label, theme.text, 30) > 0);                     // "Bilan de l’atelier"
        CHECK(img.count(all, theme.accent, 8) > static_cast<int>(area / 400));   // bars
        CHECK(img.count(all, theme.client, 8) > static_cast<int>(area / 4000));  // the client's bar
        CHECK(img.count(all, phase_colour(theme, Phase::overtime), 8) > static_cast<int>(area / 2000));  // over-runs
    }
}
IN_BOTH_THEMES("screenshot: the summary draws its title, time bars and over-runs", "board", summary_drawn)

static void long_names_inside(ThemeName name) {
    const Theme theme = make_theme(name);
    for (const auto& [w, h] : kSizes) {
        CAPTURE(w);
        const Shot s = shot_with_report("long-names", w, h, "", name);
        // The chips' band, from where their names were drawn.
        const float u = static_cast<float>(std::min(w, h)), margin = 0.03f * u;
        float top = 1e9f, bottom = 0;
        for (const Drawn& d : s.drawn)
            if (d.tag == "order") top = std::min(top, d.y), bottom = std::max(bottom, d.y + d.size);
        REQUIRE(bottom > top);
        const Box band{0, top - 0.01f * u, static_cast<float>(w), bottom - top + 0.02f * u};
        // Nothing of the order band spills to the right margin.
        const Box right_margin{static_cast<float>(w) - margin + 1, band.y, margin - 1, band.h};
        CHECK(s.image.count(right_margin, theme.text, 40) == 0);
        CHECK(s.image.count(band, theme.accent, 8) > 500);  // the current speaker's chip
    }
}
IN_BOTH_THEMES("screenshot: twelve long names stay inside the order band", "text", long_names_inside)

TEST_CASE("screenshot: English with --lang en" * doctest::test_suite("english")) {
    const Theme theme = dark_theme();
    const WallLayout l = wall_layout(1920, 1080);
    const Image fr = shot("overtime", 1920, 1080), en = shot("overtime", 1920, 1080, "--lang en");
    // "Dépassement" and "Overtime" differ in width: the phase word pixels differ.
    CHECK(fr.count(l.phase, phase_colour(theme, Phase::overtime), 10) !=
          en.count(l.phase, phase_colour(theme, Phase::overtime), 10));
}

// French and English in the dark theme; the light theme's colours in French.
static void board_on_the_wall(ThemeName name, const std::vector<const char*>& langs) {
    const Theme theme = make_theme(name);
    for (const auto& [w, h] : kSizes) {
        for (const char* lang : langs) {
            for (const char* demo : {"contract", "consultation", "synthesis", "follow-up", "long-request", "back-turned"}) {
                CAPTURE(demo);
                CAPTURE(lang);
                CAPTURE(w);
                CAPTURE(h);
                const Shot s = shot_with_report(demo, w, h, std::string("--lang ") + lang, name);
                const Drawn* title = s.find("board_title");
                REQUIRE(title);
                CHECK(!title->text.empty());
                // Every line of the board: drawn whole, inside the screen, above the timer.
                const Drawn* timer = s.find("timer");
                REQUIRE(timer);
                int lines = 0;
                for (const Drawn& d : s.drawn) {
                    if (d.tag != "board") continue;
                    ++lines;
                    CHECK(d.text.find("\xE2\x80\xA6") == std::string::npos);
                    CHECK(d.x + d.width <= static_cast<float>(w) + 1);
                    CHECK(d.baseline <= timer->baseline - timer->cap_px);
                    const Box line{d.x, d.y, d.width, d.size};
                    CHECK(s.image.count(line, theme.text, 40) + s.image.count(line, theme.client, 40) + s.image.count(line, theme.dim, 40) > 0);
                }
                CHECK(lines >= 1);
                // The client's posture, as a sign in the client's colour, when it matters.
                const bool posture = std::string(demo) == "consultation" || std::string(demo) == "back-turned";
                const float u = layout_unit(static_cast<float>(w), static_cast<float>(h));
                const Box title_row{0, title->y, static_cast<float>(w), title->size * 1.2f};
                if (posture) CHECK(s.image.count(title_row, theme.client, 10) > static_cast<int>(0.2f * u * 0.04f * u));
            }
        }
    }
}
TEST_CASE("screenshot: the request, the plan and the follow-up are on the wall when they matter, at every size (dark theme)" * doctest::test_suite("dark board")) {
    board_on_the_wall(ThemeName::dark, {"fr"});
}
TEST_CASE("screenshot: the request, the plan and the follow-up are on the wall when they matter, at every size, in English" * doctest::test_suite("english")) {
    board_on_the_wall(ThemeName::dark, {"en"});
}
TEST_CASE("screenshot: the request, the plan and the follow-up are on the wall when they matter, at every size (light theme)" * doctest::test_suite("light board")) {
    board_on_the_wall(ThemeName::light, {"fr"});
}

namespace {

// One wall screenshot after frames drawn at `frames_at`, with its stderr.
struct Replay {
    Image image;
    std::vector<long> pixels;          // drawn by each later frame
    std::vector<long> console_pixels;  // drawn by each later frame in the console's window (--view console)
};

Replay replay(const std::string& demo, const std::string& env, const std::string& frames_at, const std::string& view = "wall") {
    static const std::string dir = temp_dir();
    static int n = 0;
    const std::string base = dir + "/replay-" + demo + "-" + std::to_string(++n);
    // A fixed clock: both runs must draw the same seconds.
    // The same state folder for every run of a demo: the console names it.
    const std::string cmd = env + " " + std::string(ATELIER_BIN) + " --state-dir " + dir + "/replay-state-" + demo + " --config-dir " + dir +
                            "/config --demo " + demo + " --windowed 1920x1080 --clock 1767261600000 --frames-at " +
                            frames_at + " --view " + view + " --screenshot " + base + ".png 2>" + base + ".err";
    REQUIRE_MESSAGE(std::system(cmd.c_str()) == 0, cmd);
    Replay out{test::load_png(base + ".png"), {}, {}};
    std::ifstream err(base + ".err");
    std::string line;
    while (std::getline(err, line)) {
        long at = 0, px = 0;
        if (std::sscanf(line.c_str(), "atelier: frame at +%ld ms drew %ld pixels", &at, &px) == 2) out.pixels.push_back(px);
        if (std::sscanf(line.c_str(), "atelier: console frame at +%ld ms drew %ld pixels", &at, &px) == 2) out.console_pixels.push_back(px);
    }
    return out;
}

// The same frames drawn in part and whole (ATELIER_FULL_SWAP=1); the pixels must not tell.
struct PartialAndFull {
    Replay partial, full;
};
PartialAndFull partial_and_full(const std::string& demo, const std::string& frames, const std::string& view) {
    PartialAndFull out{replay(demo, "", frames, view), replay(demo, "ATELIER_FULL_SWAP=1", frames, view)};
    REQUIRE(out.partial.image.ok());
    REQUIRE(out.full.image.ok());
    REQUIRE(out.partial.image.width == out.full.image.width);
    REQUIRE(out.partial.image.height == out.full.image.height);
    long differing = 0;
    for (size_t i = 0; i < out.partial.image.rgb.size(); ++i) differing += out.partial.image.rgb[i] != out.full.image.rgb[i];
    CHECK(differing == 0);
    return out;
}

}  // namespace

TEST_CASE("screenshot: redrawing only what changed gives the very pixels of a full redraw, for a small part of the work" * doctest::test_suite("dark board")) {
    // Seconds pass (the timer's digits), a minute turns, the warning colour comes.
    for (const std::string demo : {"running", "consultation", "warning", "blank"}) {
        CAPTURE(demo);
        const auto [partial, full] = partial_and_full(demo, "1000,2000,3000,61000,62000", "wall");
        REQUIRE(partial.pixels.size() == 5);
        REQUIRE(full.pixels.size() == 5);
        const long whole = 1920L * 1080L;
        for (long px : full.pixels) CHECK(px == whole);
        // A second that passes touches the digits, not the wall (the blank
        // screen's clock shows minutes: nothing to draw at all).
        if (demo == "blank") CHECK(partial.pixels[1] == 0);
        else CHECK(partial.pixels[1] > 0);
        CHECK(partial.pixels[1] < whole / 10);
        MESSAGE(demo << ": a passing second redraws " << 100.0 * static_cast<double>(partial.pixels[1]) / static_cast<double>(whole) << " % of the wall");
    }
}

TEST_CASE("screenshot: with the console drawn over the wall, redrawing only what changed gives the very pixels of a full redraw" * doctest::test_suite("dark board")) {
    // One screen, F2: the console covers the wall; its live panel and the wall's miniature
    // change with the seconds, and only there is anything drawn again.
    for (const std::string demo : {"running", "consultation"}) {
        CAPTURE(demo);
        const auto [partial, full] = partial_and_full(demo, "1000,2000,61000", "overlay");
        REQUIRE(partial.pixels.size() == 3);
        const long whole = 1920L * 1080L;
        CHECK(partial.pixels[1] > 0);
        CHECK(partial.pixels[1] < whole / 5);
        MESSAGE(demo << " with the console over it: a passing second redraws "
                     << 100.0 * static_cast<double>(partial.pixels[1]) / static_cast<double>(whole) << " % of the screen");
    }
}

TEST_CASE("screenshot: the console in its own window, redrawn only where it changed, gives the very pixels of a full redraw" * doctest::test_suite("dark board")) {
    // Two monitors: the console's window beside the wall. Each second its
    // timer, the speaker's time, the bars and the wall's miniature change;
    // the backend rounds clip rectangles narrowed to those places as it
    // rounds them whole (a row of the speaker's name once differed).
    for (const std::string demo : {"running", "consultation"}) {
        CAPTURE(demo);
        const auto [partial, full] = partial_and_full(demo, "1000,2000,61000", "console");
        REQUIRE(partial.console_pixels.size() == 3);
        const long whole = 1920L * 1080L;
        CHECK(full.console_pixels[1] == whole);
        CHECK(partial.console_pixels[1] > 0);
        CHECK(partial.console_pixels[1] < whole / 10);
        MESSAGE(demo << ", the console's window: a passing second redraws "
                     << 100.0 * static_cast<double>(partial.console_pixels[1]) / static_cast<double>(whole) << " % of it");
    }
}

// The pseudo-language (every text 40 % longer, between brackets, accented)
// and German (long words: Lösungsvorschläge) on the wall: each text drawn
// whole, inside the screen, no smaller than the French wall draws it, bar a
// quarter; a text cut short would lose its closing bracket.
static void fits_in(const char* lang, const std::vector<std::pair<int, int>>& sizes) {
    for (const auto& [w, h] : sizes) {
        for (const char* demo : {"running", "consultation", "back-turned", "synthesis", "summary", "paused"}) {
            const std::string lang_id = lang, demo_name = demo;
            CAPTURE(lang_id);
            CAPTURE(demo_name);
            CAPTURE(w);
            CAPTURE(h);
            const Shot fr = shot_with_report(demo, w, h);
            const Shot s = shot_with_report(demo, w, h, std::string("--lang ") + lang);
            std::map<std::string, std::string> by_tag;
            for (const Drawn& d : s.drawn) {
                CAPTURE(d.tag);
                CAPTURE(d.text);
                CHECK(d.x >= -1.0f);
                CHECK(d.x + d.width <= static_cast<float>(w) + 1.0f);
                CHECK(d.baseline <= static_cast<float>(h) + 1.0f);
                by_tag[d.tag] += d.text;
            }
            if (std::string(lang) == "qps")
                for (const auto& [tag, text] : by_tag) {
                    CAPTURE(tag);
                    CAPTURE(text);
                    CHECK(std::count(text.begin(), text.end(), '[') == std::count(text.begin(), text.end(), ']'));
                }
            // Not shrunk: each kind of text keeps three quarters of its French size.
            std::map<std::string, float> fr_cap;
            for (const Drawn& d : fr.drawn) fr_cap[d.tag] = fr_cap.count(d.tag) ? std::min(fr_cap[d.tag], d.cap_px) : d.cap_px;
            for (const Drawn& d : s.drawn) {
                if (!fr_cap.count(d.tag)) continue;
                CAPTURE(d.tag);
                CAPTURE(d.text);
                CHECK(d.cap_px >= 0.75f * fr_cap[d.tag] - 1.0f);
            }
        }
    }
}

TEST_CASE("screenshot: the pseudo-language fits the wall at 1280x720 and 1920x1080" * doctest::test_suite("languages")) {
    fits_in("qps", {{1280, 720}, {1920, 1080}});
}

// 16:10 included: with the client's back turned, "Schritt 3" makes the step's
// title two lines and the posture goes under the board's title; the title is
// drawn a little smaller before the timer gives way (wall_view.cpp, give_way).
TEST_CASE("screenshot: German fits the wall at 16:9 and 16:10 sizes and in portrait" * doctest::test_suite("languages")) {
    fits_in("de", {{1280, 720}, {1920, 1080}, {1920, 1200}, {3840, 2160}, {1080, 1920}});
}

TEST_CASE("screenshot: Spanish and Dutch fit the wall at 16:9 and 16:10" * doctest::test_suite("languages")) {
    fits_in("es", {{1280, 720}, {1920, 1200}});
    fits_in("nl", {{1280, 720}, {1920, 1200}});
}
