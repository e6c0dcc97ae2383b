// The console's room tab: a break (minutes from now), a message to the room,
// each cleared with one button; and the remote service: the phone's address
// as text and as a QR code, the PIN, the viewer link, the devices paired,
// someone guessing PINs, and revoking everything at once.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/i18n.hpp"
#include "core/i18n_room.hpp"
#include "core/limits.hpp"
#include "ui/console_view.hpp"
#include "ui/console_widgets.hpp"

namespace atelier::ui {

namespace {

// The QR code's modules as squares, with the quiet zone of four the readers want.
void draw_qr(const ConsoleRemote& r, float side) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const int n = r.qr_width + 8;
    const float m = side / static_cast<float>(n);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(at, ImVec2(at.x + side, at.y + side), IM_COL32(255, 255, 255, 255));
    for (int y = 0; y < r.qr_width; ++y)
        for (int x = 0; x < r.qr_width; ++x)
            if (r.qr[static_cast<size_t>(y * r.qr_width + x)])
                dl->AddRectFilled(ImVec2(at.x + (static_cast<float>(x) + 4) * m, at.y + (static_cast<float>(y) + 4) * m),
                                  ImVec2(at.x + (static_cast<float>(x) + 5) * m, at.y + (static_cast<float>(y) + 5) * m), IM_COL32(0, 0, 0, 255));
    ImGui::Dummy(ImVec2(side, side));
}

}  // namespace

void ConsoleView::draw_room(const ConsoleInputs& in, ConsoleOutput& out) {
    const Lang L = in.session.lang;
    const WallModel& m = in.wall;
    // A break: minutes from now; the wall counts down to its end.
    ImGui::TextUnformatted(room_tr(L, RWord::break_minutes));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(in.fonts.console_px * 6);
    ImGui::InputInt("##break", &break_minutes_, 5, 15);
    break_minutes_ = std::clamp(break_minutes_, 1, 12 * 60);
    ImGui::SameLine();
    if (ImGui::Button(room_tr(L, RWord::break_start))) out.commands.push_back(cmd::StartBreak{in.now + int64_t{break_minutes_} * 60'000});
    if (m.on_break) {
        ImGui::SameLine();
        if (ImGui::Button(room_tr(L, RWord::break_end))) out.commands.push_back(cmd::EndBreak{});
        ImGui::SameLine();
        ImGui::TextDisabled("%s  %s", m.break_title.c_str(), m.break_left.c_str());
    }
    // The message to the room.
    ImGui::TextUnformatted(room_tr(L, RWord::message_title));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.5f);
    const bool entered = ImGui::InputText("##message", &room_message_, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    if ((ImGui::Button(room_tr(L, RWord::message_show)) || entered) && !room_message_.empty())
        out.commands.push_back(cmd::SetMessage{room_message_});
    if (!m.message.empty()) {
        ImGui::SameLine();
        if (ImGui::Button(room_tr(L, RWord::message_clear))) out.commands.push_back(cmd::SetMessage{""});
    }

    ImGui::Separator();
    const ConsoleRemote& r = in.remote;
    ImGui::TextUnformatted(room_tr(L, RWord::remote_title));
    if (!r.on) {
        ImGui::TextDisabled("%s", room_tr(L, RWord::remote_off));
        if (!r.problem.empty()) ImGui::TextColored(vec4(in.theme.console.problem), "%s", r.problem.c_str());
        return;
    }
    ImGui::BeginGroup();
    if (r.qr_width > 0) draw_qr(r, in.fonts.console_px * 9);
    ImGui::EndGroup();
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::Text("%s  %s", room_tr(L, RWord::remote_address), r.url.c_str());
    ImGui::TextUnformatted(room_tr(L, RWord::remote_pin));
    ImGui::SameLine();
    ImGui::PushFont(in.fonts.console_big);
    ImGui::TextUnformatted(r.pin.c_str());
    ImGui::PopFont();
    ImGui::TextUnformatted(room_tr(L, RWord::remote_viewer));
    ImGui::TextDisabled("%s", r.viewer.c_str());
    ImGui::TextUnformatted(fill(L, room_tr(L, RWord::remote_devices), std::to_string(r.devices)).c_str());
    if (!r.guessing.empty())
        ImGui::TextColored(vec4(in.theme.console.problem), "%s", fill(L, room_tr(L, RWord::remote_guessing), r.guessing).c_str());
    if (ImGui::Button(room_tr(L, RWord::remote_revoke))) out.requests.push_back(ConsoleRequest::revoke_remote);
    ImGui::EndGroup();
}

}  // namespace atelier::ui
