// The live panel: the wall as the room sees it, and what matters now in
// letters readable at arm's length: the step, the timer, the speaker, what
// Next will do; then a button for every action of the clicker and more.
#include <imgui.h>

#include "core/i18n.hpp"
#include "core/reducer.hpp"
#include "core/i18n_console.hpp"
#include "ui/console_view.hpp"
#include "ui/console_widgets.hpp"

namespace atelier::ui {

namespace {

// The first key bound to `action`, as this layout prints it.
std::string key_of(const ConsoleInputs& in, ActionKind action) {
    const auto keys = keys_for(in.config.keys, Action{action, 0});
    return keys.empty() ? "" : chord_label(keys.front(), in.key_label);
}

void miniature(const ConsoleInputs& in, float max_w, float max_h) {
    float w = max_w, h = max_w / in.wall_aspect;
    if (h > max_h) h = max_h, w = max_h * in.wall_aspect;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    if (in.wall_texture) {
        // The wall's framebuffer is stored bottom-up.
        ImGui::Image(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(in.wall_texture)), ImVec2(w, h), ImVec2(0, 1), ImVec2(1, 0));
    } else {
        ImGui::Dummy(ImVec2(w, h));
    }
    ImGui::GetWindowDrawList()->AddRect(at, ImVec2(at.x + w, at.y + h), ImGui::GetColorU32(vec4(in.theme.console.miniature_frame)));
}

}  // namespace

void ConsoleView::draw_now(const ConsoleInputs& in, ConsoleOutput& out, float height) {
    const Lang L = in.session.lang;
    const WallModel& m = in.wall;
    const float px = in.fonts.console_px;
    ImGui::BeginChild("now", ImVec2(0, height), false, ImGuiWindowFlags_NoScrollbar);
    const float avail = ImGui::GetContentRegionAvail().x;
    ImGui::BeginGroup();
    ImGui::TextDisabled("%s", console_tr(L, m.blanked ? CWord::room_sees_blank : CWord::room_sees).c_str());
    miniature(in, avail * 0.36f, height - px * 2.0f);
    ImGui::EndGroup();
    ImGui::SameLine(0, px);
    ImGui::BeginGroup();
    if (m.finished) {
        ImGui::PushFont(in.fonts.console_big);
        ImGui::TextUnformatted(tr(L, Word::summary_title));
        ImGui::PopFont();
    } else {
        ImGui::PushFont(in.fonts.console_big);
        text_fitted((m.step_label.empty() ? "" : m.step_label + "  ") + m.step_name);
        ImGui::PopFont();
        ImGui::PushFont(in.fonts.console_timer);
        ImGui::TextColored(vec4(phase_colour(in.theme, m.phase)), "%s", m.timer_text.c_str());
        ImGui::PopFont();
        ImGui::SameLine();
        ImGui::BeginGroup();
        ImGui::TextColored(vec4(phase_colour(in.theme, m.phase)), "%s", m.phase_word.c_str());
        if (!m.round_label.empty()) ImGui::TextUnformatted(m.round_label.c_str());
        ImGui::EndGroup();
        ImGui::PushFont(in.fonts.console_big);
        text_fitted(m.speaker_name);
        ImGui::PopFont();
        const std::string role = m.speaker_role + "  " + m.turn_time;
        same_line_if_fits(ImGui::CalcTextSize(role.c_str()).x);
        ImGui::TextDisabled("%s", role.c_str());
        ImGui::PushFont(in.fonts.console_bold);
        text_fitted(m.next_label);
        ImGui::PopFont();
    }
    // Every action of the clicker, and the keyboard's, with its key (a
    // button shows its key, so the console teaches the keyboard).
    Flow flow;
    // A button whose command the reducer would refuse now (Pass at the
    // summary, a step change inside the guard) is greyed, its reason on hover.
    auto act = [&](CWord label, ActionKind key, Command command) {
        const Outcome dry = reduce(in.session, command, in.now);
        const bool refused = dry.why != Why::ok;
        if (refused) ImGui::BeginDisabled();
        if (flow.button(console_tr(L, label), key_of(in, key))) out.commands.push_back(std::move(command));
        if (refused) {
            ImGui::EndDisabled();
            if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tr(L, dry.why));
        }
    };
    const bool running = in.live.timer_running;
    act(CWord::previous, ActionKind::previous, cmd::Previous{});
    act(CWord::next, ActionKind::next, cmd::Next{});
    act(running ? CWord::pause : CWord::start, ActionKind::start_pause, cmd::StartPause{});
    act(CWord::minus_minute, ActionKind::remove_minute, cmd::AddTime{-60'000});
    act(CWord::plus_minute, ActionKind::add_minute, cmd::AddTime{60'000});
    flow.line_break();
    act(CWord::pass, ActionKind::pass, cmd::Pass{});
    act(CWord::one_more_round, ActionKind::one_more_round, cmd::OneMoreRound{});
    act(CWord::rotate, ActionKind::rotate, cmd::RotateOrder{});
    act(CWord::shuffle, ActionKind::shuffle, cmd::ShuffleOrder{static_cast<uint32_t>(in.now)});
    act(m.blanked ? CWord::unblank : CWord::blank, ActionKind::blank, cmd::ToggleBlank{});
    // The wall's language: a list, each language in its own name; the current one is pressed.
    flow.line_break();
    for (size_t i = 0; i < kLangCount; ++i) {
        const Lang lang = static_cast<Lang>(i);
        if (lang == Lang::qps && L != Lang::qps) continue;  // the layout check's language is chosen by --lang only
        if (lang == L) ImGui::BeginDisabled();
        if (flow.button(lang_name(lang), std::string())) out.commands.push_back(cmd::SetLang{lang});
        if (lang == L) ImGui::EndDisabled();
    }
    ImGui::EndGroup();
    now_content_h_ = ImGui::GetItemRectSize().y + ImGui::GetStyle().ItemSpacing.y;
    ImGui::EndChild();
}

}  // namespace atelier::ui
