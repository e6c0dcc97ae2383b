// Preparing the next atelier, by mouse or keyboard alike: pick a group from
// the library or make a new one; names edited in place, Enter adds the next,
// Alt+Up/Down or the arrows reorder; the client typed or clicked; the method
// (F3 cycles); Tab goes group, facilitator, names, client, series, minutes.
// Esc asks before discarding edits; Ctrl+Enter starts.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_internal.h>  // ClearActiveID: a field lets go of a replaced draft
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/i18n_console.hpp"
#include "ui/console_view.hpp"
#include "ui/console_widgets.hpp"

namespace atelier::ui {

namespace {

// The participant the facilitator typed in the client field: exact, any case, or a unique start.
std::optional<int> client_typed(const PrepareDraft& d, const std::string& text) {
    if (text.empty()) return std::nullopt;
    Group g;
    for (const std::string& name : d.participants) g.participants.push_back(name);
    return find_participant(g, text);
}

}  // namespace

void ConsoleView::draw_prepare(const ConsoleInputs& in, ConsoleOutput& out) {
    const ConfigSet& config = in.config;
    if (!draft_open_) open_draft(in.session, config);
    focus_first_ = false;  // the group's name gets the keyboard (focus_row_)
    PrepareDraft& d = draft_;
    const Lang L = d.lang;
    const ImGuiIO& io = ImGui::GetIO();

    // Left: the group library.
    ImGui::BeginChild("library", ImVec2(ImGui::GetContentRegionAvail().x * 0.24f, 0), true);
    ImGui::TextDisabled("%s", console_tr(L, CWord::groups).c_str());
    if (ImGui::Selectable((fitted(console_tr(L, CWord::current_group), ImGui::GetContentRegionAvail().x) + "##current").c_str(), d.source_path.empty() && !d.group_name.empty() && d.group_name == in.session.group.name))
        d = draft_from_session(in.session, config), ImGui::ClearActiveID();
    // Names elided to the column, whole in the tooltip.
    const float room = ImGui::GetContentRegionAvail().x;
    for (const LibraryGroup& g : in.library) {
        if (g.file.group.name == in.session.group.name) continue;  // the one in use is above
        const std::string shown_name = fitted(g.file.group.name, room) + "##" + g.path;
        if (ImGui::Selectable(shown_name.c_str(), d.source_path == g.path)) {
            d = draft_from_group(g.file, g.path, config, L);
            ImGui::ClearActiveID();  // a field being typed in would keep showing the old group's text
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", g.file.group.name.c_str());
    }
    const bool new_group_key = io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_N);  // Ctrl+N: a new group
    if (ImGui::Selectable((fitted(console_tr(L, CWord::new_group), room) + "##new").c_str(), false) || new_group_key) {
        d = draft_new_group(config, L);
        ImGui::ClearActiveID();  // the group's name field, if it had the keyboard, shows the new (empty) name
        focus_row_ = -2;
    }
    ImGui::EndChild();
    ImGui::SameLine();

    ImGui::BeginChild("draft", ImVec2(0, 0), false);
    // The fields start after the widest label, in either language.
    float label_w = 0;
    for (CWord w : {CWord::group_name, CWord::facilitator, CWord::client, CWord::series_size, CWord::atelier_name})
        label_w = std::max(label_w, ImGui::CalcTextSize(console_tr(L, w).c_str()).x);
    label_w += ImGui::GetStyle().ItemSpacing.x * 2 + ImGui::GetStyle().WindowPadding.x;
    auto labelled = [&](CWord label) {
        ImGui::TextUnformatted(console_tr(L, label).c_str());
        ImGui::SameLine(label_w);
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.6f);
    };
    labelled(CWord::group_name);
    if (focus_row_ == -2) {
        focus_field(0);
        focus_row_ = -1;
    }
    d.dirty |= ImGui::InputText("##group", &d.group_name);
    labelled(CWord::facilitator);
    d.dirty |= ImGui::InputText("##facilitator", &d.facilitator);

