#pragma once
// The one place where commands change a session. Pure: same session, command
// and `now` give the same result; an impossible command changes nothing and says why.
#include "core/commands.hpp"
#include "core/session.hpp"

namespace atelier {

struct Outcome {
    Session session;
    Why why = Why::ok;          // Why::ok when the command applied
    bool changed = false;       // the session differs: save it
    bool step_changed = false;  // a new step (or the summary) is shown: flash
    bool quit = false;          // confirmed quit
};

Outcome reduce(Session session, const Command& command, int64_t now);

// What Next would do now. The wall shows it ("suivant : Paul", "suivant : étape 5"),
// and the reducer follows the same decision, so the two never disagree.
enum class Upcoming { speaker, new_round, step, summary, nothing };
struct NextPreview {
    Upcoming kind = Upcoming::nothing;
    Speaker speaker = kNobody;  // for speaker and new_round: who will speak
    int step = -1;              // for step
};
NextPreview preview_next(const Session& session, int64_t now);

}  // namespace atelier
