#include "ui/theme.hpp"

#include <algorithm>
#include <cmath>

namespace atelier::ui {

Rgb phase_colour(const Theme& theme, Phase phase) {
    switch (phase) {
        case Phase::not_started: return {0xB8, 0xC4, 0xD0};
        case Phase::running: return theme.text;
        case Phase::warning: return {0xFF, 0xD1, 0x66};
        case Phase::danger: return {0xFF, 0xA5, 0x52};
        case Phase::overtime: return {0xFF, 0x8C, 0x8C};
        case Phase::paused: return {0xB8, 0xC4, 0xD0};
    }
    return theme.text;
}

static double linear(uint8_t channel) {
    const double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

static double luminance(Rgb c) { return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b); }

double contrast_ratio(Rgb a, Rgb b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace atelier::ui
