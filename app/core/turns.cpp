#include "core/turns.hpp"

#include <algorithm>
#include <random>

namespace atelier {

std::vector<Speaker> consultants(const Group& group, int client) {
    std::vector<Speaker> out;
    for (int i = 0; i < static_cast<int>(group.participants.size()); ++i)
        if (i != client) out.push_back(i);
    return out;
}

static std::vector<Speaker> rotated(std::vector<Speaker> order, int by) {
    if (order.empty()) return order;
    const int n = static_cast<int>(order.size());
    const int k = ((by % n) + n) % n;
    std::rotate(order.begin(), order.begin() + k, order.end());
    return order;
}

std::vector<Speaker> round_order(SpeakingMode mode, const Group& group, int client, int opener) {
    const bool has_client = client >= 0 && client < static_cast<int>(group.participants.size());
    switch (mode) {
        case SpeakingMode::client:
            return has_client ? std::vector<Speaker>{client} : std::vector<Speaker>{};
        case SpeakingMode::round:
            return rotated(consultants(group, client), opener);
        case SpeakingMode::everyone: {
            std::vector<Speaker> order;
            if (has_client) order.push_back(client);
            for (Speaker s : rotated(consultants(group, client), opener)) order.push_back(s);
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

Turns begin_turns(SpeakingMode mode, const Group& group, int client, int opener) {
    Turns turns;
    turns.rounds.push_back(make_round(round_order(mode, group, client, opener)));
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
    if (auto who = current_speaker(turns)) turns.spoken_ms[*who] += std::max<int64_t>(0, step_elapsed - turns.floor_since);
    turns.floor_since = step_elapsed;
    return turns;
}

int64_t spoken(const Turns& turns, Speaker speaker, int64_t step_elapsed) {
    auto it = turns.spoken_ms.find(speaker);
    int64_t total = it == turns.spoken_ms.end() ? 0 : it->second;
    if (current_speaker(turns) == speaker) total += current_turn_ms(turns, step_elapsed);
    return total;
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
    if (current_speaker(turns)) mark_at(turns, turns.position) = Mark::spoke;
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

template <class Reorder>
static Turns with_rest_reordered(Turns turns, bool keep_ends, int64_t step_elapsed, Reorder reorder) {
    if (turns.rounds.empty()) return turns;
    Round& round = turns.rounds.back();
    int from = first_movable(turns, step_elapsed);
    int to = static_cast<int>(round.order.size());
    if (keep_ends) {  // "everyone": the client opens and the facilitator closes
        from = std::max(from, 1);
        to = std::max(from, to - 1);
    }
    if (to - from < 2) return turns;
    reorder(round.order.begin() + from, round.order.begin() + to);
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

}  // namespace atelier
