#pragma once
// One atelier of a group, as it stands: everything the wall shows is derived
// from this and `now`.
#include <cstdint>
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
};

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
    Pending pending = Pending::none;  // not saved: a restart cancels it
};

// A fresh atelier on `method` with `group`: every step planned, none started.
Session new_session(Group group, Method method, int client, std::string atelier_name);

const Step& current_step(const Session& session);
const StepRecord& current_record(const Session& session);
Thresholds thresholds(const Step& step);
std::optional<Speaker> current_speaker(const Session& session);

// Every name and text of the group and method, joined: the wall's fonts must
// hold each of their characters.
std::string all_text(const Session& session);

// Speaking time per person over the whole atelier, at `now`.
int64_t speaking_time(const Session& session, Speaker speaker, int64_t now);

}  // namespace atelier
