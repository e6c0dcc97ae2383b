#include "core/invariant.hpp"

#include <algorithm>
#include <set>

#include "core/text.hpp"

namespace atelier {

namespace {

constexpr int64_t kMaxStepMs = limits::kStepMs;

// Thrown inside this file only, caught by find_violation.
struct Broken {
    std::string field, reason;
    Violation::Part part = Violation::Part::other;
};

void require(bool ok, const std::string& field, const std::string& reason) {
    if (!ok) throw Broken{field, reason};
}

std::string at(const std::string& base, size_t i) { return base + "[" + std::to_string(i) + "]"; }

bool within(int64_t v, int64_t lo, int64_t hi) { return v >= lo && v <= hi; }

void check_text_list(const std::vector<std::string>& items, const std::string& field) {
    require(items.size() <= kMaxPlanItems, field, "more than " + std::to_string(kMaxPlanItems) + " items");
    for (size_t i = 0; i < items.size(); ++i) {
        const auto tidy = tidy_text(items[i], kMaxPlanItemChars);
        require(tidy && *tidy == items[i] && !items[i].empty(), at(field, i), "not a tidy, non-empty text of at most " +
                                                                           std::to_string(kMaxPlanItemChars) + " characters");
    }
}

// A text of a method, in each language: clean (UTF-8, no control character) and not too long.
void check_method_text(const std::string& text, size_t max_chars, const std::string& field, bool required) {
    require(is_clean_text(text) && char_count(text) <= max_chars && (!required || !text.empty()), field,
            required ? "not a clean, non-empty text of at most " + std::to_string(max_chars) + " characters"
                     : "not a clean text of at most " + std::to_string(max_chars) + " characters");
}

void check_method_text(const Text& text, size_t max_chars, const std::string& field) {
    for (size_t i = 0; i < kLangCount; ++i)
        check_method_text(text.by_lang[i], max_chars, field + "." + lang_id(static_cast<Lang>(i)), false);
}

void check_method(const Method& m) {
    check_method_text(m.id, limits::kIdChars, "method.id", true);
    check_method_text(m.name, limits::kTitleChars, "method.name");
    require(!m.steps.empty(), "method.steps", "no step");
    require(m.steps.size() <= static_cast<size_t>(limits::kSteps), "method.steps", "more than " + std::to_string(limits::kSteps) + " steps");
    require(within(m.total_minutes, 0, limits::kMethodMinutes) && within(m.margin_minutes, 0, limits::kMethodMinutes),
            "method.total_minutes", "out of range");
    for (size_t i = 0; i < m.steps.size(); ++i) {
        const Step& s = m.steps[i];
        const std::string f = at("method.steps", i);
        check_method_text(s.id, limits::kIdChars, f + ".id", true);
        check_method_text(s.number, limits::kStepNumberChars, f + ".number", false);
        check_method_text(s.name, limits::kTitleChars, f + ".name");
        check_method_text(s.instruction, limits::kInstructionChars, f + ".instruction");
        require(within(s.planned_ms, 0, kMaxStepMs), f + ".planned_ms", "not between 0 and 10 hours");
        require(within(s.rounds, 0, limits::kRounds), f + ".rounds", "not between 0 and " + std::to_string(limits::kRounds));
        require(within(s.warning_ms, 0, kMaxStepMs) && within(s.danger_ms, 0, kMaxStepMs), f + ".warning_ms",
                "not between 0 and 10 hours");
        require(static_cast<int>(s.speaking) >= 0 && static_cast<int>(s.speaking) <= static_cast<int>(SpeakingMode::free),
                f + ".speaking", "unknown speaking mode");
        require(static_cast<int>(s.client) >= 0 && static_cast<int>(s.client) <= static_cast<int>(ClientActivity::back_turned),
                f + ".client", "unknown client activity");
        require(static_cast<int>(s.board) >= 0 && static_cast<int>(s.board) <= static_cast<int>(Board::follow_up),
                f + ".board", "unknown board");
    }
}

bool is_iso_date(const std::string& d) {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (d[i] < '0' || d[i] > '9') return false;
    return true;
}

void check_request(const std::string& text, const std::string& field) {
    require(tidy_text(text, kMaxRequestChars) == text, field, "not a tidy text of at most " + std::to_string(kMaxRequestChars) + " characters");
}

void check_group(const Session& s) {
    if (const auto problem = validate_group(s.group)) throw Broken{"group." + problem->field, problem->reason};
    require(s.group.history.size() <= static_cast<size_t>(limits::kSeriesHeld), "group.history",
            "more than " + std::to_string(limits::kSeriesHeld) + " ateliers");
    std::set<std::string> ids;
    for (size_t i = 0; i < s.group.history.size(); ++i) {
        const PastAtelier& past = s.group.history[i];
        const std::string f = at("group.history", i);
        require(!past.id.empty() && past.id.size() <= 40 && is_clean_text(past.id), f + ".id", "not an id");
        require(ids.insert(past.id).second, f + ".id", "the same id twice in the series");
        require(is_iso_date(past.date), f + ".date", "not a date like 2026-10-20");
        require(tidy_text(past.client, kMaxNameChars) == past.client && !past.client.empty(), f + ".client", "not a tidy name");
        require(tidy_text(past.method_id, kMaxNameChars) == past.method_id, f + ".method", "not a tidy id");
        check_request(past.request, f + ".request");
        check_request(past.contract, f + ".contract");
        check_text_list(past.plan, f + ".plan");
        require(within(past.started_at, 0, kMaxClockMs) && within(past.finished_at, 0, kMaxClockMs), f + ".started_at", "out of range");
        require(within(past.planned_ms, 0, kMaxDurationMs) && within(past.actual_ms, 0, kMaxDurationMs), f + ".planned_ms", "out of range");
    }
}

void check_presence(const Session& s) {
    require(s.presence.size() <= 1000, "presence", "more than 1000 arrivals and departures");
    for (size_t i = 0; i < s.presence.size(); ++i) {
        const Presence& p = s.presence[i];
        require(p.who >= 0 && p.who < static_cast<int>(s.group.participants.size()), at("presence", i) + ".who", "no such participant");
        require(within(p.at, -kMaxClockMs, kMaxClockMs), at("presence", i) + ".at", "out of range");
        require(p.kind == Presence::Kind::arrived || p.kind == Presence::Kind::left || p.kind == Presence::Kind::back,
                at("presence", i) + ".kind", "unknown");
    }
}

bool is_speaker(const Session& s, Speaker who) {
    if (who == kFacilitator) return !s.group.facilitator.empty();
    return who >= 0 && who < static_cast<int>(s.group.participants.size());
}

void check_round(const Session& s, const Round& round, SpeakingMode mode, const std::string& f) {
    require(round.marks.size() == round.order.size(), f, "not one mark per speaker");
    std::set<Speaker> seen;
    for (size_t k = 0; k < round.order.size(); ++k) {
        const Speaker who = round.order[k];
        require(is_speaker(s, who), at(f, k), "no such speaker " + std::to_string(who));
        if (mode == SpeakingMode::round || mode == SpeakingMode::everyone)
            require(seen.insert(who).second, at(f, k), "speaks twice in one round");
        if (mode == SpeakingMode::free && k > 0) require(who != round.order[k - 1], at(f, k), "takes the floor from themselves");
    }
    if (mode == SpeakingMode::client) require(round.order.size() <= 1, f, "more than the client in a client step");
    if (mode == SpeakingMode::everyone) {
        const auto it = std::find(round.order.begin(), round.order.end(), kFacilitator);
        require(it == round.order.end() || it + 1 == round.order.end(), f, "the facilitator does not close the round");
    }
}

void check_turns(const Session& s, const StepRecord& rec, size_t index, const std::string& f) {
    const Turns& t = rec.turns;
    const SpeakingMode mode = s.method.steps[index].speaking;
    const bool shown = static_cast<int>(index) == s.step && !s.finished;
    if (!rec.visited) {
        require(t == Turns{}, f + ".round_orders", "turns in a step never visited");
        return;
    }
    require(!t.rounds.empty(), f + ".round_orders", "a visited step without a round");
    for (size_t r = 0; r < t.rounds.size(); ++r) {
        const Round& round = t.rounds[r];
        const std::string rf = at(f + ".round_marks", r);
        check_round(s, round, mode, rf);
        if (r + 1 < t.rounds.size()) {
            require(!round.order.empty(), at(f + ".round_orders", r), "an empty round before the last");
            for (size_t k = 0; k < round.marks.size(); ++k)
                require(round.marks[k] == Mark::spoke || round.marks[k] == Mark::passed, at(rf, k), "a finished round with a turn to come");
        }
    }
    const Round& last = t.rounds.back();
    const int size = static_cast<int>(last.order.size());
    if (size == 0) {
        require(t.position == 0 && t.rounds.size() == 1, f + ".position", "outside the round");
    } else {
        require(t.position >= 0 && t.position < size, f + ".position", "outside the round");
        for (int k = 0; k < size; ++k) {
            const Mark m = last.marks[static_cast<size_t>(k)];
            const std::string mf = at(at(f + ".round_marks", t.rounds.size() - 1), static_cast<size_t>(k));
            if (k < t.position) require(m == Mark::spoke || m == Mark::passed, mf, "a turn before the current one did not end");
            if (k == t.position && shown) require(m == Mark::current, mf, "the speaker at the position is not marked current");
            if (k == t.position && !shown) require(m == Mark::spoke || m == Mark::passed, mf, "a step not shown has a turn going on");
            if (k > t.position) require(m == Mark::upcoming, mf, "a turn after the current one is not upcoming");
        }
    }
    require(within(t.floor_since, 0, kMaxDurationMs), f + ".floor_since", "out of range");
    if (!is_running(rec.timer)) require(t.floor_since <= elapsed(rec.timer, 0), f + ".floor_since", "after the time the step ran");
    for (const auto& [who, ms] : t.spoken_ms) {
        require(is_speaker(s, who), f + ".spoken_by", "no such speaker " + std::to_string(who));
        require(within(ms, 0, kMaxDurationMs), f + ".spoken_ms", "out of range");
    }
    require(within(rec.rounds_granted, 0, 1000), f + ".rounds_granted", "out of range");
    // The current step follows the current roles.
    if (shown && size > 0) {
        if (mode == SpeakingMode::round)
            require(std::find(last.order.begin(), last.order.end(), s.client) == last.order.end(), f + ".round_orders",
                    "the client is among the consultants");
        if (mode == SpeakingMode::everyone)
            require(std::find(last.order.begin() + 1, last.order.end(), s.client) == last.order.end(), f + ".round_orders",
                    "the client does not open the round");
        if (mode == SpeakingMode::client) require(last.order.front() == s.client, f + ".round_orders", "the floor is not the client's");
    }
}

void check_record(const Session& s, const StepRecord& rec, size_t i) {
    const std::string f = at("records", i);
    const StepTimer& t = rec.timer;
    require(t.planned_ms == s.method.steps[i].planned_ms, f + ".timer.planned_ms", "differs from the method's step");
    require(within(t.added_ms, -kMaxStepMs, kMaxStepMs) && within(t.planned_ms + t.added_ms, 0, kMaxStepMs),
            f + ".timer.added_ms", "the step would last less than 0 or more than 10 hours");
    require(within(t.started_at, -kMaxClockMs, kMaxClockMs) && within(t.paused_at, -kMaxClockMs, kMaxClockMs),
            f + ".timer.started_at", "out of range");
    require(within(t.paused_total, 0, kMaxDurationMs), f + ".timer.paused_total", "out of range");
    if (!t.started) require(!t.paused && t.paused_total == 0, f + ".timer.paused", "a timer never started is paused");
    if (t.paused) require(t.paused_at - t.started_at - t.paused_total >= 0, f + ".timer.paused_total", "paused longer than it ran");
    const bool current = static_cast<int>(i) == s.step && !s.finished;
    if (!current) require(!is_running(t), f + ".timer", "runs while another step is shown");
    if (static_cast<int>(i) == s.step) require(rec.visited, f + ".visited", "the current step is not visited");
    if (!rec.visited) require(!t.started && rec.rounds_granted == 0, f + ".timer", "a step never visited has run");
    check_turns(s, rec, i, f);
}

void check_session(const Session& s) {
    try {
        check_method(s.method);
    } catch (Broken& b) {
        b.part = Violation::Part::method;
        throw;
    }
    require(s.records.size() == s.method.steps.size(), "records", "not one record per step");
    require(s.step >= 0 && s.step < static_cast<int>(s.method.steps.size()), "step", "no such step");
    try {
        check_group(s);
    } catch (Broken& b) {
        b.part = Violation::Part::group;
        throw;
    }
    check_presence(s);
    const int n = static_cast<int>(s.group.participants.size());
    require(s.client >= 0 && s.client < n, "client", "no such participant");
    require(!s.left.count(s.client), "left", "the client has left");
    for (Speaker who : s.left) require(who >= 0 && who < n, "left", "no such participant " + std::to_string(who));
    require(static_cast<size_t>(s.lang) < kLangCount, "lang", "unknown language");
    require(s.next_opener >= 0 && s.next_opener < kMaxOpener, "next_opener", "out of range");
    require(within(s.step_changed_at, -kMaxClockMs, kMaxClockMs), "step_changed_at", "out of range");
    require(within(s.rules.step_guard_ms, 0, kMaxStepGuardMs), "rules.step_guard_ms", "out of range");
    require(s.pending == Pending::none || s.pending == Pending::quit || s.pending == Pending::reset || s.pending == Pending::language,
            "pending", "unknown");
    require(static_cast<size_t>(s.proposed_lang) < kLangCount, "proposed_lang", "unknown language");
    require(!s.rules.languages.empty(), "rules.languages", "no language");
    for (Lang l : s.rules.languages) require(static_cast<size_t>(l) < kLangCount, "rules.languages", "unknown language");
    const auto request = tidy_text(s.content.request, kMaxRequestChars), contract = tidy_text(s.content.contract, kMaxRequestChars);
    require(request == s.content.request, "content.request", "not a tidy text of at most " + std::to_string(kMaxRequestChars) + " characters");
    require(contract == s.content.contract, "content.contract", "not a tidy text of at most " + std::to_string(kMaxRequestChars) + " characters");
    check_text_list(s.content.plan, "content.plan");
    require(tidy_text(s.follow_up.client, kMaxNameChars) == s.follow_up.client, "follow_up.client", "not a tidy name");
    require(tidy_text(s.atelier_name, limits::kGroupNameChars) == s.atelier_name, "atelier_name",
            "not a tidy text of at most " + std::to_string(limits::kGroupNameChars) + " characters");
    check_text_list(s.follow_up.plan, "follow_up.plan");
    if (s.finished) require(in_series(s), "atelier_id", "a finished atelier is not in the series");
    if (in_series(s)) {
        const PastAtelier* mine = find_in_series(s.group, s.atelier_id);
        require(mine != nullptr, "atelier_id", "no atelier of the series has this id");
        require(mine->client == s.group.participants[static_cast<size_t>(s.client)], "group.history", "this atelier's client differs");
        require(mine->plan == s.content.plan, "group.history", "this atelier's plan differs");
        require(mine->request == s.content.request && mine->contract == s.content.contract, "group.history",
                "this atelier's request or contract differs");
    }
    require(within(s.started_at, 0, kMaxClockMs), "started_at", "out of range");
    require(within(s.room.break_until, 0, kMaxClockMs), "room.break_until", "out of range");
    require(tidy_text(s.room.message, limits::kMessageChars) == s.room.message, "room.message",
            "not a tidy text of at most " + std::to_string(limits::kMessageChars) + " characters");
    for (size_t i = 0; i < s.records.size(); ++i) check_record(s, s.records[i], i);
}

}  // namespace

std::optional<Violation> find_method_violation(const Method& method) {
    try {
        check_method(method);
    } catch (const Broken& b) {
        return Violation{b.field, b.reason, Violation::Part::method};
    }
    return std::nullopt;
}

std::optional<Violation> find_violation(const Session& session) {
    try {
        check_session(session);
    } catch (const Broken& b) {
        return Violation{b.field, b.reason, b.part};
    }
    return std::nullopt;
}

}  // namespace atelier
