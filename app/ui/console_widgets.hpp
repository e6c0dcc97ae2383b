#pragma once
// Small pieces shared by the console's panels.
#include <string>

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_internal.h>  // GetActiveID: which field has the keyboard

#include "core/commands.hpp"
#include "core/console_drafts.hpp"
#include "core/i18n_console.hpp"
#include "ui/bidi.hpp"
#include "ui/painter.hpp"
#include "ui/theme.hpp"
#include "ui/theme_style.hpp"  // vec4

namespace atelier::ui {

// On the line of the last item if `width` more pixels fit before the
// window's edge, else on the next line.
inline void same_line_if_fits(float width) {
    ImGui::SameLine();
    if (ImGui::GetCursorPosX() + width > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
}

// A dimmed hint beside the last item when it fits there, else wrapped on
// the lines below: a longer language never pushes it off the window's edge.
inline void hint_beside(const std::string& text) {
    const float width = ImGui::CalcTextSize(text.c_str()).x;
    ImGui::SameLine();
    if (ImGui::GetCursorPosX() + width <= ImGui::GetWindowContentRegionMax().x) {
        ImGui::TextDisabled("%s", text.c_str());
        return;
    }
    ImGui::NewLine();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

// Items that flow onto the next line rather than run off the window's edge,
// whatever the language and the console's width.
class Flow {
public:
    // Before an item `width` wide.
    void next(float width) {
        if (!first_) same_line_if_fits(width);
        first_ = false;
    }
    // A button that shows its key, so the console teaches the keyboard.
    bool button(const std::string& label, const std::string& key) {
        const std::string text = key.empty() ? label : label + "  [" + key + "]";
        next(ImGui::CalcTextSize(text.c_str()).x + ImGui::GetStyle().FramePadding.x * 2);
        return ImGui::Button(text.c_str());
    }
    bool small_button(const char* label) {
        next(ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2);
        return ImGui::SmallButton(label);
    }
    bool radio(const char* label, bool active) {
        const ImGuiStyle& st = ImGui::GetStyle();
        next(ImGui::GetFrameHeight() + st.ItemInnerSpacing.x + ImGui::CalcTextSize(label, nullptr, true).x);
        return ImGui::RadioButton(label, active);
    }
    // The next item starts a line of its own.
    void line_break() { first_ = true; }

private:
    bool first_ = true;
};

// `text` elided with … to `room` pixels in the current font, as ImGui must
// draw it: right-to-left names in visual order, Arabic joined (visual_line;
// pass names shown whole through visual_line too). Fields being edited keep
// the logical order: ImGui edits the characters it draws.
inline std::string fitted(const std::string& text, float room) {
    return visual_line(Painter(nullptr).elided(ImGui::GetFont(), ImGui::GetFontSize(), text, room));
}

// One line of text in the current font, elided with … to the space left.
// A field's text follows the session (a script, the other window, a rename
// elsewhere) until the facilitator types in it, and never while it has the
// keyboard: what is being typed is never overwritten, and nothing shown is
// stale. What was typed and not applied stays (core/console_drafts.hpp).
// (ImGui tells a field was left a frame after: the frame after, the scratch
// still holds what was typed, for IsItemDeactivatedAfterEdit to apply.)
inline void follow_unless_typing(const char* id, FieldDraft& draft, const std::string& value) {
    const ImGuiID field = ImGui::GetID(id);
    if (ImGui::GetActiveID() != field && ImGui::GetCurrentContext()->ActiveIdPreviousFrame != field) draft.follow(value);
}

// Whether the field just drawn was left holding something to apply: edited
// now, or holding a draft typed before (restored after a tab switch, a
// window re-created, a restart), and left with Tab, Enter or a click — not
// with Esc, which leaves the draft as it is.
inline bool left_to_apply(const FieldDraft& draft) {
    if (ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false)) return false;
    return ImGui::IsItemDeactivatedAfterEdit() || (ImGui::IsItemDeactivated() && draft.typed());
}

// Under a field whose text was typed but not applied (a tab switched, the
// window re-created, a restart): it is kept, and says how to apply it.
inline void draft_hint(const FieldDraft& draft, Lang lang) {
    if (!draft.typed() || ImGui::IsItemActive()) return;
    ImGui::TextDisabled("%s", console_tr(lang, CWord::draft_not_applied).c_str());
}

// A confirmation's title bar reads as a question in the console's language;
// `id` keeps the popup the same whatever the language.
inline std::string modal_title(Lang lang, const char* id) { return console_tr(lang, CWord::confirm_title) + "###" + id; }

inline void text_fitted(const std::string& text) { ImGui::TextUnformatted(fitted(text, ImGui::GetContentRegionAvail().x).c_str()); }

}  // namespace atelier::ui
