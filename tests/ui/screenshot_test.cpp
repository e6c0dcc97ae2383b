// The wall as the room sees it: atelier --screenshot under Xvfb at every
// size, with the pixels checked against what each phase must show.
#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdlib>
#include <cstdio>
#include <filesystem>
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

Shot shot_with_report(const std::string& demo, int w, int h, const std::string& extra = "") {
    static const std::string dir = temp_dir();
    const std::string base = dir + "/" + demo + "-" + std::to_string(w) + "x" + std::to_string(h);
    const std::string cmd = std::string(ATELIER_BIN) + " --state-dir " + dir + "/state --config-dir " + dir +
                            "/config --demo " + demo + " --windowed " + std::to_string(w) + "x" + std::to_string(h) +
                            " --screenshot " + base + ".png --layout-report " + base + ".txt " + extra + " 2>/dev/null";
    REQUIRE_MESSAGE(std::system(cmd.c_str()) == 0, cmd);
    Shot out{test::load_png(base + ".png"), read_report(base + ".txt")};
    REQUIRE(out.image.ok());
    REQUIRE(out.image.width == w);
    REQUIRE(out.image.height == h);
    REQUIRE_FALSE(out.drawn.empty());
    return out;
}

Image shot(const std::string& demo, int w, int h, const std::string& extra = "") { return shot_with_report(demo, w, h, extra).image; }

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

}  // namespace

TEST_CASE("screenshot: the timer is drawn in its phase's colour; its digits stand a sixth of the height (a tenth beside a board), measured on the pixels") {
    const Theme theme;
    for (const auto& [w, h] : kSizes) {
        for (const auto& [demo, phase] : {std::pair{"running", Phase::running}, {"warning", Phase::warning},
                                          {"danger", Phase::danger}, {"overtime", Phase::overtime},
                                          {"paused", Phase::paused}, {"consultation", Phase::running}}) {
            CAPTURE(demo);
            CAPTURE(w);
            CAPTURE(h);
            const Shot s = shot_with_report(demo, w, h);
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
            CHECK(contrast_ratio(col, bg) >= 7.0);
        }
    }
}

TEST_CASE("screenshot: overtime and paused look different from running, in colour and in words") {
    const Theme theme;
    const WallLayout l = wall_layout(1920, 1080);
    const Image running = shot("running", 1920, 1080), over = shot("overtime", 1920, 1080), paused = shot("paused", 1920, 1080);
    const Rgb run_col = phase_colour(theme, Phase::running), over_col = phase_colour(theme, Phase::overtime),
              pause_col = phase_colour(theme, Phase::paused);
    CHECK(over.count(l.timer, run_col, 10) < over.count(l.timer, over_col, 10) / 20);
    CHECK(paused.count(l.timer, run_col, 10) < paused.count(l.timer, pause_col, 10) / 20);
    // The phase word is drawn under the timer in each case.
    CHECK(running.count(l.phase, run_col, 10) > 100);
    CHECK(over.count(l.phase, over_col, 10) > 100);
    CHECK(paused.count(l.phase, pause_col, 10) > 100);
}

TEST_CASE("screenshot: measured on the pixels, the speaker's capitals stand 6 % of the height, the step's number 5 %") {
    const Theme theme;
    for (const auto& [w, h] : kSizes) {
        if (w < h) continue;
        for (const char* demo : {"running", "consultation", "long-names"}) {
            CAPTURE(demo);
            CAPTURE(h);
            const Shot s = shot_with_report(demo, w, h);
            const Drawn* speaker = s.find("speaker");
            REQUIRE(speaker);
            const int cap = pixel_cap_height(s.image, *speaker, theme.text, kFlatCapitals);
            REQUIRE(cap > 0);
            CHECK(std::abs(cap - static_cast<int>(speaker->cap_px)) <= 2 + static_cast<int>(speaker->cap_px * 0.03f));
            // Up to 24 characters, the full size; the long-names demo's 32 shrink a little (see the layout test).
            if (char_count(speaker->text) <= 24) CHECK(cap >= static_cast<int>(0.06 * h));
            else CHECK(cap >= static_cast<int>(0.05 * h));
            const Drawn* label = s.find("step_label");
            REQUIRE(label);
            const int number = pixel_cap_height(s.image, *label, theme.accent, kDigits);
            CHECK(number >= static_cast<int>(0.05 * h));
            if (w == 1920 && h == 1080)
                MESSAGE(demo << " at 1920x1080: speaker \"" << speaker->text << "\" capitals " << 100.0 * cap / h
                             << " %, step number " << 100.0 * number / h << " %, step name drawn at "
                             << 100.0 * s.find("step")->cap_px / h << " %");
        }
    }
}

TEST_CASE("screenshot: the blank screen is blank but for a calm clock") {
    for (const auto& [w, h] : kSizes) {
        const Image img = shot("blank", w, h);
        CHECK(img.dark_share() > 0.98);
        CHECK(img.dark_share() < 1.0);  // the clock is there
    }
}

