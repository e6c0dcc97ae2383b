#include "core/turns.hpp"

#include <algorithm>
#include <random>

#include "core/invariant.hpp"

namespace atelier {

std::vector<Speaker> consultants(const Group& group, int client, const std::set<Speaker>& left) {
    std::vector<Speaker> out;
    for (int i = 0; i < static_cast<int>(group.participants.size()); ++i)
        if (i != client && !left.count(i)) out.push_back(i);
    return out;
}

static std::vector<Speaker> rotated(std::vector<Speaker> order, int by) {
    if (order.empty()) return order;
    const int n = static_cast<int>(order.size());
    const int k = ((by % n) + n) % n;
    std::rotate(order.begin(), order.begin() + k, order.end());
    return order;
}

std::vector<Speaker> round_order(SpeakingMode mode, const Group& group, int client, int opener,
                                 const std::set<Speaker>& left) {
    const bool has_client = client >= 0 && client < static_cast<int>(group.participants.size());
    switch (mode) {
        case SpeakingMode::client:
            return has_client ? std::vector<Speaker>{client} : std::vector<Speaker>{};
        case SpeakingMode::round:
            return rotated(consultants(group, client, left), opener);
        case SpeakingMode::everyone: {
            std::vector<Speaker> order;
            if (has_client) order.push_back(client);
            for (Speaker s : rotated(consultants(group, client, left), opener)) order.push_back(s);
            if (!group.facilitator.empty()) order.push_back(kFacilitator);
            return order;
        }
        case SpeakingMode::free:
            return {};
    }
    return {};
}

static Round make_round(std::vector<Speaker> order) {
    Round round;
    round.marks.assign(order.size(), Mark::upcoming);
    if (!round.marks.empty()) round.marks[0] = Mark::current;
    round.order = std::move(order);
    return round;
}

Turns begin_turns(SpeakingMode mode, const Group& group, int client, int opener, const std::set<Speaker>& left) {
    Turns turns;
    turns.rounds.push_back(make_round(round_order(mode, group, client, opener, left)));
    return turns;
}

std::optional<Speaker> current_speaker(const Turns& turns) {
    if (turns.rounds.empty()) return std::nullopt;
    const Round& round = turns.rounds.back();
    if (turns.position < 0 || turns.position >= static_cast<int>(round.order.size())) return std::nullopt;
    return round.order[static_cast<size_t>(turns.position)];
}

int round_number(const Turns& turns) { return static_cast<int>(turns.rounds.size()); }

bool at_last_position(const Turns& turns) {
    if (turns.rounds.empty()) return true;
    return turns.position + 1 >= static_cast<int>(turns.rounds.back().order.size());
}

bool has_previous_position(const Turns& turns) { return turns.position > 0 || turns.rounds.size() > 1; }

Turns settled(Turns turns, int64_t step_elapsed) {
    // Capped like every stored duration (invariant.hpp), so the sum stays storable.
    if (auto who = current_speaker(turns))
        turns.spoken_ms[*who] = std::min(kMaxDurationMs, turns.spoken_ms[*who] + std::max<int64_t>(0, step_elapsed - turns.floor_since));
    turns.floor_since = step_elapsed;
    return turns;
}

int64_t spoken(const Turns& turns, Speaker speaker, int64_t step_elapsed) {
    auto it = turns.spoken_ms.find(speaker);
    int64_t total = it == turns.spoken_ms.end() ? 0 : it->second;
    if (current_speaker(turns) == speaker) total += current_turn_ms(turns, step_elapsed);
    return std::min(kMaxDurationMs, total);  // as settled() will store it
}

int64_t current_turn_ms(const Turns& turns, int64_t step_elapsed) {
    if (!current_speaker(turns)) return 0;
    return std::max<int64_t>(0, step_elapsed - turns.floor_since);
}

static Mark& mark_at(Turns& turns, int position) { return turns.rounds.back().marks[static_cast<size_t>(position)]; }

Turns advanced(Turns turns, Mark how, int64_t step_elapsed) {
    if (!current_speaker(turns) || at_last_position(turns)) return turns;
    turns = settled(std::move(turns), step_elapsed);
    mark_at(turns, turns.position) = how;
    ++turns.position;
    mark_at(turns, turns.position) = Mark::current;
    return turns;
}

Turns with_new_round(Turns turns, std::vector<Speaker> order, int64_t step_elapsed) {
    if (order.empty()) return turns;
    turns = settled(std::move(turns), step_elapsed);
    if (current_speaker(turns) && mark_at(turns, turns.position) == Mark::current) mark_at(turns, turns.position) = Mark::spoke;
    turns.rounds.push_back(make_round(std::move(order)));
    turns.position = 0;
    return turns;
}

Turns stepped_back(Turns turns, int64_t step_elapsed) {
    if (!has_previous_position(turns)) return turns;
    turns = settled(std::move(turns), step_elapsed);
    if (turns.position > 0) {
        mark_at(turns, turns.position) = Mark::upcoming;
        --turns.position;
    } else {
        // Back into the previous round: the round just opened is withdrawn,
        // its opener's time stays in spoken_ms.
        turns.rounds.pop_back();
        turns.position = static_cast<int>(turns.rounds.back().order.size()) - 1;
    }
    mark_at(turns, turns.position) = Mark::current;
    return turns;
}

Turns with_floor_given(Turns turns, Speaker speaker, int64_t step_elapsed) {
    turns = settled(std::move(turns), step_elapsed);
    if (turns.rounds.empty()) turns.rounds.emplace_back();
    Round& round = turns.rounds.back();
    if (current_speaker(turns)) round.marks[static_cast<size_t>(turns.position)] = Mark::spoke;
    round.order.push_back(speaker);
    round.marks.push_back(Mark::current);
    turns.position = static_cast<int>(round.order.size()) - 1;
    return turns;
}

// The first position that may be reordered in the current round.
static int first_movable(const Turns& turns, int64_t step_elapsed) {
    const bool untouched = turns.position == 0 && turns.rounds.size() == 1 &&
                           current_turn_ms(turns, step_elapsed) == 0 && turns.spoken_ms.empty();
    return untouched ? 0 : turns.position + 1;
}

Movable movable_positions(const Turns& turns, bool keep_ends, int64_t step_elapsed) {
    if (turns.rounds.empty()) return {};
    int from = first_movable(turns, step_elapsed);
    int to = static_cast<int>(turns.rounds.back().order.size());
    if (keep_ends) {  // "everyone": the client opens and the facilitator closes
        from = std::max(from, 1);
        to = std::max(from, to - 1);
    }
    return {from, std::max(from, to)};
}

// Reordering never touches marks: everything movable is upcoming, except the
// current speaker of an untouched round, who moves with their "current" mark
// staying at position 0.
template <class Reorder>
static Turns with_rest_reordered(Turns turns, bool keep_ends, int64_t step_elapsed, Reorder reorder) {
    const Movable m = movable_positions(turns, keep_ends, step_elapsed);
    if (m.end - m.first < 2) return turns;
    Round& round = turns.rounds.back();
    reorder(round.order.begin() + m.first, round.order.begin() + m.end);
    return turns;
}

Turns with_rest_rotated(Turns turns, bool keep_ends, int64_t step_elapsed) {
    return with_rest_reordered(std::move(turns), keep_ends, step_elapsed,
                               [](auto first, auto last) { std::rotate(first, first + 1, last); });
}

Turns with_rest_shuffled(Turns turns, bool keep_ends, uint32_t seed, int64_t step_elapsed) {
    return with_rest_reordered(std::move(turns), keep_ends, step_elapsed, [seed](auto first, auto last) {
        // Fisher-Yates with a fixed engine: the same seed gives the same order everywhere.
        std::mt19937 engine(seed);
        for (auto n = last - first; n > 1; --n) {
            const auto j = static_cast<long>(engine() % static_cast<uint32_t>(n));
            std::iter_swap(first + (n - 1), first + j);
        }
    });
}

int position_of(const Turns& turns, Speaker who) {
    if (turns.rounds.empty()) return -1;
    const auto& order = turns.rounds.back().order;
    const auto it = std::find(order.begin(), order.end(), who);
    return it == order.end() ? -1 : static_cast<int>(it - order.begin());
}

Turns with_speaker_moved(Turns turns, Speaker who, int to, bool keep_ends, int64_t step_elapsed) {
    const Movable m = movable_positions(turns, keep_ends, step_elapsed);
    const int from = position_of(turns, who);
    if (from < m.first || from >= m.end || to < m.first || to >= m.end || from == to) return turns;
    auto& order = turns.rounds.back().order;
    const auto begin = order.begin();
    if (from < to) std::rotate(begin + from, begin + from + 1, begin + to + 1);
    else std::rotate(begin + to, begin + from, begin + from + 1);
    return turns;
}

Turns with_speaker_inserted(Turns turns, Speaker who, int at, bool keep_ends) {
    if (turns.rounds.empty()) turns.rounds.emplace_back();
    Round& round = turns.rounds.back();
    const int size = static_cast<int>(round.order.size());
    const int lowest = round.order.empty() ? 0 : turns.position + 1;
    int highest = size;
    if (keep_ends && size > 0 && round.order.back() == kFacilitator) highest = size - 1;
    if (lowest > highest) return turns;  // the facilitator closes the round and has the floor: too late for it
    at = std::clamp(at, lowest, highest);
    round.order.insert(round.order.begin() + at, who);
    round.marks.insert(round.marks.begin() + at, round.order.size() == 1 ? Mark::current : Mark::upcoming);
    return turns;
}

Turns without_upcoming(Turns turns, Speaker who) {
    if (turns.rounds.empty()) return turns;
    Round& round = turns.rounds.back();
    for (size_t i = round.order.size(); i-- > static_cast<size_t>(turns.position) + 1;) {
        if (round.order[i] == who) {
            round.order.erase(round.order.begin() + static_cast<long>(i));
            round.marks.erase(round.marks.begin() + static_cast<long>(i));
        }
    }
    return turns;
}

}  // namespace atelier
