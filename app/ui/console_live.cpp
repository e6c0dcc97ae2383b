// The console's live tabs: the steps (planned, actual, remaining; jump; change
// minutes), the people (the order, late arrivals, departures, names, the
// client, the floor), what is said (request, contract, plan) and the record.
#include <GLFW/glfw3.h>
#include <algorithm>
#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/format.hpp"
#include "core/i18n.hpp"
#include "core/i18n_console.hpp"
#include "core/reducer.hpp"
#include "core/summary.hpp"
#include "ui/console_view.hpp"
#include "ui/console_widgets.hpp"

namespace atelier::ui {

namespace {
const char* kOrderPayload = "ATELIER_ORDER";
}

void ConsoleView::draw_steps(const ConsoleInputs& in, ConsoleOutput& out) {
    const Lang L = in.wall.lang;
    if (!ImGui::BeginTable("steps", 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn(console_tr(L, CWord::col_step).c_str(), ImGuiTableColumnFlags_WidthStretch, 4.0f);
    for (CWord w : {CWord::col_planned, CWord::col_added, CWord::col_actual, CWord::col_left, CWord::col_go})
        ImGui::TableSetupColumn(console_tr(L, w).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    for (int i = 0; i < static_cast<int>(in.live.steps.size()); ++i) {
        const ConsoleStepRow& row = in.live.steps[static_cast<size_t>(i)];
        const bool current = row.current;
        const std::string& name = row.name;
        ImGui::PushID(i);
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        // Elided to the column, whole in the tooltip.
        const std::string full = current ? "\xE2\x96\xB6 " + name : name;  // ▶
        const std::string shown = fitted(full, ImGui::GetContentRegionAvail().x);
        if (current) ImGui::TextColored(vec4(in.theme.accent), "%s", shown.c_str());
        else ImGui::TextUnformatted(shown.c_str());
        if (shown != visual_line(full) && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", visual_line(name).c_str());
        ImGui::TableSetColumnIndex(1);
        int minutes = row.minutes;
        ImGui::SetNextItemWidth(-1);
        if (ImGui::InputInt("##min", &minutes, 1, 5, ImGuiInputTextFlags_EnterReturnsTrue)) out.commands.push_back(cmd::SetStepMinutes{i, std::max(0, minutes)});
        ImGui::TableSetColumnIndex(2);
        if (row.added_ms) ImGui::TextUnformatted(signed_record_time_text(row.added_ms).c_str());
        ImGui::TableSetColumnIndex(3);
        if (row.visited) ImGui::TextUnformatted(record_time_text(row.actual_ms).c_str());
        ImGui::TableSetColumnIndex(4);
        if (current) ImGui::TextUnformatted(in.wall.timer_text.c_str());
        ImGui::TableSetColumnIndex(5);
        if (!current && ImGui::SmallButton(console_tr(L, CWord::go).c_str())) out.commands.push_back(cmd::JumpTo{i});
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void ConsoleView::draw_people(const ConsoleInputs& in, ConsoleOutput& out) {
    const Lang L = in.wall.lang;
    const ConsoleModel& live = in.live;
    const int n = static_cast<int>(live.people.size());
    // The order of this round: drag a name, or use the arrows, to change who comes when.
    if (live.order_shown) {
        ImGui::TextDisabled("%s", console_tr(L, CWord::order_hint).c_str());
        for (int pos = 0; pos < static_cast<int>(live.order.size()); ++pos) {
            const ConsoleOrderRow& row = live.order[static_cast<size_t>(pos)];
            const Speaker who = row.who;
            const Mark mark = row.mark;
            ImGui::PushID(1000 + pos);
            const char* sign = mark == Mark::current ? "\xE2\x96\xB6" : mark == Mark::spoke ? "\xE2\x9C\x93" : mark == Mark::passed ? "\xE2\x80\x93" : " ";
            const std::string label = std::string(sign) + "  " + visual_line(row.name);
            ImGui::Selectable(label.c_str(), mark == Mark::current, 0, ImVec2(ImGui::GetContentRegionAvail().x * 0.5f, 0));
            if (row.movable && ImGui::BeginDragDropSource()) {
                ImGui::SetDragDropPayload(kOrderPayload, &who, sizeof who);
                ImGui::TextUnformatted(visual_line(row.name).c_str());
                ImGui::EndDragDropSource();
            }
            if (ImGui::BeginDragDropTarget()) {
                if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload(kOrderPayload))
                    out.commands.push_back(cmd::MoveInOrder{*static_cast<const Speaker*>(payload->Data), pos});
                ImGui::EndDragDropTarget();
            }
            if (row.movable) {
                ImGui::SameLine();
                if (ImGui::SmallButton("\xE2\x96\xB2")) out.commands.push_back(cmd::MoveInOrder{who, pos - 1});  // ▲
                ImGui::SameLine();
                if (ImGui::SmallButton("\xE2\x96\xBC")) out.commands.push_back(cmd::MoveInOrder{who, pos + 1});  // ▼
            }
            ImGui::PopID();
        }
        ImGui::Separator();
    }
    // Everyone: rename in place, the client, left or back, give the floor.
    if (ImGui::BeginTable("people", 4, ImGuiTableFlags_SizingStretchProp)) {
        // The buttons' columns are as wide as their widest label in either
        // state: marking someone left or back moves nothing on the screen.
        const auto button_w = [&](std::initializer_list<CWord> words) {
            float w = 0;
            for (CWord word : words) w = std::max(w, ImGui::CalcTextSize(console_tr(L, word).c_str()).x);
            return w + ImGui::GetStyle().FramePadding.x * 2;
        };
        ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("client", ImGuiTableColumnFlags_WidthFixed, button_w({CWord::make_client, CWord::the_client}));
        ImGui::TableSetupColumn("left", ImGuiTableColumnFlags_WidthFixed, button_w({CWord::has_left, CWord::is_back}));
        ImGui::TableSetupColumn("floor", ImGuiTableColumnFlags_WidthFixed, button_w({CWord::give_floor}));
        for (int i = 0; i < n; ++i) {
            ImGui::PushID(i);
            ImGui::TableNextRow();
            const ConsolePersonRow& person = live.people[static_cast<size_t>(i)];
            const bool gone = person.gone;
            ImGui::TableSetColumnIndex(0);
            ImGui::SetNextItemWidth(-1);
            FieldDraft& rename = typed_.renames[i];
            const std::string& name = person.name;
            follow_unless_typing("##name", rename, name);
            if (gone) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));  // left: dimmed
            ImGui::InputText("##name", &rename.text);
            if (gone) ImGui::PopStyleColor();
            if (left_to_apply(rename) && rename.text != name) out.commands.push_back(cmd::Rename{i, rename.text});
            // Only what can be done is offered: the client does not leave, someone gone is not made client.
            ImGui::TableSetColumnIndex(1);
            if (person.client) ImGui::TextColored(vec4(in.theme.client), "%s", console_tr(L, CWord::the_client).c_str());
            else if (person.can_be_client && ImGui::SmallButton(console_tr(L, CWord::make_client).c_str())) out.commands.push_back(cmd::ChangeClient{i});
            ImGui::TableSetColumnIndex(2);
            if (person.can_leave && ImGui::SmallButton(console_tr(L, gone ? CWord::is_back : CWord::has_left).c_str()))
                out.commands.push_back(gone ? Command{cmd::ParticipantBack{i}} : Command{cmd::ParticipantLeft{i}});
            ImGui::TableSetColumnIndex(3);
            if (person.can_take_floor && ImGui::SmallButton(console_tr(L, CWord::give_floor).c_str()))
                out.commands.push_back(cmd::GiveFloor{i});
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    // A late arrival: nothing recorded is lost.
    ImGui::Separator();
    ImGui::TextUnformatted(console_tr(L, CWord::late_arrival).c_str());
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.4f);
    if (focus_first_ && tab_settle_frames_ == 0) {
        focus_field(0);
        focus_first_ = false;
    }
    // Without EnterReturnsTrue ImGui writes each key into the text at once: what is typed is never only ImGui's.
    ImGui::InputText("##late", &typed_.late_name);
    const bool entered = ImGui::IsItemDeactivated() && (ImGui::IsKeyPressed(GLFW_KEY_ENTER) || ImGui::IsKeyPressed(GLFW_KEY_KP_ENTER));
    if (entered) focus_field(-1);  // the next late arrival
    Flow flow;
    flow.next(0);  // after the field
    if (flow.radio(console_tr(L, CWord::after_current).c_str(), late_after_current_)) late_after_current_ = true;
    if (flow.radio(console_tr(L, CWord::at_end).c_str(), !late_after_current_)) late_after_current_ = false;
    if ((flow.button(console_tr(L, CWord::add), "") || entered) && !typed_.late_name.empty()) {
        out.commands.push_back(cmd::AddParticipant{typed_.late_name, late_after_current_ ? live.speaking : kNobody});
        typed_.late_name.clear();
    }
}

void ConsoleView::draw_content(const ConsoleInputs& in, ConsoleOutput& out) {
    const ConsoleModel& live = in.live;
    const Lang L = in.wall.lang;
    const std::string& client = live.client;
    const float field_h = ImGui::GetTextLineHeightWithSpacing() * 3.2f;
    // Alt+3 gives the keyboard to the field of the moment (core decides which).
    using Field = ConsoleField;
    const bool take_focus = focus_first_ && tab_settle_frames_ == 0;
    const auto focus_here = [&](Field field) {
        if (!take_focus || field != live.field) return;
        focus_field(0);
        focus_first_ = false;
    };
    ImGui::TextUnformatted(visual_line(console_fill(L, CWord::request_of, client)).c_str());
    focus_here(Field::request);
    follow_unless_typing("##request", typed_.request, live.request);
    ImGui::InputTextMultiline("##request", &typed_.request.text, ImVec2(-1, field_h));
    if (left_to_apply(typed_.request) && typed_.request.text != live.request)
        out.commands.push_back(cmd::SetRequest{typed_.request.text});
    draft_hint(typed_.request, L);
    ImGui::TextUnformatted(console_tr(L, CWord::contract).c_str());
    follow_unless_typing("##contract", typed_.contract, live.contract);
    focus_here(Field::contract);
    ImGui::InputTextMultiline("##contract", &typed_.contract.text, ImVec2(-1, field_h));
    if (left_to_apply(typed_.contract) && typed_.contract.text != live.contract)
        out.commands.push_back(cmd::SetContract{typed_.contract.text});
    draft_hint(typed_.contract, L);
    ImGui::TextDisabled("%s", console_tr(L, CWord::shown_when).c_str());
    ImGui::Separator();
    ImGui::TextUnformatted(visual_line(console_fill(L, CWord::plan_of, client)).c_str());
    for (int i = 0; i < static_cast<int>(live.plan.size()); ++i) {
        ImGui::PushID(i);
        ImGui::Text("%d.", i + 1);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 3);
        FieldDraft& item = typed_.items[i];
        follow_unless_typing("##item", item, live.plan[static_cast<size_t>(i)]);
        ImGui::InputText("##item", &item.text);
        if (left_to_apply(item) && item.text != live.plan[static_cast<size_t>(i)])
            out.commands.push_back(cmd::EditPlanItem{i, item.text});
        ImGui::SameLine();
        if (ImGui::SmallButton("x")) out.commands.push_back(cmd::EditPlanItem{i, ""});
        ImGui::PopID();
    }
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.7f);
    focus_here(Field::plan);
    ImGui::InputText("##new_item", &typed_.new_item);
    const bool entered = ImGui::IsItemDeactivated() && (ImGui::IsKeyPressed(GLFW_KEY_ENTER) || ImGui::IsKeyPressed(GLFW_KEY_KP_ENTER));
    if (entered && !typed_.new_item.empty()) {
        out.commands.push_back(cmd::AddPlanItem{typed_.new_item});
        typed_.new_item.clear();
        focus_field(-1);  // keep typing the next action
    }
    const std::string add_action = console_tr(L, CWord::add_action);
    same_line_if_fits(ImGui::CalcTextSize(add_action.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x);
    if (ImGui::Button(add_action.c_str()) && !typed_.new_item.empty()) {
        out.commands.push_back(cmd::AddPlanItem{typed_.new_item});
        typed_.new_item.clear();
    }
    ImGui::Separator();
    // Confidentiality: erase what was said, keep times and names.
    if (ImGui::Button(console_tr(L, CWord::forget).c_str())) ask_forget_ = true;
    hint_beside(console_tr(L, CWord::forget_hint));
    draw_forget(in, out);
}

// The confirmation says exactly what goes, and offers to keep the plans the
// next atelier's follow-up reads.
void ConsoleView::draw_forget(const ConsoleInputs& in, ConsoleOutput& out) {
    const Lang L = in.wall.lang;
    if (ask_forget_) ImGui::OpenPopup(modal_title(L, "forget").c_str());
    if (!ImGui::BeginPopupModal(modal_title(L, "forget").c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    const ForgetScope& scope = in.live.forget;
    ImGui::TextUnformatted(console_tr(L, CWord::forget_intro).c_str());
    const auto item = [](const std::string& text) { ImGui::BulletText("%s", text.c_str()); };
    if (scope.request || scope.contract) item(console_tr(L, CWord::forget_this_texts));
    if (scope.earlier_texts) item(console_fill_n(L, CWord::forget_earlier_texts, scope.earlier_texts));
    if (scope.plan_items) item(console_fill_n(L, CWord::forget_this_plan, scope.plan_items));
    if (scope.follow_up_items) item(console_fill(L, CWord::forget_follow_up_plan, in.live.follow_up_client));
    if (scope.earlier_plans) item(console_fill_n(L, CWord::forget_earlier_plans, scope.earlier_plans));
    const auto close = [&] {
        ask_forget_ = false;
        ImGui::CloseCurrentPopup();
    };
    if (scope.any_plan()) {
        ImGui::TextDisabled("%s", console_tr(L, CWord::forget_plans_kept).c_str());
        if (scope.any_text() && ImGui::Button(console_tr(L, CWord::forget_keep_plans).c_str())) {
            out.commands.push_back(cmd::ForgetContent{true});
            close();
        }
        ImGui::SameLine();
    }
    if (ImGui::Button(console_tr(L, CWord::forget_all).c_str())) {
        out.commands.push_back(cmd::ForgetContent{false});
        close();
    }
    ImGui::SameLine();
    if (ImGui::Button(console_tr(L, CWord::keep).c_str()) || ImGui::IsKeyPressed(GLFW_KEY_ESCAPE)) close();
    ImGui::EndPopup();
}

void ConsoleView::draw_record(const ConsoleInputs& in, ConsoleOutput& out) {
    const Lang L = in.wall.lang;
    ImGui::TextWrapped("%s", console_tr(L, CWord::record_hint).c_str());
    // Ctrl+E: the PDF from the keyboard, the record a facilitator hands out.
    const bool ctrl_e = ImGui::GetIO().KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_E, false);
    Flow flow;
    if (flow.button(console_tr(L, CWord::export_pdf), "Ctrl+E") || ctrl_e) out.requests.push_back(ConsoleRequest::export_pdf);
    if (flow.button(console_tr(L, CWord::export_csv), "")) out.requests.push_back(ConsoleRequest::export_csv);
    if (flow.button(console_tr(L, CWord::export_md), "")) out.requests.push_back(ConsoleRequest::export_markdown);
    flow.line_break();
    if (flow.button(console_tr(L, CWord::export_client), "")) out.requests.push_back(ConsoleRequest::export_client);
    hint_beside(console_tr(L, CWord::record_client_hint));
    if (!in.last_export.empty()) ImGui::TextWrapped("%s", in.last_export.c_str());
    ImGui::Separator();
    // The series: who has been client, and who comes next.
    ImGui::TextUnformatted(in.wall.series_label.c_str());
    for (size_t i = 0; i < in.live.series.size(); ++i)
        ImGui::BulletText("%zu.  %s  %s", i + 1, in.live.series[i].date.c_str(), visual_line(in.live.series[i].client).c_str());
    std::string not_yet;
    for (const std::string& name : in.live.not_yet_client) not_yet += (not_yet.empty() ? "" : ", ") + name;
    ImGui::TextWrapped("%s %s", console_tr(L, CWord::not_yet_client).c_str(), not_yet.empty() ? "\xE2\x80\x94" : visual_line(not_yet).c_str());
}

}  // namespace atelier::ui
