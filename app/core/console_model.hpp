#pragma once
// What the console's live tabs show of the atelier at `now`, decided here as
// WallModel decides the wall: the steps and their minutes, the round's order
// and who may be moved in it, who can be made client or marked gone, the
// field Alt+3 types into, the series and who has not been client yet. The
// console's views lay this out and turn clicks into Commands; they compare no
// step id and keep no rule of their own.
#include <cstdint>
#include <string>
#include <vector>

#include "core/reducer.hpp"
#include "core/session.hpp"

namespace atelier {

struct ConsoleStepRow {
    std::string name;         // "2. Consultation" (numbered as the wall numbers it)
    bool current = false;
    int minutes = 0;          // the time the step gets, in whole minutes (planned + added)
    int64_t added_ms = 0;     // added or removed during the atelier
    bool visited = false;
    int64_t actual_ms = 0;    // the time it took (or takes, for the current one)
};

struct ConsoleOrderRow {
    Speaker who = kNobody;
    std::string name;
    Mark mark = Mark::upcoming;
    bool movable = false;  // only who has not spoken yet changes place
};

struct ConsolePersonRow {
    std::string name;
    bool client = false;
    bool gone = false;
    bool can_be_client = false;  // not the client, not gone
    bool can_leave = false;      // the client does not leave
    bool can_take_floor = false; // not the client, not gone
};

// The text Alt+3 gives the keyboard to: the contract while it is agreed, a
// new action while the plan is written, else the request.
enum class ConsoleField { request, contract, plan };

struct SeriesLine {
    std::string date, client;
};

struct ConsoleModel {
    std::vector<ConsoleStepRow> steps;
    bool order_shown = false;  // a round is under way in a step that takes turns
    std::vector<ConsoleOrderRow> order;
    std::vector<ConsolePersonRow> people;  // seating order
    ConsoleField field = ConsoleField::request;
    std::string client;  // the client's name
    Speaker speaking = kNobody;  // who has the floor (a late arrival may come right after them)
    std::string request, contract;
    std::vector<std::string> plan;
    bool timer_running = false;
    std::vector<SeriesLine> series;          // the ateliers held so far
    std::vector<std::string> not_yet_client;  // who the series has not heard as client
    ForgetScope forget;
    std::string follow_up_client;  // whose plan step 0 shows, which Forget may erase
};

ConsoleModel console_model(const Session& session, int64_t now);

// The step whose text is the agreed request (method steps say it by id).
bool is_contract_step(const Step& step);

}  // namespace atelier
