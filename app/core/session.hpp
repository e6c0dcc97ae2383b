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

// Who came late, left or came back, and when: the record says so.
struct Presence {
    enum class Kind { arrived, left, back } kind = Kind::arrived;
    Speaker who = 0;
    int64_t at = 0;  // session clock
    bool operator==(const Presence&) const = default;
};

// What the room is told besides the atelier itself: a break with the time it
// ends, a short message. Both cover the wall until cleared.
struct Room {
    int64_t break_until = 0;  // session clock; 0: no break
    std::string message;      // "" : none
    bool operator==(const Room&) const = default;
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
    // The languages the wall's L key offers, in order (settings.json "languages").
    std::vector<Lang> languages{Lang::fr, Lang::en};
    bool operator==(const Rules&) const = default;
};
constexpr int64_t kMaxStepGuardMs = 10'000;

// A command waiting for the facilitator's confirmation: quitting and
// restarting destroy, and a language change turns the room's wall over, so a
// stray key must not do it unseen.
enum class Pending { none, quit, reset, language };

struct Session {
    Group group;
    Method method;
    std::string atelier_name;
    std::string atelier_id;  // its id in the group's series once held ("" before)
    int client = 0;  // index in group.participants
    int step = 0;    // index in method.steps
    bool finished = false;   // the summary is shown
    bool blanked = false;
    Lang lang = Lang::fr;
    int next_opener = 0;  // rotates who opens each round
    std::vector<StepRecord> records;  // one per step
    std::set<Speaker> left;           // participants who left during this atelier
    std::vector<Presence> presence;   // late arrivals, departures and returns, in order
    Content content;
    FollowUp follow_up;
    Room room;
    int64_t started_at = 0;  // when its first timer started (session clock); 0: not yet
    int64_t step_changed_at = 0;  // session clock, for the step guard
    Rules rules;
    Pending pending = Pending::none;  // not saved: a restart cancels it
    Lang proposed_lang = Lang::fr;    // with Pending::language: what Enter switches to (not saved)
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
// Under way: a timer has been started, or the request or the plan written,
// and the summary is not reached. Replacing such an atelier loses its times
// and what was said: a new atelier over it needs a confirmation.
bool in_progress(const Session& session);
// The number of this atelier in the group's series (1-based).
int atelier_number(const Session& session);
// Whether this atelier is in its group's series already (it was held to the summary).
inline bool in_series(const Session& session) { return !session.atelier_id.empty(); }

// Every name and text of the session, joined: the wall's fonts must hold each
// of their characters.
std::string all_text(const Session& session);

// Speaking time per person over the whole atelier, at `now`.
int64_t speaking_time(const Session& session, Speaker speaker, int64_t now);

}  // namespace atelier
