#pragma once
// The one place where commands change a session. Pure: same session, command
// and `now` give the same result; an impossible command changes nothing and
// says why. A session that holds the invariant (invariant.hpp) still holds it
// after any command at any time.
#include "core/commands.hpp"
#include "core/session.hpp"

namespace atelier {

struct Outcome {
    Session session;
    Why why = Why::ok;          // Why::ok when the command applied
    bool changed = false;       // the session differs: save it
    bool quit = false;          // confirmed quit
    bool scrub = false;         // content was erased: the backup must not keep it either
};

Outcome reduce(Session session, const Command& command, int64_t now);

// What Next would do now. The wall shows it ("suivant : Paul", "suivant : étape 5"),
// and the reducer follows the same decision, so the two never disagree.
enum class Upcoming { speaker, new_round, step, summary, nothing };
struct NextPreview {
    Upcoming kind = Upcoming::nothing;
    Speaker speaker = kNobody;  // for speaker and new_round: who will speak
    int step = -1;              // for step
    bool guarded = false;       // step or summary, but the step guard holds it back now
    bool unblanks = false;      // the wall is blanked: Next only brings it back
};
NextPreview preview_next(const Session& session, int64_t now);

// Who is client of the next atelier when the facilitator does not say: the
// client of the atelier under way if it is not over (it is being prepared
// again), else the first in seating order not yet client in the series, else
// the one client longest ago. `group` holds the people of the next atelier;
// the series is the session's when `continues_series`, else `group`'s own.
int next_client(const Session& session, const Group& group, bool continues_series);

// What ForgetContent would erase, for the confirmation to say it exactly.
struct ForgetScope {
    bool request = false, contract = false;  // this atelier's
    size_t plan_items = 0;                   // this atelier's plan (the next atelier's follow-up)
    size_t follow_up_items = 0;              // the previous client's plan, shown at this atelier's opening
    size_t earlier_texts = 0;                // earlier ateliers of the series with a request or a contract kept
    size_t earlier_plans = 0;                // earlier ateliers with a plan kept
    bool any_text() const { return request || contract || earlier_texts > 0; }
    bool any_plan() const { return plan_items > 0 || follow_up_items > 0 || earlier_plans > 0; }
};
ForgetScope forget_scope(const Session& session);

// How a round step goes on adding rounds, for the wall: the last round by
// count, or new rounds while more than `until_ms` remain.
struct RoundPlan {
    bool round_step = false;
    int round = 0;           // the current round, 1-based
    int limit = 0;           // rounds planned (with those granted); 0: as time allows
    bool last = false;       // no round will follow this one
    int64_t until_ms = 0;    // as time allows: no new round once this little remains
};
RoundPlan round_plan(const Session& session, int64_t now);

}  // namespace atelier
