#pragma once
// The atelier at a glance: planned versus real time per step, speaking time
// per person, and when the atelier will end at this pace.
#include <cstdint>
#include <string>
#include <vector>

#include "core/session.hpp"

namespace atelier {

struct StepSummary {
    int64_t planned_ms = 0;  // what the method planned (as set up for this atelier)
    int64_t added_ms = 0;    // minutes added (or removed, negative) during the atelier
    int64_t actual_ms = 0;
    bool visited = false;
};

struct PersonSummary {
    Speaker speaker = kNobody;
    std::string name;
    int64_t spoken_ms = 0;
};

struct Summary {
    std::vector<StepSummary> steps;     // one per method step
    std::vector<PersonSummary> people;  // seating order, then the facilitator
    int64_t planned_total_ms = 0;
    int64_t added_total_ms = 0;
    int64_t actual_total_ms = 0;
    int64_t projected_end = 0;  // session clock: now plus what is left of the plan
};

Summary summarize(const Session& session, int64_t now);

}  // namespace atelier
