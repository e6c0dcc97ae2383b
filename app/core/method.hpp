#pragma once
// A method (co-development 2 h 30, Troika, ...) is data: a list of steps.
#include <cstdint>
#include <string>
#include <vector>

#include "core/enum_table.hpp"
#include "core/lang.hpp"

namespace atelier {

// Who holds the floor during a step.
enum class SpeakingMode {
    client,    // the client holds the floor
    round,     // consultants in turn, round after round
    everyone,  // all participants once: client first, facilitator last
    free,      // no order; the facilitator gives the floor
};

// What the client does during a step (shown on the wall).
enum class ClientActivity { speaks, answers, listens, back_turned };

// What the wall keeps in view during a step, besides the timer and the turns.
enum class Board {
    none,
    request,    // the client's request (or the contract, once stated)
    plan,       // the action plan being written, under the request
    follow_up,  // the previous client's plan, for their follow-up
};

struct Step {
    std::string id;
    std::string number;  // label on the wall ("2"); empty for opening, break...
    Text name;
    Text instruction;  // one line for the wall
    int64_t planned_ms = 0;
    SpeakingMode speaking = SpeakingMode::client;
    ClientActivity client = ClientActivity::speaks;
    int rounds = 0;  // round steps: 0 = as many as time allows
    int64_t warning_ms = 0;  // remaining time at which the timer turns to warning
    int64_t danger_ms = 0;   // ... and to danger
    Board board = Board::none;
    bool operator==(const Step&) const = default;
};

struct Method {
    std::string id;
    Text name;
    int total_minutes = 0;   // the stated length of the atelier
    int margin_minutes = 0;  // slack planned but not assigned to a step
    std::vector<Step> steps;
    bool operator==(const Method&) const = default;
};

struct Thresholds {
    int64_t warning_ms;
    int64_t danger_ms;
};

// Defaults that scale with the step: a fifth of the step for warning (1 to 5
// minutes), a twentieth for danger (30 s to 2 min), never more than the step.
Thresholds default_thresholds(int64_t planned_ms);

int64_t planned_total_ms(const Method& method);

// Their names in files.
const EnumTable<SpeakingMode>& speaking_modes();
const EnumTable<ClientActivity>& client_activities();
const EnumTable<Board>& boards();

// The number the wall shows for step `index` ("2"), the one Ctrl+2 and
// `goto-step 2` reach. Steps without a number (a break) show none, unless the
// method numbers no step at all: then steps are numbered from 1.
std::string display_number(const Method& method, int index);
// The step showing `number`, or -1.
int step_numbered(const Method& method, const std::string& number);

}  // namespace atelier
