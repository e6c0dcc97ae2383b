#include "ui/theme.hpp"

#include <doctest/doctest.h>

using namespace atelier;
using namespace atelier::ui;

TEST_CASE("theme: the timer reads at 7:1 contrast (WCAG AAA) in every phase") {
    const Theme t;
    for (Phase p : {Phase::not_started, Phase::running, Phase::warning, Phase::danger, Phase::overtime, Phase::paused}) {
        CAPTURE(static_cast<int>(p));
        CHECK(contrast_ratio(phase_colour(t, p), t.background) >= 7.0);
    }
}

TEST_CASE("theme: the speaker, the step and the order read at 7:1") {
    const Theme t;
    CHECK(contrast_ratio(t.text, t.background) >= 7.0);
    CHECK(contrast_ratio(t.accent, t.background) >= 7.0);  // "Étape 2", the role
    CHECK(contrast_ratio(t.client, t.background) >= 7.0);
    CHECK(contrast_ratio(t.background, t.accent) >= 7.0);  // the current chip: dark text on accent
    CHECK(contrast_ratio(t.text, t.panel) >= 7.0);
}

TEST_CASE("theme: warning, danger and overtime differ from running") {
    const Theme t;
    auto same = [](Rgb a, Rgb b) { return a.r == b.r && a.g == b.g && a.b == b.b; };
    CHECK_FALSE(same(phase_colour(t, Phase::warning), phase_colour(t, Phase::running)));
    CHECK_FALSE(same(phase_colour(t, Phase::danger), phase_colour(t, Phase::warning)));
    CHECK_FALSE(same(phase_colour(t, Phase::overtime), phase_colour(t, Phase::danger)));
}

TEST_CASE("theme: contrast ratio matches the WCAG definition") {
    CHECK(contrast_ratio({0, 0, 0}, {255, 255, 255}) == doctest::Approx(21.0));
    CHECK(contrast_ratio({10, 10, 10}, {10, 10, 10}) == doctest::Approx(1.0));
}
