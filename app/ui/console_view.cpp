// The console's frame: a header that says which atelier this is (and, over
// the wall, that the room sees the console), the live panel, the tabs, and
// the messages the wall cannot give.
#include "ui/console_view.hpp"

#include "core/i18n_room.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <imgui_internal.h>  // WantTextInputNextFrame: is a field being typed in this frame

#include "core/format.hpp"
#include "core/i18n.hpp"
#include "core/i18n_console.hpp"
#include "core/key_help.hpp"
#include "ui/console_widgets.hpp"

namespace atelier::ui {

void ConsoleView::open_draft(const Session& session, const ConfigSet& config) {
    draft_ = draft_from_session(session, config);
    draft_open_ = true;
    focus_row_ = -2;  // the group's name first
}

void ConsoleView::prepare(const Session& session, const ConfigSet& config) {
    open_draft(session, config);
    tab_ = ConsoleTab::prepare;
    tab_settle_frames_ = 2;
}

ConsoleDrafts ConsoleView::drafts() const {
    ConsoleDrafts d = typed_;
    // Only what was typed: a field that shows the session's value is no draft.
    for (auto* map : {&d.renames, &d.items})
        for (auto it = map->begin(); it != map->end();) it = it->second.typed() ? std::next(it) : map->erase(it);
    if (draft_open_ && draft_.dirty) d.prepare = draft_;
    return d;
}

void ConsoleView::restore_drafts(ConsoleDrafts d, const ConfigSet& config) {
    if (d.prepare) {
        draft_ = *d.prepare;
        if (draft_.method < 0 || draft_.method >= static_cast<int>(config.methods.size())) draft_select_method(draft_, config, 0);
        draft_open_ = true;
        d.prepare.reset();
    }
    typed_ = std::move(d);
}

void ConsoleView::show(ConsoleTab tab, const Session& session, const ConfigSet& config) {
    if (tab == ConsoleTab::prepare) return prepare(session, config);
    tab_ = tab;
    tab_settle_frames_ = 2;
}

ConsoleOutput ConsoleView::draw(const ConsoleInputs& in, float width, float height) {
    ConsoleOutput out;
    const Lang L = in.session.lang;
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(width, height));
    ImGui::PushFont(in.fonts.console);
    // Over the wall the console is unmistakably not the wall: a light frame,
    // and a bar that says the room sees it.
    const ConsoleColours& colours = in.theme.console;
    ImGui::PushStyleColor(ImGuiCol_WindowBg, vec4(in.overlay ? colours.overlay : colours.window));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(in.fonts.console_px * 0.8f, in.fonts.console_px * 0.6f));
    ImGui::Begin("##console", nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
    if (in.overlay) {
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRect(ImVec2(2, 2), ImVec2(width - 2, height - 2), ImGui::GetColorU32(vec4(colours.overlay_frame)), 0, 0, 4);
        ImGui::PushStyleColor(ImGuiCol_Text, vec4(colours.overlay_frame));
        ImGui::TextUnformatted(console_tr(L, CWord::overlay_banner).c_str());
        ImGui::PopStyleColor();
        ImGui::SameLine();
        if (ImGui::SmallButton(console_tr(L, CWord::overlay_close).c_str())) out.requests.push_back(ConsoleRequest::close_overlay);
    }
    // Which atelier: the group, the series, the client.
    const Session& s = in.session;
    ImGui::PushFont(in.fonts.console_bold);
    ImGui::TextUnformatted(visual_line(s.group.name).c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextDisabled("%s  \xC2\xB7  %s %s", in.wall.series_label.c_str(), console_tr(L, CWord::client).c_str(),
                        visual_line(speaker_name(s.group, s.client)).c_str());
    if (!in.save_problem.empty()) {
        ImGui::SameLine();
        ImGui::TextColored(vec4(in.theme.console.problem), "%s", in.save_problem.c_str());
    }
    draw_offers(in, out);

    draw_now(in, out, std::max(height * 0.36f, now_content_h_));

    const std::pair<ConsoleTab, CWord> tabs[] = {{ConsoleTab::steps, CWord::tab_steps},
                                                 {ConsoleTab::people, CWord::tab_people},
                                                 {ConsoleTab::content, CWord::tab_content},
                                                 {ConsoleTab::prepare, CWord::tab_prepare},
                                                 {ConsoleTab::record, CWord::tab_record},
                                                 {ConsoleTab::room, CWord::tab_record}};  // the room's label: room_tr
    // Alt+1 to Alt+6 open the tabs from the keyboard.
    for (int k = 0; k < 6; ++k) {
        if (ImGui::GetIO().KeyAlt && ImGui::IsKeyPressed(GLFW_KEY_1 + k, false)) {  // once: a held key repeats (issue 20, item 2)
            tab_ = tabs[k].first;
            tab_settle_frames_ = 2;
            focus_first_ = true;
            if (tab_ == ConsoleTab::prepare && !draft_open_) prepare(in.session, in.config);
        }
    }
    const bool selecting = tab_settle_frames_ > 0;
    // "Étapes  (Alt+1)" when the six tabs fit the window's width so; the names
    // alone when they do not (a longer language, a small window), the key then
    // in the tab's tooltip: a tab squeezed by ImGui would cut its label.
    std::string names[6];
    float with_keys_w = 0;
    const ImGuiStyle& style = ImGui::GetStyle();
    for (size_t k = 0; k < 6; ++k) {
        names[k] = tabs[k].first == ConsoleTab::room ? room_tr(L, RWord::break_title) : console_tr(L, tabs[k].second);
        with_keys_w += ImGui::CalcTextSize((names[k] + "  (Alt+0)").c_str()).x + 2 * style.FramePadding.x + style.ItemInnerSpacing.x;
    }
    const bool with_keys = with_keys_w <= ImGui::GetContentRegionAvail().x;
    if (ImGui::BeginTabBar("tabs")) {
        int k = 0;
        for (const auto& entry : tabs) {
            const ConsoleTab tab = entry.first;
            const ImGuiTabItemFlags flags = selecting && tab == tab_ ? ImGuiTabItemFlags_SetSelected : 0;
            const std::string keys = "Alt+" + std::to_string(k + 1);
            const std::string& name = names[k++];
            const std::string label = (with_keys ? name + "  (" + keys + ")" : name) + "###" + std::to_string(static_cast<int>(tab));
            const bool open = ImGui::BeginTabItem(label.c_str(), nullptr, flags);
            if (!with_keys && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", keys.c_str());
            if (!open) continue;
            if (!selecting && tab_settle_frames_ == 0) tab_ = tab;
            // The state folder's line and the latest three messages, each wrapped whole
            // (a file's problem is long), never more than a third of the window.
            float messages_h = in.fonts.console_px * 2.25f;
            const float wrap_w = ImGui::GetContentRegionAvail().x;
            size_t shown = 0;
            for (auto it = in.messages.rbegin(); it != in.messages.rend() && shown < 3; ++it, ++shown)
                messages_h += ImGui::CalcTextSize(it->text.c_str(), nullptr, false, wrap_w).y + ImGui::GetStyle().ItemSpacing.y;
            messages_h = std::min(messages_h, ImGui::GetContentRegionAvail().y / 3);
            ImGui::BeginChild("tab", ImVec2(0, -messages_h), false);
            switch (tab) {
                case ConsoleTab::steps: draw_steps(in, out); break;
                case ConsoleTab::people: draw_people(in, out); break;
                case ConsoleTab::content: draw_content(in, out); break;
                case ConsoleTab::prepare: draw_prepare(in, out); break;
                case ConsoleTab::record: draw_record(in, out); break;
                case ConsoleTab::room: draw_room(in, out); break;
            }
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    if (selecting) --tab_settle_frames_;
    if (focus_settle_frames_ > 0) --focus_settle_frames_;
    draw_messages(in);
    ImGui::End();
    if (in.help) draw_key_help(in, out, width, height);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImGui::PopFont();
    typing_ = ImGui::GetCurrentContext()->WantTextInputNextFrame == 1;
    return out;
}

void ConsoleView::focus_field(int offset) {
    ImGui::SetKeyboardFocusHere(offset);
    focus_settle_frames_ = 2;  // ImGui gives the focus on the next frame; one more for the key router to see it
}

// Every key, in the console's own window where it was asked for (H, F1, ?):
// with two screens the room's wall is not where the facilitator looks.
void ConsoleView::draw_key_help(const ConsoleInputs& in, ConsoleOutput& out, float width, float height) {
    const Lang L = in.session.lang;
    ImGui::SetNextWindowPos(ImVec2(width * 0.5f, height * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width * 0.5f, 0), ImVec2(width * 0.92f, height * 0.9f));
    ImGui::PushFont(in.fonts.console);
    if (ImGui::Begin(tr(L, Word::help_title), nullptr,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove)) {
        if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
            for (const auto& [kind, keys] : help_lines(in.config.keys, in.key_label)) {
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                ImGui::TextUnformatted(tr(L, kind));
                ImGui::TableSetColumnIndex(1);
                ImGui::TextUnformatted(keycap_words(keys, L).c_str());
            }
            ImGui::EndTable();
        }
        if (ImGui::Button((console_tr(L, CWord::overlay_close_help) + "  [" + keycap_words("Escape", L) + "]").c_str()))
            out.requests.push_back(ConsoleRequest::close_help);
    }
    ImGui::End();
    ImGui::PopFont();
}

// A saved atelier to go back to: above everything, until the facilitator chooses.
void ConsoleView::draw_offers(const ConsoleInputs& in, ConsoleOutput& out) {
    const Lang L = in.session.lang;
    for (int i = 0; i < static_cast<int>(in.offers.size()); ++i) {
        const ConsoleOffer& offer = in.offers[static_cast<size_t>(i)];
        if (!offer.session) continue;
        const Session& o = *offer.session;
        const std::string step = o.finished ? tr(L, Word::summary_title)
                                            : std::string(tr(L, Word::step)) + " " + display_number(o.method, o.step) + " " +
                                                  o.method.steps[static_cast<size_t>(o.step)].name.in(L);
        const std::string what = console_fill(L, CWord::offer_what, speaker_name(o.group, o.client) + " — " + step,
                                              clock_text(offer.saved_at, in.local));
        ImGui::PushID(9000 + i);
        ImGui::PushStyleColor(ImGuiCol_Text, vec4(in.theme.console.problem));
        ImGui::TextWrapped("%s", console_fill(L, offer.readable_again ? CWord::offer_readable_again : CWord::offer_recovery, what).c_str());
        ImGui::PopStyleColor();
        if (ImGui::Button(console_tr(L, CWord::offer_take).c_str())) {
            out.commands.push_back(cmd::Restore{o});
            out.offer_taken = i;
        }
        ImGui::SameLine();
        if (ImGui::Button(console_tr(L, CWord::offer_set_aside).c_str())) out.offer_dismissed = i;
        ImGui::PopID();
    }
}

void ConsoleView::draw_messages(const ConsoleInputs& in) {
    const Lang L = in.session.lang;
    ImGui::Separator();
    ImGui::TextDisabled("%s %s", console_tr(L, CWord::state_dir).c_str(), in.state_dir.c_str());
    ImGui::BeginChild("messages", ImVec2(0, 0), false);
    // The latest first: what just happened is what the facilitator looks for.
    ImGui::PushTextWrapPos(0.0f);
    for (auto it = in.messages.rbegin(); it != in.messages.rend(); ++it) {
        if (it->problem) ImGui::PushStyleColor(ImGuiCol_Text, vec4(in.theme.console.problem));
        ImGui::TextUnformatted(it->text.c_str());
        if (it->problem) ImGui::PopStyleColor();
    }
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
}

}  // namespace atelier::ui
