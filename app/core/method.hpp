#pragma once
// A method (co-development 2 h 30, Troika, ...) is data: a list of steps.
#include <cstdint>
#include <string>
#include <vector>

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
};

struct Method {
    std::string id;
    Text name;
    int total_minutes = 0;   // the stated length of the atelier
    int margin_minutes = 0;  // slack planned but not assigned to a step
    std::vector<Step> steps;
};

struct Thresholds {
    int64_t warning_ms;
    int64_t danger_ms;
};

// Defaults that scale with the step: a fifth of the step for warning (1 to 5
// minutes), a twentieth for danger (30 s to 2 min), never more than the step.
Thresholds default_thresholds(int64_t planned_ms);

int64_t planned_total_ms(const Method& method);

const char* to_string(SpeakingMode mode);
const char* to_string(ClientActivity activity);
bool parse(const std::string& text, SpeakingMode& out);
bool parse(const std::string& text, ClientActivity& out);

}  // namespace atelier
