#pragma once
// The help's lines as data: each action and its keys, labelled as this
// keyboard layout prints them. The help overlay draws them; `atelier send
// status` quotes some (scripts and tests find the blank and quit keys there).
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "core/keymap.hpp"

namespace atelier {

// `layout_label` names a key position as the active keyboard layout prints it.
std::vector<std::pair<ActionKind, std::string>> help_lines(const KeyMap& keys,
                                                          const std::function<std::string(int key)>& layout_label);

}  // namespace atelier
