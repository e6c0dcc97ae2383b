#include "core/reducer.hpp"

#include <algorithm>

#include "core/format.hpp"

namespace atelier {
namespace {

StepRecord& record_of(Session& s) { return s.records[static_cast<size_t>(s.step)]; }
int64_t step_elapsed(const Session& s, int64_t now) { return elapsed(current_record(s).timer, now); }

bool is_turn_mode(SpeakingMode mode) { return mode == SpeakingMode::round || mode == SpeakingMode::everyone; }

// Another round is wanted when the step allows more rounds, someone actually
// spoke in the last one (a round where all passed has exhausted the step), and
// time remains before the danger phase.
bool wants_new_round(const Session& s, bool current_passes, int64_t now) {
    const Step& step = current_step(s);
    const StepRecord& rec = current_record(s);
    if (step.speaking != SpeakingMode::round || rec.turns.rounds.empty()) return false;
    if (step.rounds > 0 && round_number(rec.turns) >= step.rounds) return false;
    if (consultants(s.group, s.client).empty()) return false;
    const Round& round = rec.turns.rounds.back();
    bool someone_spoke = false;
    for (size_t i = 0; i < round.marks.size(); ++i) {
        const bool is_current = static_cast<int>(i) == rec.turns.position;
        if (round.marks[i] == Mark::spoke || (is_current && !current_passes)) someone_spoke = true;
    }
    return someone_spoke && remaining(rec.timer, now) > thresholds(step).danger_ms;
}

int opener_for_next_round(const Session& s) { return s.next_opener; }

NextPreview decide_next(const Session& s, bool current_passes, int64_t now) {
    NextPreview next;
    if (s.finished || s.method.steps.empty()) return next;
    const StepRecord& rec = current_record(s);
    const SpeakingMode mode = current_step(s).speaking;
    if (is_turn_mode(mode) && current_speaker(rec.turns) && !at_last_position(rec.turns)) {
        next.kind = Upcoming::speaker;
        next.speaker = rec.turns.rounds.back().order[static_cast<size_t>(rec.turns.position + 1)];
        return next;
    }
    if (wants_new_round(s, current_passes, now)) {
        next.kind = Upcoming::new_round;
        const auto order = round_order(mode, s.group, s.client, opener_for_next_round(s));
        next.speaker = order.empty() ? kNobody : order.front();
        return next;
    }
    if (s.step + 1 < static_cast<int>(s.method.steps.size())) {
        next.kind = Upcoming::step;
        next.step = s.step + 1;
        return next;
    }
    next.kind = Upcoming::summary;
    return next;
}

Session leave_current_step(Session s, int64_t now) {
    StepRecord& rec = record_of(s);
    rec.turns = settled(std::move(rec.turns), elapsed(rec.timer, now));
    rec.timer = paused(rec.timer, now);
    return s;
}

// Moves to `target`; the clock keeps going if it was going, so a facilitator
// who clicks Next in a running atelier does not have to start every step.
Session enter_step(Session s, int target, int64_t now) {
    const bool was_running = !s.finished && is_running(current_record(s).timer);
    if (!s.finished) s = leave_current_step(std::move(s), now);
    s.finished = false;
    s.step = target;
    StepRecord& rec = record_of(s);
    if (!rec.visited) {
        rec.visited = true;
        const SpeakingMode mode = current_step(s).speaking;
        rec.turns = begin_turns(mode, s.group, s.client, s.next_opener);
        if (is_turn_mode(mode)) ++s.next_opener;
    }
    if (was_running) rec.timer = resumed(rec.timer, now);
    return s;
}

Session finish(Session s, int64_t now) {
    s = leave_current_step(std::move(s), now);
    s.finished = true;
    if (!s.in_history) {
        s.group.history.push_back({iso_date(now), s.method.id, speaker_name(s.group, s.client)});
        s.in_history = true;
    }
    return s;
}

Outcome applied(Session s, bool step_changed = false) {
    Outcome out;
    out.session = std::move(s);
    out.changed = true;
    out.step_changed = step_changed;
    return out;
}

Outcome refused(Session s, Why why) {
    Outcome out;
    out.session = std::move(s);
    out.why = why;
    return out;
}

// Next and Pass share this: `how` is how the current speaker's turn ends.
Outcome go_forward(Session s, Mark how, int64_t now) {
    const NextPreview next = decide_next(s, how == Mark::passed, now);
    const int64_t e = step_elapsed(s, now);
    StepRecord& rec = record_of(s);
    switch (next.kind) {
        case Upcoming::speaker:
            rec.turns = advanced(std::move(rec.turns), how, e);
            return applied(std::move(s));
        case Upcoming::new_round: {
            if (how == Mark::passed) rec.turns.rounds.back().marks[static_cast<size_t>(rec.turns.position)] = Mark::passed;
            auto order = round_order(current_step(s).speaking, s.group, s.client, opener_for_next_round(s));
            ++s.next_opener;
            rec.turns = with_new_round(std::move(rec.turns), std::move(order), e);
            return applied(std::move(s));
        }
        case Upcoming::step:
            if (how == Mark::passed && current_speaker(rec.turns))
                rec.turns.rounds.back().marks[static_cast<size_t>(rec.turns.position)] = Mark::passed;
            return applied(enter_step(std::move(s), next.step, now), true);
        case Upcoming::summary:
            return applied(finish(std::move(s), now), true);
        case Upcoming::nothing:
            break;
    }
    return refused(std::move(s), Why::finished);
}

Outcome go_back(Session s, int64_t now) {
    if (s.finished) {
        s.finished = false;
        return applied(std::move(s), true);
    }
    StepRecord& rec = record_of(s);
    if (current_step(s).speaking != SpeakingMode::free && has_previous_position(rec.turns)) {
        rec.turns = stepped_back(std::move(rec.turns), step_elapsed(s, now));
        return applied(std::move(s));
    }
    if (s.step == 0) return refused(std::move(s), Why::no_previous);
    const int target = s.step - 1;
    return applied(enter_step(std::move(s), target, now), true);
}

Outcome start_pause(Session s, int64_t now) {
    if (s.finished) return refused(std::move(s), Why::finished);
    StepRecord& rec = record_of(s);
    if (!rec.timer.started) rec.timer = started(rec.timer, now);
    else if (rec.timer.paused) rec.timer = resumed(rec.timer, now);
    else rec.timer = paused(rec.timer, now);
    return applied(std::move(s));
}

Outcome add_time(Session s, int64_t ms) {
    if (s.finished) return refused(std::move(s), Why::finished);
    StepTimer& timer = record_of(s).timer;
    if (timer.planned_ms + timer.added_ms + ms < 0) return refused(std::move(s), Why::negative_duration);
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
    return applied(enter_step(std::move(s), target, now), true);
}

Outcome give_floor(Session s, int participant, int64_t now) {
    if (s.finished) return refused(std::move(s), Why::finished);
    if (current_step(s).speaking != SpeakingMode::free) return refused(std::move(s), Why::not_a_free_step);
    if (participant < 0 || participant >= static_cast<int>(s.group.participants.size()))
        return refused(std::move(s), Why::no_such_participant);
    StepRecord& rec = record_of(s);
    if (current_speaker(rec.turns) == participant) return refused(std::move(s), Why::already_there);
    rec.turns = with_floor_given(std::move(rec.turns), participant, step_elapsed(s, now));
    return applied(std::move(s));
}

template <class Reorder>
Outcome reorder(Session s, int64_t now, Reorder how) {
    if (s.finished) return refused(std::move(s), Why::finished);
    const SpeakingMode mode = current_step(s).speaking;
    if (!is_turn_mode(mode)) return refused(std::move(s), Why::not_a_turn_step);
    StepRecord& rec = record_of(s);
    Turns after = how(rec.turns, mode == SpeakingMode::everyone, step_elapsed(s, now));
    if (after.rounds.back().order == rec.turns.rounds.back().order) return refused(std::move(s), Why::nothing_to_reorder);
    rec.turns = std::move(after);
    return applied(std::move(s));
}

Outcome change_client(Session s, int participant, int64_t now) {
    if (participant < 0 || participant >= static_cast<int>(s.group.participants.size()))
        return refused(std::move(s), Why::no_such_participant);
    if (participant == s.client) return refused(std::move(s), Why::already_there);
    s.client = participant;
    if (s.finished) return applied(std::move(s));
    // The current step starts its turns again with the new roles; time
    // already spoken stays with whoever spoke it.
    StepRecord& rec = record_of(s);
    const int64_t e = step_elapsed(s, now);
    Turns old = settled(std::move(rec.turns), e);
    rec.turns = begin_turns(current_step(s).speaking, s.group, s.client, s.next_opener);
    rec.turns.spoken_ms = std::move(old.spoken_ms);
    rec.turns.floor_since = e;
    return applied(std::move(s));
}

Outcome confirm(Session s) {
    const Pending pending = s.pending;
    s.pending = Pending::none;
    if (pending == Pending::none) return refused(std::move(s), Why::nothing_pending);
    if (pending == Pending::quit) {
        Outcome out = applied(std::move(s));
        out.changed = false;
        out.quit = true;
        return out;
    }
    Session fresh = new_session(s.group, s.method, s.client, s.atelier_name);
    fresh.lang = s.lang;
    return applied(std::move(fresh), true);
}

}  // namespace

NextPreview preview_next(const Session& s, int64_t now) { return decide_next(s, false, now); }

Outcome reduce(Session s, const Command& command, int64_t now) {
    const bool is_confirmation =
        std::holds_alternative<cmd::Confirm>(command) || std::holds_alternative<cmd::Cancel>(command);
    // Any other command withdraws a pending quit or reset: a confirmation
    // must follow its request directly.
    if (!is_confirmation) s.pending = Pending::none;

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
            } else if constexpr (std::is_same_v<C, cmd::AddTime>) {
                return add_time(std::move(s), c.ms);
            } else if constexpr (std::is_same_v<C, cmd::Pass>) {
                return pass(std::move(s), now);
            } else if constexpr (std::is_same_v<C, cmd::JumpTo>) {
                return jump_to(std::move(s), c.step, now);
            } else if constexpr (std::is_same_v<C, cmd::GiveFloor>) {
                return give_floor(std::move(s), c.participant, now);
            } else if constexpr (std::is_same_v<C, cmd::RotateOrder>) {
                return reorder(std::move(s), now, [](const Turns& t, bool keep, int64_t e) {
                    return with_rest_rotated(t, keep, e);
                });
            } else if constexpr (std::is_same_v<C, cmd::ShuffleOrder>) {
                const uint32_t seed = c.seed;
                return reorder(std::move(s), now, [seed](const Turns& t, bool keep, int64_t e) {
                    return with_rest_shuffled(t, keep, seed, e);
                });
            } else if constexpr (std::is_same_v<C, cmd::ChangeClient>) {
                return change_client(std::move(s), c.participant, now);
            } else if constexpr (std::is_same_v<C, cmd::ToggleBlank>) {
                s.blanked = !s.blanked;
                return applied(std::move(s));
            } else if constexpr (std::is_same_v<C, cmd::SetLang>) {
                if (s.lang == c.lang) return refused(std::move(s), Why::already_there);
                s.lang = c.lang;
                return applied(std::move(s));
            } else if constexpr (std::is_same_v<C, cmd::ToggleLang>) {
                s.lang = s.lang == Lang::fr ? Lang::en : Lang::fr;
                return applied(std::move(s));
            } else if constexpr (std::is_same_v<C, cmd::RequestQuit>) {
                s.pending = Pending::quit;
                Outcome out = applied(std::move(s));
                out.changed = false;  // nothing worth saving
                return out;
            } else if constexpr (std::is_same_v<C, cmd::RequestReset>) {
                s.pending = Pending::reset;
                Outcome out = applied(std::move(s));
                out.changed = false;
                return out;
            } else if constexpr (std::is_same_v<C, cmd::Confirm>) {
                return confirm(std::move(s));
            } else {
                static_assert(std::is_same_v<C, cmd::Cancel>);
                if (s.pending == Pending::none) return refused(std::move(s), Why::nothing_pending);
                s.pending = Pending::none;
                Outcome out = applied(std::move(s));
                out.changed = false;
                return out;
            }
        },
        command);
}

}  // namespace atelier
