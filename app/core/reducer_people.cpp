// Commands about people, live: who has the floor, the order, late arrivals,
// departures, names and the client. Nothing recorded is lost: indices only
// grow, and speaking time stays with whoever spoke.
#include <algorithm>

#include "core/reducer_support.hpp"
#include "core/text.hpp"

namespace atelier::reducing {

namespace {

Outcome reorder(Session s, int64_t now, Turns (*how)(Turns, bool, int64_t, uint32_t), uint32_t seed) {
    if (s.finished) return refused(std::move(s), Why::finished);
    if (!is_turn_mode(current_step(s).speaking)) return refused(std::move(s), Why::not_a_turn_step);
    StepRecord& rec = record_of(s);
    if (rec.turns.rounds.empty()) return refused(std::move(s), Why::nothing_to_reorder);
    Turns after = how(rec.turns, keeps_ends(s), step_elapsed(s, now), seed);
    if (after.rounds.back().order == rec.turns.rounds.back().order) return refused(std::move(s), Why::nothing_to_reorder);
    rec.turns = std::move(after);
    return applied(std::move(s));
}

bool name_taken(const Session& s, const std::string& name, Speaker except) {
    for (int i = 0; i < static_cast<int>(s.group.participants.size()); ++i)
        if (i != except && s.group.participants[static_cast<size_t>(i)] == name) return true;
    return false;
}

}  // namespace

void sync_history(Session& s) {
    PastAtelier* mine = find_in_series(s.group, s.atelier_id);
    if (!mine) return;
    mine->client = speaker_name(s.group, s.client);
    mine->request = s.content.request;
    mine->contract = s.content.contract;
    mine->plan = s.content.plan;
}

namespace {
// Arrivals and departures during an atelier under way, for the record.
void note_presence(Session& s, Presence::Kind kind, Speaker who, int64_t now) {
    if (!in_progress(s) || s.presence.size() >= 1000) return;
    s.presence.push_back({kind, who, now});
}
}  // namespace

Outcome give_floor(Session s, int participant, int64_t now) {
    if (s.finished) return refused(std::move(s), Why::finished);
    if (!is_participant(s, participant)) return refused(std::move(s), Why::no_such_participant);
    if (s.left.count(participant)) return refused(std::move(s), Why::participant_left);
    const SpeakingMode mode = current_step(s).speaking;
    StepRecord& rec = record_of(s);
    const int64_t e = step_elapsed(s, now);
    if (current_speaker(rec.turns) == participant) return refused(std::move(s), Why::already_there);
    if (mode == SpeakingMode::free) {
        rec.turns = with_floor_given(std::move(rec.turns), participant, e);
        return applied(std::move(s));
    }
    if (mode == SpeakingMode::client) return refused(std::move(s), Why::not_a_free_step);
    // A turn step: someone still to speak in this round speaks now.
    const int at = position_of(rec.turns, participant);
    if (at < 0) return refused(std::move(s), Why::not_movable);
    if (at < rec.turns.position) return refused(std::move(s), Why::already_spoke);
    Turns moved = with_speaker_moved(rec.turns, participant, rec.turns.position + 1, keeps_ends(s), e);
    if (position_of(moved, participant) != rec.turns.position + 1) return refused(std::move(s), Why::not_movable);
    rec.turns = advanced(std::move(moved), Mark::spoke, e);
    return applied(std::move(s));
}

Outcome reorder_rotate(Session s, int64_t now) {
    return reorder(std::move(s), now, [](Turns t, bool keep, int64_t e, uint32_t) { return with_rest_rotated(std::move(t), keep, e); }, 0);
}

Outcome reorder_shuffle(Session s, uint32_t seed, int64_t now) {
    return reorder(std::move(s), now,
                   [](Turns t, bool keep, int64_t e, uint32_t sd) { return with_rest_shuffled(std::move(t), keep, sd, e); }, seed);
}

Outcome move_in_order(Session s, Speaker who, int to, int64_t now) {
    if (s.finished) return refused(std::move(s), Why::finished);
    if (!is_turn_mode(current_step(s).speaking)) return refused(std::move(s), Why::not_a_turn_step);
    StepRecord& rec = record_of(s);
    if (position_of(rec.turns, who) < 0) return refused(std::move(s), Why::no_such_participant);
    Turns after = with_speaker_moved(rec.turns, who, to, keeps_ends(s), step_elapsed(s, now));
    if (after == rec.turns) return refused(std::move(s), Why::not_movable);
    rec.turns = std::move(after);
    return applied(std::move(s));
}

Outcome add_participant(Session s, const cmd::AddParticipant& c, int64_t now) {
    if (const Why why = text_refusal(c.name, kMaxNameChars, true); why != Why::ok) return refused(std::move(s), why);
    const auto name = clean_name(c.name);
    if (!name) return refused(std::move(s), Why::empty_name);
    if (name_taken(s, *name, kNobody)) return refused(std::move(s), Why::duplicate_name);
    if (s.group.participants.size() >= static_cast<size_t>(kMaxParticipants))
        return refused(std::move(s), Why::too_many_participants);
    s.group.participants.push_back(*name);
    const Speaker who = static_cast<Speaker>(s.group.participants.size()) - 1;
    note_presence(s, Presence::Kind::arrived, who, now);
    if (!s.finished && is_turn_mode(current_step(s).speaking)) {
        StepRecord& rec = record_of(s);
        const int after = c.after == kNobody ? -1 : position_of(rec.turns, c.after);
        const int at = after >= rec.turns.position ? after + 1 : kMaxParticipants + 2;
        rec.turns = with_speaker_inserted(std::move(rec.turns), who, at, keeps_ends(s));
    }
    return applied(std::move(s));
}

Outcome participant_left(Session s, int participant, int64_t now) {
    if (!is_participant(s, participant)) return refused(std::move(s), Why::no_such_participant);
    if (participant == s.client) return refused(std::move(s), Why::client_cannot_leave);
    if (s.left.count(participant)) return refused(std::move(s), Why::already_there);
    if (!s.finished) {
        StepRecord& rec = record_of(s);
        const SpeakingMode mode = current_step(s).speaking;
        if (current_speaker(rec.turns) == participant) {
            // Their turn ends here, with the time they spoke; the next one has the floor.
            if (!is_turn_mode(mode) || at_last_position(rec.turns)) return refused(std::move(s), Why::holds_the_floor);
            const int64_t e = step_elapsed(s, now);
            const Mark how = current_turn_ms(rec.turns, e) > 0 ? Mark::spoke : Mark::passed;
            rec.turns = advanced(std::move(rec.turns), how, e);
        }
        if (is_turn_mode(mode)) rec.turns = without_upcoming(std::move(rec.turns), participant);
    }
    s.left.insert(participant);
    note_presence(s, Presence::Kind::left, participant, now);
    return applied(std::move(s));
}

Outcome participant_back(Session s, int participant, int64_t now) {
    if (!is_participant(s, participant)) return refused(std::move(s), Why::no_such_participant);
    if (!s.left.count(participant)) return refused(std::move(s), Why::not_left);
    s.left.erase(participant);
    note_presence(s, Presence::Kind::back, participant, now);
    if (!s.finished && is_turn_mode(current_step(s).speaking)) {
        StepRecord& rec = record_of(s);
        // Back in time for this round if they had not spoken in it yet.
        if (position_of(rec.turns, participant) < 0)
            rec.turns = with_speaker_inserted(std::move(rec.turns), participant, kMaxParticipants + 2, keeps_ends(s));
    }
    return applied(std::move(s));
}

Outcome rename(Session s, Speaker who, const std::string& text) {
    if (const Why why = text_refusal(text, kMaxNameChars, true); why != Why::ok) return refused(std::move(s), why);
    const auto name = clean_name(text);
    if (!name) return refused(std::move(s), Why::empty_name);
    if (who == kFacilitator) {
        if (s.group.facilitator.empty()) return refused(std::move(s), Why::no_such_participant);
        if (s.group.facilitator == *name) return refused(std::move(s), Why::already_there);
        s.group.facilitator = *name;
        return applied(std::move(s));
    }
    if (!is_participant(s, who)) return refused(std::move(s), Why::no_such_participant);
    std::string& current = s.group.participants[static_cast<size_t>(who)];
    if (current == *name) return refused(std::move(s), Why::already_there);
    if (name_taken(s, *name, who)) return refused(std::move(s), Why::duplicate_name);
    // The series knows people by name: a corrected spelling follows them.
    for (PastAtelier& past : s.group.history)
        if (past.client == current) past.client = *name;
    if (s.follow_up.client == current) s.follow_up.client = *name;
    current = *name;
    return applied(std::move(s));
}

Outcome change_client(Session s, int participant, int64_t now) {
    if (!is_participant(s, participant)) return refused(std::move(s), Why::no_such_participant);
    if (participant == s.client) return refused(std::move(s), Why::already_there);
    if (s.left.count(participant)) return refused(std::move(s), Why::participant_left);
    s.client = participant;
    sync_history(s);
    if (s.finished) return applied(std::move(s));
    // The current step starts its turns again with the new roles; time
    // already spoken stays with whoever spoke it.
    StepRecord& rec = record_of(s);
    const int64_t e = step_elapsed(s, now);
    Turns old = settled(std::move(rec.turns), e);
    rec.turns = begin_turns(current_step(s).speaking, s.group, s.client, s.next_opener, s.left);
    rec.turns.spoken_ms = std::move(old.spoken_ms);
    rec.turns.floor_since = e;
    return applied(std::move(s));
}

}  // namespace atelier::reducing
