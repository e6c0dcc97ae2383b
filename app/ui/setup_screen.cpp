#include "ui/setup_screen.hpp"

#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/i18n.hpp"

namespace atelier::ui {

void SetupScreen::open(const Session& session, const ConfigSet& config) {
    draft_ = SetupDraft{};
    draft_.group_name = session.group.name;
    draft_.atelier_name = session.atelier_name;
    draft_.facilitator = session.group.facilitator;
    draft_.participants = session.group.participants;
    draft_.history = session.group.history;
    // After an atelier is over, the next one is for someone who has not yet
    // been client: preselect them.
    draft_.client = session.in_history ? std::max(0, suggest_client(session.group)) : session.client;
    draft_.lang = session.lang;
    int method = 0;
    for (size_t i = 0; i < config.methods.size(); ++i)
        if (config.methods[i].id == session.method.id) method = static_cast<int>(i);
    draft_select_method(draft_, config, method);
    open_ = true;
    focus_first_ = true;
}

std::optional<SetupResult> SetupScreen::draw(const ConfigSet& config, const FontSet& fonts, float width, float height) {
    if (!open_) return std::nullopt;
    SetupDraft& d = draft_;
    const Lang L = d.lang;
    ImGui::SetNextWindowPos(ImVec2(width * 0.04f, height * 0.04f));
    ImGui::SetNextWindowSize(ImVec2(width * 0.92f, height * 0.92f));
    ImGui::PushFont(fonts.ui);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.10f, 0.13f, 0.16f, 1.0f));  // opaque: the wall must not show through
    ImGui::Begin(tr(L, Word::setup_title), nullptr, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize);
    ImGui::TextDisabled("%s", tr(L, Word::setup_keys_hint));
    std::optional<SetupResult> result;

    if (ImGui::BeginTable("setup", 2, ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableNextColumn();
        // Left: who.
        if (focus_first_) {
            ImGui::SetKeyboardFocusHere();
            focus_first_ = false;
        }
        ImGui::InputText(tr(L, Word::setup_group), &d.group_name);
        ImGui::InputText(tr(L, Word::setup_atelier), &d.atelier_name);
        ImGui::InputText(tr(L, Word::setup_facilitator), &d.facilitator);
        int lang = d.lang == Lang::en ? 1 : 0;
        ImGui::TextUnformatted(tr(L, Word::setup_language));
        ImGui::SameLine();
        if (ImGui::RadioButton("Français", &lang, 0)) d.lang = Lang::fr;
        ImGui::SameLine();
        if (ImGui::RadioButton("English", &lang, 1)) d.lang = Lang::en;
        ImGui::Separator();
        ImGui::TextUnformatted(tr(L, Word::setup_participants));
        int remove = -1, up = -1, down = -1;
        for (int i = 0; i < static_cast<int>(d.participants.size()); ++i) {
            ImGui::PushID(i);
            ImGui::RadioButton("##client", &d.client, i);
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(L, Word::setup_client));
            ImGui::SameLine();
            ImGui::Text("%d. %s%s", i + 1, d.participants[static_cast<size_t>(i)].c_str(),
                        i == d.client ? (std::string("  — ") + tr(L, Word::setup_client)).c_str() : "");
            ImGui::SameLine(ImGui::GetContentRegionAvail().x * 0.0f + ImGui::GetColumnWidth() - 3.6f * ImGui::GetFontSize());
            if (ImGui::SmallButton("\xE2\x86\x91")) up = i;  // ↑
            ImGui::SameLine();
            if (ImGui::SmallButton("\xE2\x86\x93")) down = i;  // ↓
            ImGui::SameLine();
            if (ImGui::SmallButton("x")) remove = i;
            ImGui::PopID();
        }
        if (up >= 0) draft_move_participant(d, up, -1);
        if (down >= 0) draft_move_participant(d, down, +1);
        if (remove >= 0) draft_remove_participant(d, remove);
        const bool entered = ImGui::InputText("##new", &d.new_name, ImGuiInputTextFlags_EnterReturnsTrue);
        if (entered) ImGui::SetKeyboardFocusHere(-1);  // keep typing names, one per line
        ImGui::SameLine();
        if (ImGui::Button(tr(L, Word::setup_add)) || entered) draft_add_participant(d);
        if (ImGui::Button(tr(L, Word::setup_suggest))) {
            Group g;
            g.participants = d.participants;
            g.history = d.history;
            if (const int s = suggest_client(g); s >= 0) d.client = s;
        }

        ImGui::TableNextColumn();
        // Right: how.
        std::string current = config.methods.empty() ? "" : config.methods[static_cast<size_t>(d.method)].name.in(L);
        if (ImGui::BeginCombo(tr(L, Word::setup_method), current.c_str())) {
            for (int i = 0; i < static_cast<int>(config.methods.size()); ++i)
                if (ImGui::Selectable(config.methods[static_cast<size_t>(i)].name.in(L).c_str(), i == d.method))
                    draft_select_method(d, config, i);
            ImGui::EndCombo();
        }
        ImGui::TextUnformatted(tr(L, Word::setup_durations));
        if (!config.methods.empty()) {
            const Method& m = config.methods[static_cast<size_t>(d.method)];
            int total = m.margin_minutes;
            for (size_t i = 0; i < m.steps.size() && i < d.minutes.size(); ++i) {
                ImGui::PushID(static_cast<int>(i) + 1000);
                ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
                ImGui::InputInt("##min", &d.minutes[i], 1, 5);
                d.minutes[i] = std::clamp(d.minutes[i], 1, 600);
                total += d.minutes[i];
                ImGui::SameLine();
                ImGui::TextUnformatted(m.steps[i].name.in(L).c_str());
                ImGui::PopID();
            }
            ImGui::Text("= %d %s", total, tr(L, Word::setup_minutes));
        }
        ImGui::EndTable();
    }
    ImGui::Separator();
    if (!d.error.empty()) ImGui::TextColored(ImVec4(1.0f, 0.55f, 0.55f, 1.0f), "%s", d.error.c_str());
    // Ctrl+Enter confirms from any field: setting up needs no mouse.
    const bool ctrl_enter = ImGui::GetIO().KeyCtrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter));
    if (ImGui::Button(tr(L, Word::setup_confirm)) || ctrl_enter) {
        result = draft_result(d, config);
        if (result) open_ = false;
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(L, Word::setup_cancel)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) open_ = false;
    ImGui::End();
    ImGui::PopStyleColor();
    ImGui::PopFont();
    return result;
}

}  // namespace atelier::ui
