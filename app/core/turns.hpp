#pragma once
// Speaking turns within a step: the order, who holds the floor, who spoke or
// passed, rounds, and how long each person held the floor.
//
// Speaking time is measured on the step timer's elapsed time, not the clock,
// so pauses are excluded without any bookkeeping of their own.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "core/group.hpp"
#include "core/method.hpp"

namespace atelier {

enum class Mark { upcoming, current, spoke, passed };

struct Round {
    std::vector<Speaker> order;
    std::vector<Mark> marks;  // one per position in `order`
    bool operator==(const Round&) const = default;
};

struct Turns {
    std::vector<Round> rounds;  // free steps: one round that grows as the floor is given
    int position = 0;           // in rounds.back()
    int64_t floor_since = 0;    // step elapsed time when the current speaker took the floor
    std::map<Speaker, int64_t> spoken_ms;  // settled speaking time per person
    bool operator==(const Turns&) const = default;
};

// Consultants in seating order: everyone present but the client.
std::vector<Speaker> consultants(const Group& group, int client, const std::set<Speaker>& left);

// The order of one round of a step. `opener` rotates who opens the round
// among consultants, so the same person does not always start. Those who
// left are not in it.
std::vector<Speaker> round_order(SpeakingMode mode, const Group& group, int client, int opener,
                                 const std::set<Speaker>& left);

Turns begin_turns(SpeakingMode mode, const Group& group, int client, int opener, const std::set<Speaker>& left);

std::optional<Speaker> current_speaker(const Turns& turns);
int round_number(const Turns& turns);  // 1-based; 0 when there is no round
bool at_last_position(const Turns& turns);
bool has_previous_position(const Turns& turns);

// Credits the current speaker with the time since they took the floor.
Turns settled(Turns turns, int64_t step_elapsed);
// Settled plus live time of the current speaker.
int64_t spoken(const Turns& turns, Speaker speaker, int64_t step_elapsed);
// Time the current speaker has held the floor in this turn.
int64_t current_turn_ms(const Turns& turns, int64_t step_elapsed);

// Each returns the turns unchanged when the move is impossible; callers check first.
Turns advanced(Turns turns, Mark how, int64_t step_elapsed);  // to the next position
Turns with_new_round(Turns turns, std::vector<Speaker> order, int64_t step_elapsed);
Turns stepped_back(Turns turns, int64_t step_elapsed);
Turns with_floor_given(Turns turns, Speaker speaker, int64_t step_elapsed);
// Reorders who has not spoken yet in the current round. If the round has not
// really begun (first position, no time on it), the current speaker moves too.
// `keep_ends` keeps the first and last places (client first, facilitator last).
Turns with_rest_rotated(Turns turns, bool keep_ends, int64_t step_elapsed);
Turns with_rest_shuffled(Turns turns, bool keep_ends, uint32_t seed, int64_t step_elapsed);

// The positions of the current round that may still be reordered: [first, end).
struct Movable {
    int first = 0;
    int end = 0;
};
Movable movable_positions(const Turns& turns, bool keep_ends, int64_t step_elapsed);
// Moves an upcoming speaker to position `to` within the movable positions.
Turns with_speaker_moved(Turns turns, Speaker who, int to, bool keep_ends, int64_t step_elapsed);
// Inserts `who` as upcoming at position `at` of the current round (clamped to
// after the current speaker, and before the facilitator when `keep_ends`).
Turns with_speaker_inserted(Turns turns, Speaker who, int at, bool keep_ends);
// Removes `who` from the positions still to come in the current round.
Turns without_upcoming(Turns turns, Speaker who);
// Position of `who` in the current round, or -1.
int position_of(const Turns& turns, Speaker who);

}  // namespace atelier
