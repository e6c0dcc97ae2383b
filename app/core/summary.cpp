#include "core/summary.hpp"

#include <algorithm>

namespace atelier {

Summary summarize(const Session& session, int64_t now) {
    Summary out;
    int64_t left = 0;
    for (size_t i = 0; i < session.records.size(); ++i) {
        const StepRecord& rec = session.records[i];
        StepSummary step;
        step.planned_ms = rec.timer.planned_ms;
        step.added_ms = rec.timer.added_ms;
        step.actual_ms = elapsed(rec.timer, now);
        step.visited = rec.visited;
        out.planned_total_ms += step.planned_ms;
        out.added_total_ms += step.added_ms;
        out.actual_total_ms += step.actual_ms;
        // What is left: the rest of the current step and every later one.
        if (!session.finished && static_cast<int>(i) >= session.step) left += std::max<int64_t>(0, remaining(rec.timer, now));
        out.steps.push_back(step);
    }
    out.projected_end = now + left;
    for (int i = 0; i < static_cast<int>(session.group.participants.size()); ++i)
        out.people.push_back({i, session.group.participants[static_cast<size_t>(i)], speaking_time(session, i, now)});
    if (!session.group.facilitator.empty())
        out.people.push_back({kFacilitator, session.group.facilitator, speaking_time(session, kFacilitator, now)});
    return out;
}

}  // namespace atelier
