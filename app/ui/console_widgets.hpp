#pragma once
// Small pieces shared by the console's panels.
#include <string>

#include <imgui.h>

#include "core/commands.hpp"
#include "ui/theme.hpp"

namespace atelier::ui {

inline const ImVec4 kProblemColour{1.0f, 0.62f, 0.45f, 1.0f};

inline ImVec4 vec4(Rgb c, float alpha = 1.0f) { return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, alpha); }

// A button that also shows its key, so the console teaches the keyboard.
// Returns true when clicked.
inline bool action_button(const std::string& label, const std::string& key, float width = 0) {
    const std::string text = key.empty() ? label : label + "  [" + key + "]";
    return ImGui::Button(text.c_str(), ImVec2(width, 0));
}

}  // namespace atelier::ui
