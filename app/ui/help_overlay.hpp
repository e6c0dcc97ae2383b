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
// The help's lines, for tests: each action and its keys as this layout labels them.
std::vector<std::pair<ActionKind, std::string>> help_lines(const KeyMap& keys,
                                                          const std::function<std::string(int key)>& layout_label);

}  // namespace atelier::ui
