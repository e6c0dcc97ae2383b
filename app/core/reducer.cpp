// The reducer's dispatch, and the commands that move through the atelier:
// next, previous, start/pause, time, steps, rounds, the atelier as a whole.
#include "core/reducer.hpp"

#include <algorithm>

#include "core/format.hpp"
#include "core/invariant.hpp"
#include "core/reducer_support.hpp"
#include "core/summary.hpp"

namespace atelier {

using namespace reducing;

namespace {

constexpr int64_t kMaxStepMs = limits::kStepMs;

bool someone_spoke_in_round(const StepRecord& rec, bool current_passes) {
    const Round& round = rec.turns.rounds.back();
    for (size_t i = 0; i < round.marks.size(); ++i) {
        const bool is_current = static_cast<int>(i) == rec.turns.position;
        if (round.marks[i] == Mark::spoke || (is_current && !current_passes)) return true;
    }
    return false;
}

// Another round is wanted when the facilitator granted it; else when the step
// allows more rounds, someone actually spoke in the last one (a round where
// all passed has exhausted the step), and time remains before the danger phase.
bool wants_new_round(const Session& s, bool current_passes, int64_t now) {
    const Step& step = current_step(s);
    const StepRecord& rec = current_record(s);
    if (step.speaking != SpeakingMode::round || rec.turns.rounds.empty()) return false;
    if (consultants(s.group, s.client, s.left).empty()) return false;
    const int round = round_number(rec.turns);
    if (round < rec.rounds_granted) return true;
    if (step.rounds > 0 && round >= step.rounds) return false;
    return someone_spoke_in_round(rec, current_passes) && remaining(rec.timer, now) > thresholds(step).danger_ms;
}

bool guard_holds(const Session& s, int64_t now) {
    const int64_t since = now - s.step_changed_at;
    return since >= 0 && since < s.rules.step_guard_ms;
}

NextPreview decide_next(const Session& s, bool current_passes, int64_t now) {
    NextPreview next;
    if (s.finished || s.method.steps.empty()) return next;
    next.unblanks = s.blanked;
    const StepRecord& rec = current_record(s);
    const SpeakingMode mode = current_step(s).speaking;
    if (is_turn_mode(mode) && current_speaker(rec.turns) && !at_last_position(rec.turns)) {
        next.kind = Upcoming::speaker;
        next.speaker = rec.turns.rounds.back().order[static_cast<size_t>(rec.turns.position + 1)];
        return next;
    }
    if (wants_new_round(s, current_passes, now)) {
        next.kind = Upcoming::new_round;
        const auto order = round_order(mode, s.group, s.client, s.next_opener, s.left);
        next.speaker = order.empty() ? kNobody : order.front();
        return next;
    }
    next.guarded = guard_holds(s, now);
    if (s.step + 1 < static_cast<int>(s.method.steps.size())) {
        next.kind = Upcoming::step;
        next.step = s.step + 1;
        return next;
    }
    next.kind = Upcoming::summary;
    return next;
}

// Whether every round of a step was drawn up with `client` as the client
// (Previous can step back into an earlier round).
bool roles_hold(const Turns& turns, SpeakingMode mode, int client) {
    for (const Round& round : turns.rounds) {
        const auto& order = round.order;
        if (order.empty()) continue;
        const bool holds = mode == SpeakingMode::client     ? order.front() == client
                           : mode == SpeakingMode::everyone ? std::find(order.begin() + 1, order.end(), client) == order.end()
                           : mode == SpeakingMode::round    ? std::find(order.begin(), order.end(), client) == order.end()
                                                            : true;
        if (!holds) return false;
    }
    return true;
}

void advance_opener(Session& s) { s.next_opener = (s.next_opener + 1) % kMaxOpener; }

// A step that is no longer shown keeps who held the floor last, their turn
// ended (spoke, or passed); coming back gives them the floor again.
void set_floor_mark(StepRecord& rec, bool shown) {
    if (!current_speaker(rec.turns)) return;
    Mark& mark = rec.turns.rounds.back().marks[static_cast<size_t>(rec.turns.position)];
    if (shown) mark = Mark::current;
    else if (mark == Mark::current) mark = Mark::spoke;
}

Session leave_current_step(Session s, int64_t now) {
    StepRecord& rec = record_of(s);
    rec.turns = settled(std::move(rec.turns), elapsed(rec.timer, now));
    set_floor_mark(rec, false);
    rec.timer = paused(rec.timer, now);
    return s;
}

// The current step is shown again (Previous, a jump back, leaving the summary).
void show_again(Session& s, int64_t now) {
    StepRecord& rec = record_of(s);
    if (!roles_hold(rec.turns, current_step(s).speaking, s.client)) {
        // The client changed since this step was shown: its turns start again
        // with today's roles, as a change of client does; time spoken stays.
        const int64_t e = elapsed(rec.timer, now);
        Turns old = settled(std::move(rec.turns), e);
        rec.turns = begin_turns(current_step(s).speaking, s.group, s.client, s.next_opener, s.left);
        rec.turns.spoken_ms = std::move(old.spoken_ms);
        rec.turns.floor_since = e;
        return;
    }
    set_floor_mark(rec, true);
    // Whoever left since then is no longer to come.
    if (is_turn_mode(current_step(s).speaking))
        for (Speaker gone : s.left) rec.turns = without_upcoming(std::move(rec.turns), gone);
}

// Moves to `target`; the clock keeps going if it was going, so a facilitator
// who clicks Next in a running atelier does not have to start every step.
Session enter_step(Session s, int target, int64_t now) {
    const bool was_running = !s.finished && is_running(current_record(s).timer);
    if (!s.finished) s = leave_current_step(std::move(s), now);
    s.finished = false;
    s.step = target;
    s.step_changed_at = now;
    StepRecord& rec = record_of(s);
    if (!rec.visited) {
        rec.visited = true;
        const SpeakingMode mode = current_step(s).speaking;
        rec.turns = begin_turns(mode, s.group, s.client, s.next_opener, s.left);
        if (is_turn_mode(mode)) advance_opener(s);
    } else {
        show_again(s, now);
    }
    if (was_running) rec.timer = resumed(rec.timer, now);
    return s;
}

Outcome finish(Session s, int64_t now) {
    s = leave_current_step(std::move(s), now);
    s.finished = true;
    s.step_changed_at = now;
    if (!in_series(s)) {
        // Held: it joins the series under an id of its own, whatever else was held that day.
        const std::string date = iso_date(now);
        PastAtelier held;
        held.id = next_atelier_id(s.group, date);
        held.date = date;
        held.method_id = s.method.id;
        held.started_at = s.started_at;
        held.finished_at = now;
        const Summary sum = summarize(s, now);
        held.planned_ms = sum.planned_total_ms;
        held.actual_ms = sum.actual_total_ms;
        s.atelier_id = held.id;
        s.group.history.push_back(std::move(held));
    }
    sync_history(s);
    const bool scrub = forget_at_finish(s);
    Outcome out = applied(std::move(s));
    out.scrub = scrub;
    return out;
}

void mark_current(StepRecord& rec, Mark how) {
    if (current_speaker(rec.turns)) rec.turns.rounds.back().marks[static_cast<size_t>(rec.turns.position)] = how;
}

// Next and Pass share this: `how` is how the current speaker's turn ends.
Outcome go_forward(Session s, Mark how, int64_t now) {
    const NextPreview next = decide_next(s, how == Mark::passed, now);
    if (next.guarded) return refused(std::move(s), Why::step_just_changed);
    const int64_t e = step_elapsed(s, now);
    StepRecord& rec = record_of(s);
    switch (next.kind) {
        case Upcoming::speaker:
            rec.turns = advanced(std::move(rec.turns), how, e);
            return applied(std::move(s));
        case Upcoming::new_round: {
            if (how == Mark::passed) mark_current(rec, Mark::passed);
            auto order = round_order(current_step(s).speaking, s.group, s.client, s.next_opener, s.left);
            advance_opener(s);
            rec.turns = with_new_round(std::move(rec.turns), std::move(order), e);
            return applied(std::move(s));
        }
        case Upcoming::step:
            if (how == Mark::passed) mark_current(rec, Mark::passed);
            return applied(enter_step(std::move(s), next.step, now));
        case Upcoming::summary:
            if (how == Mark::passed) mark_current(rec, Mark::passed);
            return finish(std::move(s), now);
        case Upcoming::nothing:
            break;
    }
    return refused(std::move(s), Why::finished);
}

Outcome go_back(Session s, int64_t now) {
    if (s.finished) {
        s.finished = false;
        s.step_changed_at = now;
        show_again(s, now);
        return applied(std::move(s));
    }
    StepRecord& rec = record_of(s);
    if (current_step(s).speaking != SpeakingMode::free && has_previous_position(rec.turns)) {
        rec.turns = stepped_back(std::move(rec.turns), step_elapsed(s, now));
        return applied(std::move(s));
    }
    if (s.step == 0) return refused(std::move(s), Why::no_previous);
    const int target = s.step - 1;
    return applied(enter_step(std::move(s), target, now));
}

Outcome start_pause(Session s, int64_t now) {
    if (s.finished) return refused(std::move(s), Why::finished);
    StepRecord& rec = record_of(s);
    if (!rec.timer.started) {
        rec.timer = started(rec.timer, now);
        if (s.started_at == 0) s.started_at = now;
    } else if (rec.timer.paused) {
        rec.timer = resumed(rec.timer, now);
    } else {
        // A paused step's floor cannot have been taken after the time it ran
        // (the invariant); a running one's can, seen from an earlier `now`.
        rec.turns.floor_since = std::min(rec.turns.floor_since, elapsed(rec.timer, now));
        rec.timer = paused(rec.timer, now);
    }
    return applied(std::move(s));
}

Outcome add_time(Session s, int64_t ms) {
    if (s.finished) return refused(std::move(s), Why::finished);
    StepTimer& timer = record_of(s).timer;
    if (ms < -kMaxStepMs || ms > kMaxStepMs) return refused(std::move(s), Why::too_long);
    const int64_t total = timer.planned_ms + timer.added_ms + ms;
    if (total < 0) return refused(std::move(s), Why::negative_duration);
    if (total > kMaxStepMs) return refused(std::move(s), Why::too_long);
    timer.added_ms += ms;
    return applied(std::move(s));
}

Outcome pass(Session s, int64_t now) {
    if (s.finished) return refused(std::move(s), Why::finished);
    if (!is_turn_mode(current_step(s).speaking)) return refused(std::move(s), Why::not_a_turn_step);
    if (!current_speaker(record_of(s).turns)) return refused(std::move(s), Why::nobody_speaking);
    return go_forward(std::move(s), Mark::passed, now);
}

Outcome jump_to(Session s, int target, int64_t now) {
    if (target < 0 || target >= static_cast<int>(s.method.steps.size())) return refused(std::move(s), Why::no_such_step);
    if (target == s.step && !s.finished) return refused(std::move(s), Why::already_there);
    return applied(enter_step(std::move(s), target, now));
}

Outcome one_more_round(Session s) {
    if (s.finished) return refused(std::move(s), Why::finished);
    if (current_step(s).speaking != SpeakingMode::round) return refused(std::move(s), Why::not_a_round_step);
    StepRecord& rec = record_of(s);
    const int round = round_number(rec.turns);
    const int granted = std::min(std::max(rec.rounds_granted, round) + 1, round + 9);
    if (granted == rec.rounds_granted) return refused(std::move(s), Why::already_there);
    rec.rounds_granted = granted;
    return applied(std::move(s));
}

// Before a step starts, its minutes are the plan; once it runs, a change is
// time added or removed, so the summary still shows what the method planned.
Outcome set_step_minutes(Session s, int step, int minutes) {
    if (step < 0 || step >= static_cast<int>(s.method.steps.size())) return refused(std::move(s), Why::no_such_step);
    if (minutes < 0) return refused(std::move(s), Why::negative_duration);
    const int64_t ms = int64_t{minutes} * 60'000;
    if (ms > kMaxStepMs) return refused(std::move(s), Why::too_long);
    StepRecord& rec = s.records[static_cast<size_t>(step)];
    Step& planned = s.method.steps[static_cast<size_t>(step)];
    if (rec.timer.planned_ms + rec.timer.added_ms == ms) return refused(std::move(s), Why::already_there);
    if (rec.timer.started) {
        rec.timer.added_ms = ms - rec.timer.planned_ms;
    } else {
        planned.planned_ms = rec.timer.planned_ms = ms;
        rec.timer.added_ms = 0;
        planned.warning_ms = std::min(planned.warning_ms, ms);
        planned.danger_ms = std::min(planned.danger_ms, ms);
    }
    return applied(std::move(s));
}

}  // namespace

int next_client(const Session& s, const Group& group, bool continues_series) {
    const Group* series = continues_series ? &s.group : &group;
    // The atelier on the wall and not over stays with its client (preparing
    // again the very atelier under way); after it, someone not yet client.
    if (continues_series && !s.finished) {
        const std::string current = speaker_name(s.group, s.client);
        for (size_t i = 0; i < group.participants.size(); ++i)
            if (group.participants[i] == current) return static_cast<int>(i);
    }
    Group people = group;
    people.history = series->history;
    return suggest_client(people);
}

namespace {

Outcome new_atelier(Session s, const cmd::NewAtelier& c, int64_t now) {
    if (in_progress(s) && !c.replace) return refused(std::move(s), Why::under_way);
    if (validate_group(c.group)) return refused(std::move(s), Why::bad_group);
    if (find_method_violation(c.method)) return refused(std::move(s), Why::bad_method);
    Group group = c.group;
    // The series as it stands now, with the atelier just held in it.
    if (c.continues_series) group.history = s.group.history;
    const int client = c.client >= 0 ? c.client : next_client(s, c.group, c.continues_series);
    if (client < 0 || client >= static_cast<int>(group.participants.size())) return refused(std::move(s), Why::no_such_participant);
    const bool scrub = s.rules.forget_when_finished && !s.content.empty();
    Session fresh = new_session(std::move(group), c.method, client, c.atelier_name);
    fresh.lang = c.lang;
    fresh.rules = s.rules;
    fresh.step_changed_at = now;
    // What the checks above do not cover (the series' names and plans, the
    // method's minutes) the invariant does: a new atelier must be one that saves and loads.
    if (const auto broken = find_violation(fresh)) return refused(std::move(s), broken->part == Violation::Part::method ? Why::bad_method : Why::bad_group);
    Outcome out = applied(std::move(fresh));
    out.scrub = scrub;
    return out;
}

Outcome set_rules(Session s, const cmd::SetRules& c) {
    std::vector<Lang> languages;
    for (Lang l : c.languages)  // each once, in order
        if (static_cast<size_t>(l) < kLangCount && std::find(languages.begin(), languages.end(), l) == languages.end())
            languages.push_back(l);
    if (languages.empty()) languages = {Lang::fr, Lang::en};
    const Rules rules{std::clamp<int64_t>(c.step_guard_ms, 0, kMaxStepGuardMs), c.forget_when_finished, c.keep_plan,
                      std::move(languages)};
    if (rules == s.rules) return refused(std::move(s), Why::already_there);
    s.rules = rules;
    return applied(std::move(s));
}

// The language after the one on the wall (or after the one already
// proposed) in the rules' cycle; a language outside the cycle proposes its first.
Outcome propose_next_lang(Session s) {
    const std::vector<Lang>& cycle = s.rules.languages;
    if (cycle.empty()) return refused(std::move(s), Why::already_there);
    const Lang from = s.pending == Pending::language ? s.proposed_lang : s.lang;
    const auto at = std::find(cycle.begin(), cycle.end(), from);
    Lang next = at == cycle.end() || at + 1 == cycle.end() ? cycle.front() : *(at + 1);
    if (s.pending != Pending::language && next == s.lang) return refused(std::move(s), Why::already_there);  // a cycle of one
    s.pending = Pending::language;
    s.proposed_lang = next;
    return noted(std::move(s));
}

Outcome confirm(Session s, int64_t now) {
    const Pending pending = s.pending;
    s.pending = Pending::none;
    if (pending == Pending::none) return refused(std::move(s), Why::nothing_pending);
    if (pending == Pending::quit) {
        Outcome out = noted(std::move(s));
        out.quit = true;
        return out;
    }
    if (pending == Pending::language) {
        if (s.lang == s.proposed_lang) return refused(std::move(s), Why::already_there);
        s.lang = s.proposed_lang;
        return applied(std::move(s));
    }
    // Restarting keeps who the atelier is for and what was said: only time and turns restart.
    Session fresh = new_session(s.group, s.method, s.client, s.atelier_name);
    auto& history = fresh.group.history;
    history.erase(std::remove_if(history.begin(), history.end(), [&](const PastAtelier& p) { return p.id == s.atelier_id; }),
                  history.end());
    fresh.follow_up = s.follow_up;
    fresh.lang = s.lang;
    fresh.rules = s.rules;
    fresh.content = s.content;
    fresh.step_changed_at = now;
    return applied(std::move(fresh));
}

// While the wall is blanked, the clicker's buttons bring it back and do
// nothing else, as in presentation software: the room sees every change.
bool unblanks_only(const Command& c) {
    return std::holds_alternative<cmd::Next>(c) || std::holds_alternative<cmd::Previous>(c) ||
           std::holds_alternative<cmd::StartPause>(c) || std::holds_alternative<cmd::Pass>(c);
}

}  // namespace

NextPreview preview_next(const Session& s, int64_t now) { return decide_next(s, false, now); }

RoundPlan round_plan(const Session& s, int64_t now) {
    RoundPlan plan;
    if (s.finished || current_step(s).speaking != SpeakingMode::round) return plan;
    const Step& step = current_step(s);
    const StepRecord& rec = current_record(s);
    plan.round_step = true;
    plan.round = round_number(rec.turns);
    plan.limit = step.rounds > 0 ? std::max(step.rounds, rec.rounds_granted) : 0;
    plan.until_ms = thresholds(step).danger_ms;
    plan.last = plan.round >= rec.rounds_granted && ((plan.limit > 0 && plan.round >= plan.limit) ||
                                                     remaining(rec.timer, now) <= plan.until_ms);
    return plan;
}

Outcome reduce(Session s, const Command& command, int64_t now) {
    const bool is_confirmation =
        std::holds_alternative<cmd::Confirm>(command) || std::holds_alternative<cmd::Cancel>(command);
    // Any other command withdraws a pending quit or reset: a confirmation
    // must follow its request directly.
    const bool proposing_again = s.pending == Pending::language && std::holds_alternative<cmd::ToggleLang>(command);
    if (!is_confirmation && !proposing_again) s.pending = Pending::none;
    if (s.blanked && unblanks_only(command)) {
        s.blanked = false;
        return applied(std::move(s));
    }
    if (on_break(s) && unblanks_only(command)) {
        s.room.break_until = 0;
        return applied(std::move(s));
    }

    return std::visit(
        [&](const auto& c) -> Outcome {
            using C = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<C, cmd::Next>) {
                if (s.finished) return refused(std::move(s), Why::finished);
                return go_forward(std::move(s), Mark::spoke, now);
            } else if constexpr (std::is_same_v<C, cmd::Previous>) {
                return go_back(std::move(s), now);
            } else if constexpr (std::is_same_v<C, cmd::StartPause>) {
                return start_pause(std::move(s), now);
            } else if constexpr (std::is_same_v<C, cmd::ToggleBlank>) {
                s.blanked = !s.blanked;
                return applied(std::move(s));
            } else if constexpr (std::is_same_v<C, cmd::AddTime>) {
                return add_time(std::move(s), c.ms);
            } else if constexpr (std::is_same_v<C, cmd::Pass>) {
                return pass(std::move(s), now);
            } else if constexpr (std::is_same_v<C, cmd::JumpTo>) {
                return jump_to(std::move(s), c.step, now);
            } else if constexpr (std::is_same_v<C, cmd::GiveFloor>) {
                return give_floor(std::move(s), c.participant, now);
            } else if constexpr (std::is_same_v<C, cmd::RotateOrder>) {
                return reorder_rotate(std::move(s), now);
            } else if constexpr (std::is_same_v<C, cmd::ShuffleOrder>) {
                return reorder_shuffle(std::move(s), c.seed, now);
            } else if constexpr (std::is_same_v<C, cmd::MoveInOrder>) {
                return move_in_order(std::move(s), c.who, c.to, now);
            } else if constexpr (std::is_same_v<C, cmd::OneMoreRound>) {
                return one_more_round(std::move(s));
            } else if constexpr (std::is_same_v<C, cmd::SetStepMinutes>) {
                return set_step_minutes(std::move(s), c.step, c.minutes);
            } else if constexpr (std::is_same_v<C, cmd::AddParticipant>) {
                return add_participant(std::move(s), c, now);
            } else if constexpr (std::is_same_v<C, cmd::ParticipantLeft>) {
                return participant_left(std::move(s), c.participant, now);
            } else if constexpr (std::is_same_v<C, cmd::ParticipantBack>) {
                return participant_back(std::move(s), c.participant, now);
            } else if constexpr (std::is_same_v<C, cmd::Rename>) {
                return rename(std::move(s), c.who, c.name);
            } else if constexpr (std::is_same_v<C, cmd::ChangeClient>) {
                return change_client(std::move(s), c.participant, now);
            } else if constexpr (std::is_same_v<C, cmd::SetRequest>) {
                return set_request(std::move(s), c.text, false);
            } else if constexpr (std::is_same_v<C, cmd::SetContract>) {
                return set_request(std::move(s), c.text, true);
            } else if constexpr (std::is_same_v<C, cmd::AddPlanItem>) {
                return add_plan_item(std::move(s), c.text);
            } else if constexpr (std::is_same_v<C, cmd::EditPlanItem>) {
                return edit_plan_item(std::move(s), c.index, c.text);
            } else if constexpr (std::is_same_v<C, cmd::ForgetContent>) {
                return forget_content(std::move(s), c.keep_plan);
            } else if constexpr (std::is_same_v<C, cmd::Restore>) {
                if (find_violation(c.session)) return refused(std::move(s), Why::bad_state);
                Session restored = c.session;
                restored.pending = Pending::none;
                Outcome out = applied(std::move(restored));
                out.scrub = true;  // what the backup holds is no longer the atelier
                return out;
            } else if constexpr (std::is_same_v<C, cmd::SetLang>) {
                if (s.lang == c.lang) return refused(std::move(s), Why::already_there);
                s.lang = c.lang;
                return applied(std::move(s));
            } else if constexpr (std::is_same_v<C, cmd::ToggleLang>) {
                return propose_next_lang(std::move(s));
            } else if constexpr (std::is_same_v<C, cmd::SetRules>) {
                return set_rules(std::move(s), c);
            } else if constexpr (std::is_same_v<C, cmd::NewAtelier>) {
                return new_atelier(std::move(s), c, now);
            } else if constexpr (std::is_same_v<C, cmd::RequestQuit>) {
                s.pending = Pending::quit;
                return noted(std::move(s));
            } else if constexpr (std::is_same_v<C, cmd::RequestReset>) {
                s.pending = Pending::reset;
                return noted(std::move(s));
            } else if constexpr (std::is_same_v<C, cmd::StartBreak>) {
                return start_break(std::move(s), c.until, now);
            } else if constexpr (std::is_same_v<C, cmd::EndBreak>) {
                return end_break(std::move(s));
            } else if constexpr (std::is_same_v<C, cmd::SetMessage>) {
                return set_message(std::move(s), c.text);
            } else if constexpr (std::is_same_v<C, cmd::Confirm>) {
                return confirm(std::move(s), now);
            } else {
                static_assert(std::is_same_v<C, cmd::Cancel>);
                if (s.pending == Pending::none) return refused(std::move(s), Why::nothing_pending);
                s.pending = Pending::none;
                return noted(std::move(s));
            }
        },
        command);
}

}  // namespace atelier
