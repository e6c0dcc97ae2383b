#include "core/session.hpp"

namespace atelier {

Session new_session(Group group, Method method, int client, std::string atelier_name) {
    Session session;
    session.group = std::move(group);
    session.method = std::move(method);
    session.atelier_name = std::move(atelier_name);
    session.client = client;
    for (const Step& step : session.method.steps) {
        StepRecord record;
        record.timer.planned_ms = step.planned_ms;
        session.records.push_back(record);
    }
    if (!session.method.steps.empty()) {
        StepRecord& first = session.records[0];
        first.visited = true;
        first.turns = begin_turns(session.method.steps[0].speaking, session.group, client, 0, {});
    }
    if (!session.group.history.empty()) {
        const PastAtelier& last = session.group.history.back();
        session.follow_up = {last.client, last.plan};
    }
    return session;
}

const Step& current_step(const Session& session) { return session.method.steps.at(static_cast<size_t>(session.step)); }

const StepRecord& current_record(const Session& session) { return session.records.at(static_cast<size_t>(session.step)); }

Thresholds thresholds(const Step& step) {
    Thresholds t = default_thresholds(step.planned_ms);
    if (step.warning_ms > 0) t.warning_ms = step.warning_ms;
    if (step.danger_ms > 0) t.danger_ms = step.danger_ms;
    return t;
}

std::optional<Speaker> current_speaker(const Session& session) {
    if (session.finished || session.records.empty()) return std::nullopt;
    return current_speaker(current_record(session).turns);
}

bool in_progress(const Session& session) {
    if (session.finished) return false;
    if (!session.content.empty()) return true;
    for (const StepRecord& r : session.records)
        if (r.timer.started) return true;
    return false;
}

bool is_present(const Session& session, Speaker speaker) {
    if (speaker == kFacilitator) return !session.group.facilitator.empty();
    return speaker >= 0 && speaker < static_cast<int>(session.group.participants.size()) && !session.left.count(speaker);
}

int atelier_number(const Session& session) {
    const auto& history = session.group.history;
    for (size_t i = 0; i < history.size(); ++i)
        if (history[i].id == session.atelier_id) return static_cast<int>(i) + 1;
    return static_cast<int>(history.size()) + 1;
}

std::string all_text(const Session& s) {
    std::string text = s.group.name + "\n" + s.group.facilitator + "\n" + s.atelier_name + "\n";
    for (const std::string& p : s.group.participants) text += p + "\n";
    const auto add = [&text](const Text& t) {
        for (const std::string& in_one : t.by_lang) text += in_one + "\n";
    };
    add(s.method.name);
    for (const Step& step : s.method.steps) {
        add(step.name);
        add(step.instruction);
    }
    text += s.content.request + "\n" + s.content.contract + "\n" + s.follow_up.client + "\n";
    for (const std::string& item : s.content.plan) text += item + "\n";
    for (const std::string& item : s.follow_up.plan) text += item + "\n";
    text += s.room.message + "\n";
    return text;
}

int64_t speaking_time(const Session& session, Speaker speaker, int64_t now) {
    int64_t total = 0;
    for (const StepRecord& record : session.records) total += spoken(record.turns, speaker, elapsed(record.timer, now));
    return total;
}

}  // namespace atelier
