// The wall as the room sees it: atelier --screenshot under Xvfb at every
// size, with the pixels checked against what each phase must show.
#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

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

Image shot(const std::string& demo, int w, int h, const std::string& extra = "") {
    static const std::string dir = temp_dir();
    const std::string file = dir + "/" + demo + "-" + std::to_string(w) + "x" + std::to_string(h) + ".png";
    const std::string cmd = std::string(ATELIER_BIN) + " --state-dir " + dir + "/state --config-dir " + dir +
                            "/config --demo " + demo + " --windowed " + std::to_string(w) + "x" + std::to_string(h) +
                            " --screenshot " + file + " " + extra + " 2>/dev/null";
    REQUIRE_MESSAGE(std::system(cmd.c_str()) == 0, cmd);
    Image img = test::load_png(file);
    REQUIRE(img.ok());
    REQUIRE(img.width == w);
    REQUIRE(img.height == h);
    return img;
}

}  // namespace

TEST_CASE("screenshot: the timer is drawn in its phase's colour, at least 25 % of the height on landscape walls") {
    const Theme theme;
    for (const auto& [w, h] : kSizes) {
        const WallLayout l = wall_layout(static_cast<float>(w), static_cast<float>(h));
        for (const auto& [demo, phase] : {std::pair{"running", Phase::running}, {"warning", Phase::warning},
                                          {"danger", Phase::danger}, {"overtime", Phase::overtime},
                                          {"paused", Phase::paused}}) {
            CAPTURE(demo);
            CAPTURE(w);
            CAPTURE(h);
            const Image img = shot(demo, w, h);
            const Rgb col = phase_colour(theme, phase);
            const int ink = img.ink_rows(l.timer, col, 10);
            const float em = FontScale::timer * l.unit;  // five glyphs cover well over a quarter em² of ink
            CHECK(img.count(l.timer, col, 10) > static_cast<int>(0.25f * em * em));
            if (w > h) CHECK(ink >= static_cast<int>(0.25 * h));
            // The background around the digits is the theme's, so the measured contrast holds.
            const Rgb bg = img.at(2, h / 2);
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

TEST_CASE("screenshot: the speaker's name is at least 6 % of the height, the step's name 5 %") {
    const Theme theme;
    for (const auto& [w, h] : kSizes) {
        if (w < h) continue;
        CAPTURE(h);
        const WallLayout l = wall_layout(static_cast<float>(w), static_cast<float>(h));
        const Image img = shot("running", w, h);
        const Box name{l.speaker.x, l.speaker.y, l.speaker.w * 0.64f, l.speaker.h * 0.66f};
        CHECK(img.ink_rows(name, theme.text, 30) >= static_cast<int>(0.06 * h));
        CHECK(img.ink_rows(l.stage_label, theme.text, 30) >= static_cast<int>(0.05 * h));
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
        const WallLayout l = wall_layout(static_cast<float>(w), static_cast<float>(h));
        const Image img = shot("long-names", w, h);
        // Nothing of the order band spills to the right margin.
        const Box right_margin{l.order.right() + 1, l.order.y, static_cast<float>(w) - l.order.right() - 1, l.order.h};
        CHECK(img.count(right_margin, theme.text, 40) == 0);
        CHECK(img.count(l.order, theme.accent, 8) > 500);  // the current speaker's chip
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
