#pragma once
// Shared by the reducer's files; not part of the core's interface.
#include "core/reducer.hpp"

namespace atelier::reducing {

inline StepRecord& record_of(Session& s) { return s.records[static_cast<size_t>(s.step)]; }
inline int64_t step_elapsed(const Session& s, int64_t now) { return elapsed(current_record(s).timer, now); }
inline bool is_turn_mode(SpeakingMode mode) { return mode == SpeakingMode::round || mode == SpeakingMode::everyone; }
inline bool keeps_ends(const Session& s) { return current_step(s).speaking == SpeakingMode::everyone; }
inline bool is_participant(const Session& s, int p) {
    return p >= 0 && p < static_cast<int>(s.group.participants.size());
}

inline Outcome applied(Session s) {
    Outcome out;
    out.session = std::move(s);
    out.changed = true;
    return out;
}

inline Outcome refused(Session s, Why why) {
    Outcome out;
    out.session = std::move(s);
    out.why = why;
    return out;
}

// An applied command that changes nothing worth saving (a pending request).
inline Outcome noted(Session s) {
    Outcome out = applied(std::move(s));
    out.changed = false;
    return out;
}

// Why a text typed for the session is refused (Why::ok when it is not).
Why text_refusal(const std::string& text, size_t max_chars, bool is_name);

// Keeps this atelier's entry in the series in step with the session: the
// client's name and plan, once the atelier has been held.
void sync_history(Session& s);

// Each returns the outcome of one command.
Outcome give_floor(Session s, int participant, int64_t now);
Outcome reorder_rotate(Session s, int64_t now);
Outcome reorder_shuffle(Session s, uint32_t seed, int64_t now);
Outcome move_in_order(Session s, Speaker who, int to, int64_t now);
Outcome add_participant(Session s, const cmd::AddParticipant& c, int64_t now);
Outcome participant_left(Session s, int participant, int64_t now);
Outcome participant_back(Session s, int participant, int64_t now);
Outcome rename(Session s, Speaker who, const std::string& name);
Outcome change_client(Session s, int participant, int64_t now);

Outcome set_request(Session s, const std::string& text, bool contract);
Outcome add_plan_item(Session s, const std::string& text);
Outcome edit_plan_item(Session s, int index, const std::string& text);
Outcome forget_content(Session s, bool keep_plan);
// The room: a break (the step's timer held), a message.
Outcome start_break(Session s, int64_t until, int64_t now);
Outcome end_break(Session s);
Outcome set_message(Session s, const std::string& text);
// While a break covers the wall, the clicker's buttons end it and do nothing
// else (as with a blanked wall): nothing changes behind the room's back.
bool on_break(const Session& s);

// At the summary, under Rules::forget_when_finished: true when something was erased.
bool forget_at_finish(Session& s);

}  // namespace atelier::reducing
