#pragma once
// Every key, in the wall's language, over the wall (H or ? or F1).
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "core/keymap.hpp"
#include "ui/fonts.hpp"
#include "ui/painter.hpp"
#include "ui/theme.hpp"

namespace atelier::ui {

// `layout_label` names a key position as the active keyboard layout prints it.
void draw_help(Painter& p, const KeyMap& keys, Lang lang, const FontSet& fonts, const Theme& theme, float width,
               float height, const std::function<std::string(int key)>& layout_label);

}  // namespace atelier::ui
