#include "ui/theme_style.hpp"

namespace atelier::ui {

ImVec4 vec4(Rgb c, float alpha) { return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, alpha); }

void apply_style(const Theme& theme, ImGuiStyle& style) {
    // Scrollbars, grips, plots, the drop target: ImGui's preset of the same lightness.
    if (theme.name == ThemeName::light) ImGui::StyleColorsLight(&style);
    else ImGui::StyleColorsDark(&style);
    const ConsoleColours& c = theme.console;
    ImVec4* col = style.Colors;
    col[ImGuiCol_Text] = vec4(c.text);
    col[ImGuiCol_TextDisabled] = vec4(c.dim);
    col[ImGuiCol_WindowBg] = vec4(c.window);
    col[ImGuiCol_ChildBg] = vec4(c.window, 0.0f);  // the window's own, whichever it is (over the wall or not)
    col[ImGuiCol_PopupBg] = vec4(c.popup);
    col[ImGuiCol_Border] = vec4(c.border);
    col[ImGuiCol_FrameBg] = vec4(c.field);
    col[ImGuiCol_FrameBgHovered] = vec4(c.field_hovered);
    col[ImGuiCol_FrameBgActive] = vec4(c.field_active);
    col[ImGuiCol_TitleBg] = vec4(c.title);
    col[ImGuiCol_TitleBgActive] = vec4(c.title);
    col[ImGuiCol_TitleBgCollapsed] = vec4(c.title);
    col[ImGuiCol_CheckMark] = vec4(theme.accent);
    col[ImGuiCol_SliderGrab] = vec4(theme.accent);
    col[ImGuiCol_SliderGrabActive] = vec4(theme.accent);
    col[ImGuiCol_Button] = vec4(c.button);
    col[ImGuiCol_ButtonHovered] = vec4(c.button_hovered);
    col[ImGuiCol_ButtonActive] = vec4(c.button_active);
    col[ImGuiCol_Header] = vec4(c.header);
    col[ImGuiCol_HeaderHovered] = vec4(c.header_hovered);
    col[ImGuiCol_HeaderActive] = vec4(c.header_active);
    col[ImGuiCol_Separator] = vec4(c.border);
    col[ImGuiCol_Tab] = vec4(c.tab);
    col[ImGuiCol_TabHovered] = vec4(c.tab_hovered);
    col[ImGuiCol_TabActive] = vec4(c.tab_active);
    col[ImGuiCol_TabUnfocused] = vec4(c.tab);
    col[ImGuiCol_TabUnfocusedActive] = vec4(c.tab_active);
    col[ImGuiCol_TableHeaderBg] = vec4(c.table_header);
    col[ImGuiCol_TableBorderStrong] = vec4(c.border);
    col[ImGuiCol_TableBorderLight] = vec4(c.border);
    col[ImGuiCol_TableRowBg] = vec4(c.window, 0.0f);
    col[ImGuiCol_TableRowBgAlt] = vec4(c.row_alt);
    col[ImGuiCol_TextSelectedBg] = vec4(c.selection);
    col[ImGuiCol_ModalWindowDimBg] = vec4(c.scrim, 0.55f);
    col[ImGuiCol_NavHighlight] = vec4(theme.accent);
}

}  // namespace atelier::ui