TEST_CASE("screenshot: the summary draws its title, time bars and over-runs") {
    const Theme theme;
    for (const auto& [w, h] : kSizes) {
        const WallLayout l = wall_layout(static_cast<float>(w), static_cast<float>(h));
        const Image img = shot("summary", w, h);
        const float fw = static_cast<float>(w), fh = static_cast<float>(h), area = fw * fh;
        const Box all{0, 0, fw, fh};
        CHECK(img.ink_rows(l.stage_label, theme.text, 30) > 0);                     // "Bilan de l’atelier"
        CHECK(img.count(all, theme.accent, 8) > static_cast<int>(area / 400));   // bars
        CHECK(img.count(all, theme.client, 8) > static_cast<int>(area / 4000));  // the client's bar
        CHECK(img.count(all, phase_colour(theme, Phase::overtime), 8) > static_cast<int>(area / 2000));  // over-runs
    }
}

TEST_CASE("screenshot: twelve long names stay inside the order band") {
    const Theme theme;
    for (const auto& [w, h] : kSizes) {
        CAPTURE(w);
        const Shot s = shot_with_report("long-names", w, h);
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

TEST_CASE("screenshot: English with --lang en") {
    const Theme theme;
    const WallLayout l = wall_layout(1920, 1080);
    const Image fr = shot("overtime", 1920, 1080), en = shot("overtime", 1920, 1080, "--lang en");
    // "Dépassement" and "Overtime" differ in width: the phase word pixels differ.
    CHECK(fr.count(l.phase, phase_colour(theme, Phase::overtime), 10) !=
          en.count(l.phase, phase_colour(theme, Phase::overtime), 10));
}

TEST_CASE("screenshot: the request, the plan and the follow-up are on the wall when they matter, at every size, in both languages") {
    const Theme theme;
    for (const auto& [w, h] : kSizes) {
        for (const char* lang : {"fr", "en"}) {
            for (const char* demo : {"contract", "consultation", "synthesis", "follow-up", "long-request", "back-turned"}) {
                CAPTURE(demo);
                CAPTURE(lang);
                CAPTURE(w);
                CAPTURE(h);
                const Shot s = shot_with_report(demo, w, h, std::string("--lang ") + lang);
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

namespace {

// One wall screenshot after frames drawn at `frames_at`, with its stderr.
struct Replay {
    Image image;
    std::vector<long> pixels;  // drawn by each later frame
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
    Replay out{test::load_png(base + ".png"), {}};
    std::ifstream err(base + ".err");
    std::string line;
    while (std::getline(err, line)) {
        long at = 0, px = 0;
        if (std::sscanf(line.c_str(), "atelier: frame at +%ld ms drew %ld pixels", &at, &px) == 2) out.pixels.push_back(px);
    }
    return out;
}

}  // namespace

TEST_CASE("screenshot: redrawing only what changed gives the very pixels of a full redraw, for a small part of the work") {
    // Seconds pass (the timer's digits), a minute turns, the warning colour comes.
    for (const std::string demo : {"running", "consultation", "warning", "blank"}) {
        CAPTURE(demo);
        const std::string frames = "1000,2000,3000,61000,62000";
        const Replay partial = replay(demo, "", frames);
        const Replay full = replay(demo, "ATELIER_FULL_SWAP=1", frames);
        REQUIRE(partial.image.ok());
        REQUIRE(full.image.ok());
        REQUIRE(partial.image.width == full.image.width);
        REQUIRE(partial.image.height == full.image.height);
        long differing = 0;
        for (size_t i = 0; i < partial.image.rgb.size(); ++i) differing += partial.image.rgb[i] != full.image.rgb[i];
        CHECK(differing == 0);
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

TEST_CASE("screenshot: with the console drawn over the wall, redrawing only what changed gives the very pixels of a full redraw") {
    // One screen, F2: the console covers the wall; its live panel and the wall's miniature
    // change with the seconds, and only there is anything drawn again.
    for (const std::string demo : {"running", "consultation"}) {
        CAPTURE(demo);
        const std::string frames = "1000,2000,61000";
        const Replay partial = replay(demo, "", frames, "overlay");
        const Replay full = replay(demo, "ATELIER_FULL_SWAP=1", frames, "overlay");
        REQUIRE(partial.image.ok());
        REQUIRE(full.image.ok());
        long differing = 0;
        for (size_t i = 0; i < partial.image.rgb.size(); ++i) differing += partial.image.rgb[i] != full.image.rgb[i];
        CHECK(differing == 0);
        REQUIRE(partial.pixels.size() == 3);
        const long whole = 1920L * 1080L;
        CHECK(partial.pixels[1] > 0);
        CHECK(partial.pixels[1] < whole / 5);
        MESSAGE(demo << " with the console over it: a passing second redraws "
                     << 100.0 * static_cast<double>(partial.pixels[1]) / static_cast<double>(whole) << " % of the screen");
    }
}
