#include "core/console_model.hpp"

#include "core/record.hpp"
#include "core/summary.hpp"
#include "core/timer.hpp"

namespace atelier {

bool is_contract_step(const Step& step) { return step.id == "contract"; }

namespace {

std::vector<ConsoleStepRow> step_rows(const Session& s, int64_t now) {
    const Summary sum = summarize(s, now);
    std::vector<ConsoleStepRow> rows;
    for (size_t k = 0; k < s.method.steps.size(); ++k) {
        const StepRecord& rec = s.records[k];
        const std::string number = display_number(s.method, static_cast<int>(k));
        ConsoleStepRow row;
        row.name = (number.empty() ? "" : number + ". ") + s.method.steps[k].name.in(s.lang);
        row.current = !s.finished && static_cast<int>(k) == s.step;
        // Before it starts, its plan; once it runs, the time it gets.
        row.minutes = static_cast<int>((rec.timer.planned_ms + rec.timer.added_ms) / 60'000);
        row.added_ms = rec.timer.added_ms;
        row.visited = rec.visited;
        row.actual_ms = sum.steps[k].actual_ms;
        rows.push_back(row);
    }
    return rows;
}

std::vector<ConsoleOrderRow> order_rows(const Session& s) {
    std::vector<ConsoleOrderRow> rows;
    const Round& round = current_record(s).turns.rounds.back();
    for (size_t pos = 0; pos < round.order.size(); ++pos) {
        const Speaker who = round.order[pos];
        const Mark mark = round.marks[pos];
        rows.push_back({who, speaker_name(s.group, who), mark, mark == Mark::upcoming});
    }
    return rows;
}

ConsoleField field_of_the_moment(const Session& s) {
    if (s.finished) return ConsoleField::request;
    const Step& step = current_step(s);
    if (step.board == Board::plan) return ConsoleField::plan;
    if (is_contract_step(step)) return ConsoleField::contract;
    return ConsoleField::request;
}

}  // namespace

ConsoleModel console_model(const Session& s, int64_t now) {
    ConsoleModel m;
    m.steps = step_rows(s, now);
    m.order_shown = !s.finished && !current_record(s).turns.rounds.empty() && current_step(s).speaking != SpeakingMode::free;
    if (m.order_shown) m.order = order_rows(s);
    for (size_t i = 0; i < s.group.participants.size(); ++i) {
        const int who = static_cast<int>(i);
        ConsolePersonRow row;
        row.name = s.group.participants[i];
        row.client = who == s.client;
        row.gone = s.left.count(who) > 0;
        row.can_be_client = !row.client && !row.gone;
        row.can_leave = !row.client;
        row.can_take_floor = !row.client && !row.gone;
        m.people.push_back(row);
    }
    m.field = field_of_the_moment(s);
    m.client = speaker_name(s.group, s.client);
    if (const auto who = current_speaker(s)) m.speaking = *who;
    m.request = s.content.request, m.contract = s.content.contract, m.plan = s.content.plan;
    m.timer_running = !s.finished && is_running(current_record(s).timer);
    // The date as the record says it, in the console's language: "6 décembre 2026", not "2026-12-06".
    for (const PastAtelier& past : s.group.history) m.series.push_back({date_said(s.lang, past.date), past.client});
    for (const std::string& name : s.group.participants)
        if (!was_client(s.group, name)) m.not_yet_client.push_back(name);
    m.forget = forget_scope(s);
    m.follow_up_client = s.follow_up.client;
    return m;
}

}  // namespace atelier
