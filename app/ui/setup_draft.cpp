#include "ui/setup_screen.hpp"

#include <algorithm>

#include "core/i18n.hpp"

namespace atelier::ui {

void draft_select_method(SetupDraft& d, const ConfigSet& config, int method) {
    if (method < 0 || method >= static_cast<int>(config.methods.size())) return;
    d.method = method;
    d.minutes.clear();
    for (const Step& s : config.methods[static_cast<size_t>(method)].steps)
        d.minutes.push_back(static_cast<int>(s.planned_ms / 60'000));
}

static std::string trimmed(const std::string& s) {
    const auto b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
    return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

bool draft_add_participant(SetupDraft& d) {
    const std::string name = trimmed(d.new_name);
    if (name.empty()) return false;
    if (std::find(d.participants.begin(), d.participants.end(), name) != d.participants.end()) {
        d.error = std::string(tr(d.lang, Word::setup_duplicate)) + " \"" + name + "\"";
        return false;
    }
    d.participants.push_back(name);
    d.new_name.clear();
    d.error.clear();
    return true;
}

void draft_move_participant(SetupDraft& d, int index, int delta) {
    const int other = index + delta, n = static_cast<int>(d.participants.size());
    if (index < 0 || index >= n || other < 0 || other >= n) return;
    std::swap(d.participants[static_cast<size_t>(index)], d.participants[static_cast<size_t>(other)]);
    if (d.client == index) d.client = other;
    else if (d.client == other) d.client = index;
}

void draft_remove_participant(SetupDraft& d, int index) {
    if (index < 0 || index >= static_cast<int>(d.participants.size())) return;
    d.participants.erase(d.participants.begin() + index);
    if (d.client == index) d.client = 0;
    else if (d.client > index) --d.client;
}

std::optional<SetupResult> draft_result(SetupDraft& d, const ConfigSet& config) {
    SetupResult r;
    r.group.name = trimmed(d.group_name);
    r.group.facilitator = trimmed(d.facilitator);
    r.group.participants = d.participants;
    r.group.history = d.history;
    if (const auto problem = validate_group(r.group)) {
        switch (problem->kind) {
            case GroupProblem::Kind::empty_list: d.error = tr(d.lang, Word::setup_no_participant); break;
            case GroupProblem::Kind::empty_name: d.error = tr(d.lang, Word::setup_empty_name); break;
            case GroupProblem::Kind::duplicate_name: d.error = tr(d.lang, Word::setup_duplicate) + (" " + problem->reason.substr(problem->reason.find('"'))); break;
        }
        return std::nullopt;
    }
    if (d.method < 0 || d.method >= static_cast<int>(config.methods.size())) {
        d.error = "method";
        return std::nullopt;
    }
    r.method = config.methods[static_cast<size_t>(d.method)];
    for (size_t i = 0; i < r.method.steps.size() && i < d.minutes.size(); ++i) {
        Step& step = r.method.steps[i];
        step.planned_ms = int64_t{std::clamp(d.minutes[i], 1, 600)} * 60'000;
        // Thresholds written for the shipped length would no longer fit.
        step.warning_ms = std::min(step.warning_ms, step.planned_ms);
        step.danger_ms = std::min(step.danger_ms, step.planned_ms);
    }
    r.method.total_minutes = static_cast<int>(planned_total_ms(r.method) / 60'000) + r.method.margin_minutes;
    r.client = std::clamp(d.client, 0, static_cast<int>(d.participants.size()) - 1);
    r.atelier_name = trimmed(d.atelier_name);
    r.lang = d.lang;
    d.error.clear();
    return r;
}

}  // namespace atelier::ui
