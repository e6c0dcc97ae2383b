#include "ui/wall_view.hpp"

#include <doctest/doctest.h>

using namespace atelier::ui;

namespace {
const std::pair<float, float> kSizes[] = {{1280, 720}, {1920, 1080}, {1920, 1200}, {3840, 2160}, {1080, 1920}};

bool inside(const Box& b, float w, float h) { return b.x >= 0 && b.y >= 0 && b.right() <= w + 0.5f && b.bottom() <= h + 0.5f; }
}  // namespace

TEST_CASE("layout: every part of the wall is on screen and the bands do not overlap") {
    for (const auto& [w, h] : kSizes) {
        CAPTURE(w);
        CAPTURE(h);
        const WallLayout l = wall_layout(w, h);
        const Box bands[] = {l.strip, l.stage_label, l.instruction, l.activity, l.timer, l.phase,
                             l.progress, l.speaker, l.order, l.notice, l.footer};
        for (size_t i = 0; i < std::size(bands); ++i) {
            CHECK(inside(bands[i], w, h));
            if (i > 0) CHECK(bands[i].y >= bands[i - 1].bottom() - 0.5f);
        }
    }
}

TEST_CASE("layout: on landscape walls the timer digits can be 25 % of the height, names 6 %, the step 5 %") {
    // DejaVu Sans Bold: digits and capitals stand 0.729 em, and ImGui's font
    // size is the font's full height (ascent + descent = 1.164 em).
    constexpr float kDigitInk = 0.729f / 1.164f;
    constexpr float kCapInk = 0.729f / 1.164f;
    for (const auto& [w, h] : kSizes) {
        if (w < h) continue;
        CAPTURE(h);
        const WallLayout l = wall_layout(w, h);
        CHECK(FontScale::timer * l.unit * kDigitInk >= 0.25f * h);
        CHECK(l.timer.h >= FontScale::timer * l.unit * (kDigitInk + 0.05f));  // the box does not shrink it
        CHECK(FontScale::huge * l.unit * kCapInk >= 0.06f * h);
        CHECK(FontScale::large * l.unit * kCapInk >= 0.05f * h);
    }
}
