#pragma once
// Every key, in the wall's language, over the wall (H or ? or F1).
#include "core/keymap.hpp"
#include "ui/fonts.hpp"
#include "ui/painter.hpp"
#include "ui/theme.hpp"

namespace atelier::ui {

void draw_help(Painter& p, const KeyMap& keys, Lang lang, const FontSet& fonts, const Theme& theme, float width,
               float height);

}  // namespace atelier::ui
