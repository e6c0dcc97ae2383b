#include "core/prepare_draft.hpp"

#include <algorithm>

#include "core/i18n_console.hpp"
#include "core/reducer.hpp"
#include "core/text.hpp"

namespace atelier {

namespace {

int method_index(const ConfigSet& config, const std::string& id) {
    for (size_t i = 0; i < config.methods.size(); ++i)
        if (config.methods[i].id == id) return static_cast<int>(i);
    for (size_t i = 0; i < config.methods.size(); ++i)
        if (config.methods[i].id == config.settings.method) return static_cast<int>(i);
    return 0;
}

}  // namespace

PrepareDraft draft_from_group(const GroupFile& g, const std::string& path, const ConfigSet& config, Lang lang) {
    PrepareDraft d;
    d.source_path = path;
    d.group_name = g.group.name;
    d.facilitator = g.group.facilitator;
    d.participants = g.group.participants;
    d.history = g.group.history;
    d.series_size = g.group.series_size;
    d.lang = lang;
    d.atelier_name = g.atelier_name;
    draft_select_method(d, config, method_index(config, g.method_id));
    return d;
}

PrepareDraft draft_from_session(const Session& s, const ConfigSet& config) {
    PrepareDraft d = draft_from_group({s.group, s.atelier_name, s.method.id}, "", config, s.lang);
    d.continues_series = true;
    d.history.clear();  // the session's series, read when needed: this copy would go stale
    return d;
}

PrepareDraft draft_new_group(const ConfigSet& config, Lang lang) {
    PrepareDraft d;
    d.lang = lang;
    d.participants = {""};
    draft_select_method(d, config, method_index(config, config.settings.method));
    return d;
}

void draft_select_method(PrepareDraft& d, const ConfigSet& config, int method) {
    if (method < 0 || method >= static_cast<int>(config.methods.size())) return;
    d.method = method;
    d.minutes.clear();
    for (const Step& s : config.methods[static_cast<size_t>(method)].steps)
        d.minutes.push_back(static_cast<int>(s.planned_ms / 60'000));
}

int draft_insert_row(PrepareDraft& d, int index) {
    const int at = std::clamp(index + 1, 0, static_cast<int>(d.participants.size()));
    d.participants.insert(d.participants.begin() + at, "");
    if (d.client >= at) ++d.client;
    d.dirty = true;
    return at;
}

void draft_move_row(PrepareDraft& d, int index, int delta) {
    const int other = index + delta, n = static_cast<int>(d.participants.size());
    if (index < 0 || index >= n || other < 0 || other >= n) return;
    std::swap(d.participants[static_cast<size_t>(index)], d.participants[static_cast<size_t>(other)]);
    if (d.client == index) d.client = other;
    else if (d.client == other) d.client = index;
    d.dirty = true;
}

void draft_remove_row(PrepareDraft& d, int index) {
    if (index < 0 || index >= static_cast<int>(d.participants.size())) return;
    d.participants.erase(d.participants.begin() + index);
    if (d.client == index) d.client = -1;
    else if (d.client > index) --d.client;
    if (d.participants.empty()) d.participants.emplace_back();
    d.dirty = true;
}

namespace {
int held_series_size(int n) { return std::clamp(n, 1, kMaxSeriesSize); }
int held_step_minutes(int minutes) { return std::clamp(minutes, 1, limits::kStepMinutes); }
}  // namespace

void draft_hold_to_limits(PrepareDraft& d) {
    d.series_size = held_series_size(d.series_size);
    for (int& minutes : d.minutes) minutes = held_step_minutes(minutes);
}

Group draft_group(const PrepareDraft& d, const Session& session) {
    Group g;
    g.name = tidy_text(d.group_name, limits::kGroupNameChars).value_or(d.group_name);
    g.facilitator = clean_name(d.facilitator).value_or("");
    for (const std::string& name : d.participants)
        if (const auto clean = clean_name(name)) g.participants.push_back(*clean);
    g.history = d.continues_series ? session.group.history : d.history;
    g.series_size = held_series_size(d.series_size);
    return g;
}

int draft_group_index(const PrepareDraft& d, int row) {
    int kept = 0;
    for (int i = 0; i < static_cast<int>(d.participants.size()); ++i) {
        const bool empty = !clean_name(d.participants[static_cast<size_t>(i)]);
        if (i == row) return empty ? -1 : kept;
        if (!empty) ++kept;
    }
    return -1;
}

int draft_client(const PrepareDraft& d, const Session& session) {
    const Group g = draft_group(d, session);
    if (d.client >= 0) {
        const int kept = draft_group_index(d, d.client);
        if (kept >= 0) return kept;
    }
    return next_client(session, g, d.continues_series);
}

std::optional<cmd::NewAtelier> draft_result(PrepareDraft& d, const ConfigSet& config, const Session& session, bool replace) {
    const Group g = draft_group(d, session);
    for (const std::string& name : d.participants) {
        if (!name.empty() && !clean_name(name)) {
            d.error = console_tr(d.lang, CWord::prepare_bad_name) + (" " + quoted(d.lang, name));
            return std::nullopt;
        }
    }
    if (const auto problem = validate_group(g)) {
        switch (problem->kind) {
            case GroupProblem::Kind::empty_list: d.error = console_tr(d.lang, CWord::prepare_no_participant); break;
            case GroupProblem::Kind::duplicate_name:
                d.error = console_tr(d.lang, CWord::prepare_duplicate) + (" " + quoted(d.lang, problem->name));
                break;
            default: d.error = console_tr(d.lang, CWord::prepare_bad_name) + (" " + problem->field); break;
        }
        return std::nullopt;
    }
    if (d.method < 0 || d.method >= static_cast<int>(config.methods.size())) {
        d.error = console_tr(d.lang, CWord::prepare_method);
        return std::nullopt;
    }
    cmd::NewAtelier out;
    out.group = g;
    out.method = config.methods[static_cast<size_t>(d.method)];
    for (size_t i = 0; i < out.method.steps.size() && i < d.minutes.size(); ++i) {
        Step& step = out.method.steps[i];
        step.planned_ms = int64_t{held_step_minutes(d.minutes[i])} * 60'000;
        // Thresholds written for the shipped length would no longer fit.
        step.warning_ms = std::min(step.warning_ms, step.planned_ms);
        step.danger_ms = std::min(step.danger_ms, step.planned_ms);
    }
    out.method.total_minutes = static_cast<int>(planned_total_ms(out.method) / 60'000) + out.method.margin_minutes;
    // A client the facilitator chose; else the reducer picks the one a
    // facilitator expects, from the series as it stands when the atelier starts.
    out.client = d.client >= 0 ? draft_group_index(d, d.client) : -1;
    out.continues_series = d.continues_series;
    out.replace = replace;
    out.atelier_name = tidy_text(d.atelier_name, limits::kGroupNameChars).value_or("");
    out.lang = d.lang;
    d.error.clear();
    return out;
}

}  // namespace atelier
