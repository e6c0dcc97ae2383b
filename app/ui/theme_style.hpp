#pragma once
// The theme as ImGui's style: each window's ImGui context gets its colours
// from the one Theme (ui/theme.hpp), never from ImGui's own presets alone.
#include <imgui.h>

#include "ui/theme.hpp"

namespace atelier::ui {

ImVec4 vec4(Rgb c, float alpha = 1.0f);

// Sets every colour of `style` the console draws with from `theme` (and the
// rest from ImGui's preset of the same lightness).
void apply_style(const Theme& theme, ImGuiStyle& style);

}  // namespace atelier::ui
