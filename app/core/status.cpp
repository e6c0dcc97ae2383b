#include "core/json_fields.hpp"  // first: see json_fields.hpp

#include "core/status.hpp"

#include <sstream>

#include "core/i18n.hpp"
#include "core/i18n_room.hpp"
#include "core/reducer.hpp"

namespace atelier {

namespace {

// The phone's buttons, as verbs of `atelier send`, and the command each gives.
void fill_refusals(Status& st, const Session& s, int64_t now) {
    const std::pair<const char*, Command> buttons[] = {
        {"next", cmd::Next{}},           {"previous", cmd::Previous{}},          {"toggle-timer", cmd::StartPause{}},
        {"add-minute", cmd::AddTime{60'000}}, {"remove-minute", cmd::AddTime{-60'000}}, {"pass", cmd::Pass{}},
        {"one-more-round", cmd::OneMoreRound{}},
    };
    for (const auto& [verb, command] : buttons) {
        const Outcome dry = reduce(s, command, now);
        if (dry.why != Why::ok) st.refused.emplace_back(verb, tr(s.lang, dry.why));
    }
}

}  // namespace

const char* phase_id(Phase phase) {
    constexpr const char* ids[] = {"not_started", "running", "warning", "danger", "overtime", "paused"};
    return ids[static_cast<int>(phase)];
}

Status status_of(const Session& s, const WallModel& m, int64_t now, bool with_content) {
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
    st.lang = s.lang;
    for (int i = 0; i < static_cast<int>(s.group.participants.size()); ++i)
        if (s.left.count(i) == 0) st.people.push_back(s.group.participants[static_cast<size_t>(i)]);
    st.on_break = m.on_break;
    st.break_title = m.break_title;
    st.break_left = m.break_left;
    st.break_left_ms = m.break_left_ms;
    st.message = m.message;
    fill_refusals(st, s, now);
    st.content = with_content;
    if (with_content) {
        st.request = s.content.contract.empty() ? s.content.request : s.content.contract;
        st.plan = s.content.plan;
        if (!st.request.empty()) st.request_quoted = quoted(s.lang, st.request);
    }
    return st;
}

TimerTile timer_tile(const Status& st) {
    TimerTile t;
    t.phase = st.phase;
    if (st.on_break && !st.break_left.empty()) {
        t.top = room_tr(st.lang, RWord::break_word);
        t.big = st.break_left;
        t.bottom = st.timer;  // the step's time, held
        t.phase = Phase::paused;
        return t;
    }
    t.top = st.step_number.empty() ? st.step_name : st.step_number + " \xC2\xB7 " + st.step_name;  // "2 · Questions"
    t.big = st.finished ? "\xE2\x80\x94" : st.timer;  // an em dash: the atelier is over
    const bool counting = st.phase == Phase::running || st.phase == Phase::warning || st.phase == Phase::danger || st.phase == Phase::overtime;
    t.bottom = counting && !st.speaker.empty() ? st.speaker : tr(st.lang, st.phase);
    return t;
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
    line("break", st.break_title);
    line("break_left", st.break_left);
    line("message", st.message);
    for (const auto& [name, value] : extra) line(name.c_str(), value);
    return out;
}

std::string status_json(const Status& st) {
    std::ostringstream out;
    {
        cereal::JSONOutputArchive ar(out, cereal::JSONOutputArchive::Options::NoIndent());
        const auto nvp = [&ar](const char* name, const auto& value) { ar(cereal::make_nvp(name, value)); };
        nvp("step", st.step);
        nvp("step_number", st.step_number);
        nvp("step_name", st.step_name);
        nvp("instruction", st.instruction);
        nvp("finished", st.finished);
        nvp("blanked", st.blanked);
        nvp("now_ms", st.now_ms);
        nvp("timer", st.timer);
        nvp("remaining_ms", st.remaining_ms);
        nvp("phase", std::string(phase_id(st.phase)));
        nvp("phase_word", st.phase_word);
        nvp("speaker", st.speaker);
        nvp("role", st.role);
        nvp("next", st.next);
        nvp("round", st.round);
        nvp("order", st.order);
        nvp("clock", st.clock);
        nvp("projected_end", st.projected_end);
        nvp("client", st.client);
        nvp("group", st.group);
        nvp("series", st.series);
        nvp("lang", std::string(lang_code(st.lang)));
        nvp("people", st.people);
        nvp("on_break", st.on_break);
        nvp("break_title", st.break_title);
        nvp("break_left", st.break_left);
        nvp("break_left_ms", st.break_left_ms);
        nvp("message", st.message);
        ar.setNextName("refused");
        ar.startNode();
        for (const auto& [verb, why] : st.refused) ar(cereal::make_nvp(verb.c_str(), why));
        ar.finishNode();
        nvp("content", st.content);
        if (st.content) {
            nvp("request", st.request);
            nvp("request_quoted", st.request_quoted);
            nvp("plan", st.plan);
        }
    }
    std::string text = out.str();
    for (char& c : text)
        if (c == '\n') c = ' ';  // one line: a server-sent event's data
    return text;
}

}  // namespace atelier