    // Participants in seating order, edited in place.
    ImGui::TextUnformatted(console_tr(L, CWord::participants).c_str());
    const Group shown = draft_group(d, in.session);
    int move_from = -1, move_delta = 0, remove = -1, insert_after = -100;
    for (int i = 0; i < static_cast<int>(d.participants.size()); ++i) {
        ImGui::PushID(i);
        ImGui::Text("%2d.", i + 1);
        ImGui::SameLine(ImGui::GetFontSize() * 3);
        if (focus_row_ == i) {
            focus_field(0);
            focus_row_ = -1;
        }
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.45f);
        std::string& name = d.participants[static_cast<size_t>(i)];
        if (ImGui::InputText("##p", &name, ImGuiInputTextFlags_EnterReturnsTrue)) insert_after = i;
        if (ImGui::IsItemEdited()) d.dirty = true;
        if (ImGui::IsItemActive() && io.KeyAlt) {
            if (ImGui::IsKeyPressed(GLFW_KEY_UP)) move_from = i, move_delta = -1;
            if (ImGui::IsKeyPressed(GLFW_KEY_DOWN)) move_from = i, move_delta = +1;
        }
        ImGui::SameLine();
        if (ImGui::SmallButton("\xE2\x96\xB2")) move_from = i, move_delta = -1;
        ImGui::SameLine();
        if (ImGui::SmallButton("\xE2\x96\xBC")) move_from = i, move_delta = +1;
        ImGui::SameLine();
        if (ImGui::SmallButton("x")) remove = i;
        // Who has been client already: the series at a glance.
        if (const auto clean = clean_name(name); clean && was_client(shown, *clean)) {
            ImGui::SameLine();
            ImGui::TextDisabled("%s", console_tr(L, CWord::was_client).c_str());
        }
        ImGui::PopID();
    }
    if (move_from >= 0) {
        draft_move_row(d, move_from, move_delta);
        focus_row_ = std::clamp(move_from + move_delta, 0, static_cast<int>(d.participants.size()) - 1);
    }
    if (remove >= 0) draft_remove_row(d, remove);
    if (insert_after > -100) focus_row_ = draft_insert_row(d, insert_after);
    if (ImGui::SmallButton(console_tr(L, CWord::add_participant).c_str()))
        focus_row_ = draft_insert_row(d, static_cast<int>(d.participants.size()) - 1);

    // The client: typed (a name or its first letters) or clicked; else the suggestion.
    const int client = draft_client(d, in.session);
    labelled(CWord::client);
    if (ImGui::InputText("##client", &client_text_, ImGuiInputTextFlags_EnterReturnsTrue) || ImGui::IsItemDeactivatedAfterEdit()) {
        if (const auto typed = client_typed(d, client_text_)) d.client = *typed, d.dirty = true;
        client_text_.clear();
    }
    const bool typing_client = ImGui::IsItemActive() && !client_text_.empty();
    ImGui::SameLine();
    // While the name is typed, who it names so far (Enter takes them).
    const std::optional<int> preview = typing_client ? client_typed(d, client_text_) : std::nullopt;
    const int named = preview ? draft_group_index(d, *preview) : client;
    const std::string client_name = named >= 0 && named < static_cast<int>(shown.participants.size())
                                        ? shown.participants[static_cast<size_t>(named)] : "\xE2\x80\x94";
    // The default is a suggestion (someone not yet client) unless it is the client of the atelier under way.
    const bool suggested = d.client < 0 && !(d.continues_series && !in.session.finished);
    const std::string named_text = typing_client ? std::string(preview ? "\xE2\x86\x92 " + client_name : "?")
                                                 : client_name + (suggested ? " " + console_tr(L, CWord::suggested) : "");
    ImGui::TextColored(vec4(in.theme.client), "%s", fitted(named_text, ImGui::GetContentRegionAvail().x).c_str());
    Flow names;
    for (int i = 0; i < static_cast<int>(shown.participants.size()); ++i) {
        ImGui::PushID(500 + i);
        if (names.small_button(visual_line(shown.participants[static_cast<size_t>(i)]).c_str())) {
            // Rows may hold empty names: find the row of the i-th named participant.
            int row = -1;
            for (int r = 0, kept = 0; r < static_cast<int>(d.participants.size()) && row < 0; ++r)
                if (clean_name(d.participants[static_cast<size_t>(r)]) && kept++ == i) row = r;
            d.client = row, d.dirty = true;
        }
        ImGui::PopID();
    }

    labelled(CWord::series_size);
    d.dirty |= ImGui::InputInt("##series", &d.series_size);
    draft_hold_to_limits(d);
    labelled(CWord::atelier_name);
    d.dirty |= ImGui::InputText("##atelier", &d.atelier_name);

    // The method (F3 cycles) and its durations.
    ImGui::TextUnformatted(console_tr(L, CWord::method).c_str());
    if (ImGui::IsKeyPressed(GLFW_KEY_F3) && !config.methods.empty()) {
        draft_select_method(d, config, (d.method + 1) % static_cast<int>(config.methods.size()));
        d.dirty = true;
    }
    // A list that drops down: thirteen methods and their sister methods would
    // take a screen of buttons.
    if (!config.methods.empty()) {
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.6f);
        if (ImGui::BeginCombo("##method", config.methods[static_cast<size_t>(d.method)].name.in(L).c_str())) {
            for (int i = 0; i < static_cast<int>(config.methods.size()); ++i)
                if (ImGui::Selectable(config.methods[static_cast<size_t>(i)].name.in(L).c_str(), d.method == i)) {
                    draft_select_method(d, config, i);
                    d.dirty = true;
                }
            ImGui::EndCombo();
        }
    }
    if (!config.methods.empty()) {
        const Method& m = config.methods[static_cast<size_t>(d.method)];
        int total = 0;
        for (size_t i = 0; i < m.steps.size() && i < d.minutes.size(); ++i) {
            ImGui::PushID(static_cast<int>(i) + 1000);
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
            d.dirty |= ImGui::InputInt("##min", &d.minutes[i], 1, 5);
            draft_hold_to_limits(d);
            total += d.minutes[i];
            ImGui::SameLine();
            text_fitted(m.steps[i].name.in(L));
            ImGui::PopID();
        }
        // The steps, the slack the method keeps, and what the atelier takes.
        if (m.margin_minutes > 0)
            ImGui::Text("%d min + %d min %s = %d min", total, m.margin_minutes, console_tr(L, CWord::margin).c_str(), total + m.margin_minutes);
        else ImGui::Text("= %d min", total);
    }
    int lang = static_cast<int>(d.lang);
    for (size_t i = 0; i < kLangCount; ++i) {
        if (static_cast<Lang>(i) == Lang::qps) continue;  // a layout check, not a room's language
        // On one line while they fit; a narrow console wraps them.
        const ImGuiStyle& style = ImGui::GetStyle();
        const float width = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(lang_name(static_cast<Lang>(i))).x;
        if (i > 0) {
            ImGui::SameLine();
            if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
        }
        d.dirty |= ImGui::RadioButton(lang_name(static_cast<Lang>(i)), &lang, static_cast<int>(i));
    }
    d.lang = static_cast<Lang>(lang);

    if (!d.error.empty()) ImGui::TextColored(vec4(in.theme.console.problem), "%s", d.error.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", console_tr(L, CWord::prepare_keys).c_str());
    ImGui::PopStyleColor();
    const bool ctrl_enter = io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_ENTER);
    auto start = [&](bool replace) {
        if (auto command = draft_result(d, config, in.session, replace)) {
            // A library group started under a new name: its old file goes (the new name gets its own).
            for (const LibraryGroup& g : in.library)
                if (g.path == d.source_path && g.file.group.name != command->group.name) out.forget_group_file = g.path;
            out.commands.push_back(std::move(*command));
            draft_open_ = false;
            tab_ = ConsoleTab::steps;
            tab_settle_frames_ = 2;
        }
    };
    if (ImGui::Button(console_tr(L, CWord::start_atelier).c_str()) || ctrl_enter) {
        // An atelier under way is not replaced on two keys: its times would be lost.
        if (in_progress(in.session)) ask_replace_ = true;
        else start(false);
    }
    ImGui::SameLine();
    // Esc (outside a field) asks before discarding edits.
    const bool escape = ImGui::IsKeyPressed(GLFW_KEY_ESCAPE) && !ImGui::IsAnyItemActive() && !ask_replace_;
    if (ImGui::Button(console_tr(L, CWord::discard).c_str()) || escape) {
        if (d.dirty) ask_discard_ = true;
        else draft_open_ = false, tab_ = ConsoleTab::steps, tab_settle_frames_ = 2;
    }
    if (ask_replace_) ImGui::OpenPopup(modal_title(L, "replace").c_str());
    if (ImGui::BeginPopupModal(modal_title(L, "replace").c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        const WallModel& m = in.wall;
        ImGui::TextUnformatted(console_fill(L, CWord::replace_confirm, m.step_label + " " + m.step_name + ", " + m.timer_text).c_str());
        const bool enter = ImGui::IsKeyPressed(GLFW_KEY_ENTER) && !io.KeyCtrl;  // not the Ctrl+Enter that asked
        if (ImGui::Button(console_tr(L, CWord::replace).c_str()) || enter) {
            ask_replace_ = false;
            ImGui::CloseCurrentPopup();
            start(true);
        }
        ImGui::SameLine();
        if (ImGui::Button(console_tr(L, CWord::keep_current).c_str()) || ImGui::IsKeyPressed(GLFW_KEY_ESCAPE)) {
            ask_replace_ = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    if (ask_discard_) ImGui::OpenPopup(modal_title(L, "discard").c_str());
    if (ImGui::BeginPopupModal(modal_title(L, "discard").c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted(console_tr(L, CWord::discard_confirm).c_str());
        if (ImGui::Button(console_tr(L, CWord::discard).c_str()) || ImGui::IsKeyPressed(GLFW_KEY_ENTER)) {
            draft_open_ = false, ask_discard_ = false, tab_ = ConsoleTab::steps, tab_settle_frames_ = 2;
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button(console_tr(L, CWord::keep_editing).c_str()) || (ImGui::IsKeyPressed(GLFW_KEY_ESCAPE) && !escape)) {
            ask_discard_ = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    ImGui::EndChild();
}

}  // namespace atelier::ui
