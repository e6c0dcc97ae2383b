#pragma once
// Colours of the wall, keyed by what they mean. Plain numbers (no ImGui), so
// the contrast rules are tested without a display.
#include <cstdint>

#include "core/timer.hpp"

namespace atelier::ui {

struct Rgb {
    uint8_t r, g, b;
};

struct Theme {
    Rgb background{0x0F, 0x13, 0x17};
    Rgb panel{0x1A, 0x21, 0x29};
    Rgb text{0xF4, 0xF6, 0xF8};
    Rgb dim{0xA9, 0xB4, 0xC0};
    Rgb accent{0x7C, 0xC4, 0xFF};
    Rgb done{0x8F, 0xD6, 0x94};
    Rgb client{0xFF, 0xD1, 0x66};
    Rgb blank_clock{0x4A, 0x52, 0x5C};
    Rgb notice{0xFF, 0xD1, 0x66};
};

// The timer's colour in each phase. Never the only sign: the wall also writes
// the phase as a word, and overtime has its "+".
Rgb phase_colour(const Theme& theme, Phase phase);

// WCAG 2 contrast ratio between two colours (1 to 21).
double contrast_ratio(Rgb a, Rgb b);

}  // namespace atelier::ui
