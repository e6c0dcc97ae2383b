#pragma once
// What the wall shows, as typed data: decided once here, beside the wall
// model, and encoded by each transport (`atelier send status` and `atelier
// --status` as lines of text; the remote service as JSON). No transport
// decides anything of its own.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/session.hpp"
#include "core/wall_model.hpp"

namespace atelier {

struct Status {
    int step = 0;              // index in the method
    std::string step_number;   // as the wall numbers it ("2"), "" for unnumbered steps
    std::string step_name;
    std::string instruction;
    bool finished = false;
    bool blanked = false;
    int64_t now_ms = 0;        // the moment it describes, on the session's clock (ms since the epoch)
    std::string timer;         // "24:59", "+02:15"
    int64_t remaining_ms = 0;  // negative in overtime
    Phase phase = Phase::not_started;
    std::string phase_word;
    std::string speaker;       // who holds the floor, "" for nobody
    std::string role;
    std::string next;          // what Next will do, as the wall says it
    std::string round;
    std::vector<std::string> order;  // the round's order, in speaking order
    std::string clock;         // the time of day on the wall
    std::string projected_end;
    std::string client;
    std::string group;
    std::string series;        // "Atelier 3 / 8"
    Lang lang = Lang::fr;
    std::vector<std::string> people;  // who is here (a phone gives one of them the floor)
    // The room beyond the atelier.
    bool on_break = false;
    std::string break_title;
    std::string break_left;
    int64_t break_left_ms = 0;
    std::string message;
    // The phone's buttons the reducer would refuse now, with the reason the
    // console gives on hover: verb of `atelier send` -> reason.
    std::vector<std::pair<std::string, std::string>> refused;
    // Content: only where the transport may show it (the facilitator allows it).
    bool content = false;
    std::string request;       // the contract when there is one
    std::string request_quoted;  // between the room language's quotation marks, as the wall shows it
    std::vector<std::string> plan;
};

// From the wall model of the same moment `now`: the status says what the wall says.
// `with_content`: the client's request and plan go in (the local socket; a
// remote viewer only when the facilitator allows it).
Status status_of(const Session& session, const WallModel& model, int64_t now, bool with_content = true);
// The phase as a stable word for scripts: "not_started", "running", "warning",
// "danger", "overtime", "paused".
const char* phase_id(Phase phase);

// A Stream Deck key showing the timer (Companion's "image from URL"): three
// lines for a square of 72 pixels, decided here, drawn by the remote room.
struct TimerTile {
    std::string top;     // "2 · Questions", or the break's word
    std::string big;     // the time left: "04:32", "+01:05", the break's countdown
    std::string bottom;  // who speaks; the phase's word when the timer does not run ("En pause")
    Phase phase = Phase::not_started;  // the big line's colour (never the only sign: see bottom)
};
TimerTile timer_tile(const Status& status);

// The status as one JSON object (the remote service's /api/state and events).
std::string status_json(const Status& status);

// "step: 2\nstep_name: ...\n" then `extra` lines (the shell's own: help,
// console...) in the order given. Names are stable: scripts read them.
std::string status_text(const Status& status, const std::vector<std::pair<std::string, std::string>>& extra = {});

}  // namespace atelier
