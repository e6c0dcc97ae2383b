#include "core/status.hpp"

namespace atelier {

Status status_of(const Session& s, const WallModel& m, int64_t now) {
    Status st;
    st.now_ms = now;
    st.step = s.step;
    st.step_number = s.method.steps.empty() ? "" : display_number(s.method, s.step);
    st.step_name = m.step_name;
    st.instruction = m.instruction;
    st.finished = m.finished;
    st.blanked = m.blanked;
    st.timer = m.timer_text;
    st.remaining_ms = m.remaining_ms;
    st.phase = m.phase;
    st.phase_word = m.phase_word;
    st.speaker = m.speaker_name;
    st.role = m.speaker_role;
    st.next = m.next_label;
    st.round = m.round_label;
    for (const OrderEntry& e : m.order) st.order.push_back(e.name);
    st.clock = m.clock;
    st.projected_end = m.projected_end;
    st.client = speaker_name(s.group, s.client);
    st.group = s.group.name;
    st.series = m.series_label;
    st.request = s.content.contract.empty() ? s.content.request : s.content.contract;
    return st;
}

std::string status_text(const Status& st, const std::vector<std::pair<std::string, std::string>>& extra) {
    std::string out;
    const auto line = [&out](const char* name, const std::string& value) { out += std::string(name) + ": " + value + "\n"; };
    line("step", std::to_string(st.step));
    line("step_name", st.step_name);
    line("finished", st.finished ? "yes" : "no");
    line("blanked", st.blanked ? "yes" : "no");
    line("timer", st.timer);
    line("remaining_ms", std::to_string(st.remaining_ms));
    line("now_ms", std::to_string(st.now_ms));
    line("phase", st.phase_word);
    line("speaker", st.speaker);
    line("role", st.role);
    line("next", st.next);
    line("round", st.round);
    line("clock", st.clock);
    line("projected_end", st.projected_end);
    line("client", st.client);
    line("series", st.series);
    line("request", st.request);
    for (const auto& [name, value] : extra) line(name.c_str(), value);
    return out;
}

}  // namespace atelier
