#include "ui/theme.hpp"

#include <algorithm>
#include <cmath>

namespace atelier::ui {

namespace {

constexpr Rgb hex(uint32_t v) { return {static_cast<uint8_t>(v >> 16), static_cast<uint8_t>(v >> 8), static_cast<uint8_t>(v)}; }

// Indexed by Phase: not_started, running, warning, danger, overtime, paused.
constexpr std::array<Rgb, 6> phases(Rgb not_started, Rgb running, Rgb warning, Rgb danger, Rgb overtime, Rgb paused) {
    return {not_started, running, warning, danger, overtime, paused};
}
static_assert(static_cast<int>(Phase::paused) == 5 && static_cast<int>(Phase::not_started) == 0);

}  // namespace

Theme dark_theme() {
    Theme t{};
    t.name = ThemeName::dark;
    t.background = hex(0x0F1317);
    t.panel = hex(0x1A2129);
    t.text = hex(0xF4F6F8);
    t.dim = hex(0xA9B4C0);
    t.accent = hex(0x7CC4FF);
    t.done = hex(0x8FD694);
    t.client = hex(0xFFD166);
    t.notice = hex(0xFFD166);
    t.blank = hex(0x000000);
    t.blank_clock = hex(0x4A525C);
    t.scrim = hex(0x000000);
    t.phases = phases(hex(0xB8C4D0), t.text, hex(0xFFD166), hex(0xFFA552), hex(0xFF8C8C), hex(0xB8C4D0));
    ConsoleColours& c = t.console;
    c.window = hex(0x171A1F);
    c.overlay = hex(0x1E2026);
    c.overlay_frame = hex(0xFFD166);
    c.text = t.text;
    c.dim = t.dim;
    c.problem = hex(0xFF9E73);
    c.miniature_frame = hex(0x78828C);
    c.border = hex(0x3A4350);
    c.field = hex(0x192536), c.field_hovered = hex(0x22344E), c.field_active = hex(0x213B60);
    c.button = hex(0x284C77), c.button_hovered = hex(0x2A5485), c.button_active = hex(0x1B4C94);
    c.header = hex(0x244063), c.header_hovered = hex(0x2A5485), c.header_active = hex(0x1B4C94);
    c.tab = hex(0x1C2B42), c.tab_hovered = hex(0x2A5485), c.tab_active = hex(0x284F80);
    c.popup = hex(0x1A1D23);
    c.title = hex(0x294A7A);
    c.table_header = hex(0x303033), c.row_alt = hex(0x1E2125);
    c.selection = hex(0x2A5485);
    c.scrim = hex(0x000000);
    return t;
}

// Text on a light background reads at 7:1 only when dark: the phases keep
// their hues (amber, orange, red) as deep browns and a crimson.
Theme light_theme() {
    Theme t{};
    t.name = ThemeName::light;
    t.background = hex(0xF7F6F2);
    t.panel = hex(0xE6E4DE);
    t.text = hex(0x101418);
    t.dim = hex(0x3B444E);
    t.accent = hex(0x0A4280);
    t.done = hex(0x1A5224);
    t.client = hex(0x5E3B00);
    t.notice = hex(0x5E3B00);
    t.blank = hex(0x000000);
    t.blank_clock = hex(0x4A525C);
    t.scrim = hex(0x000000);
    t.phases = phases(hex(0x3B4652), t.text, hex(0x5E3B00), hex(0x843000), hex(0x9A1219), hex(0x3B4652));
    ConsoleColours& c = t.console;
    c.window = hex(0xFFFFFF);
    c.overlay = hex(0xEFEDE8);
    c.overlay_frame = hex(0x5E3B00);
    c.text = t.text;
    c.dim = t.dim;
    c.problem = hex(0x8A2400);
    c.miniature_frame = hex(0x6B7580);
    c.border = hex(0xA7AFB8);
    c.field = hex(0xE8ECF1), c.field_hovered = hex(0xD6DDE7), c.field_active = hex(0xC9D4E3);
    c.button = hex(0xD3DEEC), c.button_hovered = hex(0xC0D1E8), c.button_active = hex(0xAFC5E3);
    c.header = hex(0xD8E2EE), c.header_hovered = hex(0xC0D1E8), c.header_active = hex(0xAFC5E3);
    c.tab = hex(0xDDE3EA), c.tab_hovered = hex(0xC0D1E8), c.tab_active = hex(0xAFC5E3);
    c.popup = hex(0xFFFFFF);
    c.title = hex(0xC0D1E8);
    c.table_header = hex(0xDADDE2), c.row_alt = hex(0xF2F1EC);
    c.selection = hex(0xB3CCEB);
    c.scrim = hex(0x000000);
    return t;
}

Theme make_theme(ThemeName name) { return name == ThemeName::light ? light_theme() : dark_theme(); }

Rgb phase_colour(const Theme& theme, Phase phase) {
    const auto i = static_cast<size_t>(phase);
    return i < theme.phases.size() ? theme.phases[i] : theme.text;
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
