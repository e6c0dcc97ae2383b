#pragma once
// One atelier of a group, as it stands: everything the wall shows is derived
// from this and `now`. `find_violation` (invariant.hpp) says what a session
// must hold; the reducer keeps it, the loader refuses a file that breaks it.
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "core/group.hpp"
#include "core/method.hpp"
#include "core/timer.hpp"
#include "core/turns.hpp"

namespace atelier {

struct StepRecord {
    StepTimer timer;
    Turns turns;
    bool visited = false;
    // Rounds the facilitator asked for ("one more round"): the step adds rounds
    // up to this number whatever its limit and whatever the time left.
    int rounds_granted = 0;
    bool operator==(const StepRecord&) const = default;
};

// What is said in the atelier: confidential, erased by ForgetContent.
struct Content {
    std::string request;   // the client's request, as first stated
    std::string contract;  // the request as agreed at the contract step
    std::vector<std::string> plan;  // the client's action plan, item by item
    bool operator==(const Content&) const = default;
    bool empty() const { return request.empty() && contract.empty() && plan.empty(); }
};

// The previous atelier's client and plan, for their follow-up at the opening.
struct FollowUp {
    std::string client;
    std::vector<std::string> plan;
    bool operator==(const FollowUp&) const = default;
};

// The room's rules that the reducer applies (from settings.json).
struct Rules {
    // After a step change, Next and Pass do not change the step again before
    // the room has seen the new one: a repeating clicker cannot skip a step.
    int64_t step_guard_ms = 2000;
    // When the summary is reached, the request and the contract are erased;
    // the plan too unless it is kept for the follow-up.
    bool forget_when_finished = false;
    bool keep_plan = true;
    bool operator==(const Rules&) const = default;
};
constexpr int64_t kMaxStepGuardMs = 10'000;

// A destructive command waiting for the facilitator's confirmation.
enum class Pending { none, quit, reset };

struct Session {
    Group group;
    Method method;
    std::string atelier_name;
    int client = 0;  // index in group.participants
    int step = 0;    // index in method.steps
    bool finished = false;   // the summary is shown
    bool in_history = false; // this atelier was added to the group's series
    bool blanked = false;
    Lang lang = Lang::fr;
    int next_opener = 0;  // rotates who opens each round
    std::vector<StepRecord> records;  // one per step
    std::set<Speaker> left;           // participants who left during this atelier
    Content content;
    FollowUp follow_up;
    int64_t step_changed_at = 0;  // session clock, for the step guard
    Rules rules;
    Pending pending = Pending::none;  // not saved: a restart cancels it
    bool operator==(const Session&) const = default;
};

constexpr int kMaxOpener = 1'000'000;  // next_opener wraps here

// A fresh atelier on `method` with `group`: every step planned, none started.
Session new_session(Group group, Method method, int client, std::string atelier_name);

const Step& current_step(const Session& session);
const StepRecord& current_record(const Session& session);
Thresholds thresholds(const Step& step);
std::optional<Speaker> current_speaker(const Session& session);
bool is_present(const Session& session, Speaker speaker);
// Under way: a timer has been started and the summary is not reached.
// Replacing such an atelier loses its times: the console asks first.
bool in_progress(const Session& session);
// The number of this atelier in the group's series (1-based).
int atelier_number(const Session& session);

// Every name and text of the session, joined: the wall's fonts must hold each
// of their characters.
std::string all_text(const Session& session);

// Speaking time per person over the whole atelier, at `now`.
int64_t speaking_time(const Session& session, Speaker speaker, int64_t now);

}  // namespace atelier
