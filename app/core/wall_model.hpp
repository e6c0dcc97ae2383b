#pragma once
// What the wall shows at `now`, as text and numbers in the room's language.
// The ImGui views only lay this out; every decision is made here, and tested.
#include <cstdint>
#include <string>
#include <vector>

#include "core/format.hpp"
#include "core/session.hpp"
#include "core/summary.hpp"

namespace atelier {

struct StripEntry {
    std::string number;  // "2", or "" for unnumbered blocks
    std::string name;
    bool current = false;
    bool done = false;  // visited before the current one, or all when finished
};

struct OrderEntry {
    std::string name;
    Mark mark = Mark::upcoming;
    bool is_client = false;
    bool is_facilitator = false;
    bool has_left = false;  // open floor: listed, but gone
};

struct SummaryRow {
    std::string label;
    int64_t planned_ms = 0;  // as the method planned
    int64_t added_ms = 0;    // added or removed during the atelier
    int64_t actual_ms = 0;
    bool visited = false;
};

// What the step keeps in view besides time and turns: the client's request
// (or contract), the action plan, or the previous client's plan.
struct BoardView {
    Board kind = Board::none;
    std::string title;               // "La demande de Camille :"
    std::string text;                // the request or contract, in quotes
    std::vector<std::string> items;  // plan items
    std::string note;                // "No action written yet"
    bool shown() const { return kind != Board::none; }
};

// The client's posture when it matters (listening in silence, back turned):
// a sign with words, not a coloured line.
struct PostureView {
    ClientActivity activity = ClientActivity::speaks;
    std::string text;   // "Camille écoute, dos tourné"
    std::string brief;  // "écoute, dos tourné": beside a title that names the client already
    bool shown() const { return !text.empty(); }
};

struct SpeakerBar {
    std::string name;
    int64_t ms = 0;
    bool is_client = false;
};

struct WallModel {
    Lang lang = Lang::fr;
    bool blanked = false;
    bool finished = false;

    std::vector<StripEntry> strip;
    std::string step_label;   // "Étape 2 / 7"
    std::string step_name;
    std::string instruction;
    std::string client_activity;  // when no posture sign is shown
    PostureView posture;
    BoardView board;

    std::string timer_text;   // "24:59", "+02:15"
    int64_t remaining_ms = 0;  // negative in overtime
    Phase phase = Phase::not_started;
    std::string phase_word;   // never colour alone
    double progress = 0;      // share of the step used
    bool overtime = false;    // remaining below zero (also while paused)

    std::string speaker_name;  // empty: nobody
    std::string speaker_role;
    bool speaker_is_client = false;
    bool speaker_is_facilitator = false;
    std::string turn_time;     // "Ce tour 1:05"
    std::string next_label;    // "Suivant : Paul Martin", "Suivant : Étape 4 — Consultation : réactions…"
    std::string next_brief;    // the same, a next step by its number alone: "Suivant : Étape 4"
    bool next_is_in_order = false;  // Next gives the floor to the chip after the current one (the chips say it too)

    std::vector<OrderEntry> order;
    std::string round_label;   // "Tour 2 / 2 — dernier tour", empty when not a round step

    std::string clock;          // time of day
    std::string projected_end;  // "Fin prévue 17:05"
    std::string group_name;
    std::string atelier_name;
    std::string series_label;   // "Atelier 3 / 8"

    std::vector<SummaryRow> summary_rows;  // when finished
    SummaryRow summary_total;
    std::vector<SpeakerBar> speaker_bars;
    std::string summary_note;  // the request was erased at the end (confidentiality setting)

    std::string confirm_prompt;  // a quit or reset waiting for Enter

    // The room beyond the atelier: a break covers the wall until cleared (its
    // countdown to the time it ends, then "over"); a message sits above it all.
    bool on_break = false;
    std::string break_title;    // "Pause — reprise à 10 h 15", or that the break is over
    std::string break_left;     // "12:34" to the end of the break; "" once it is over
    int64_t break_left_ms = 0;  // negative once over
    std::string break_hint;     // how to end it
    std::string message;        // "" : none
};

WallModel wall_model(const Session& session, int64_t now, const LocalTime& local);

// What the room should notice since the last look: the step changed (or the
// summary appeared), or the timer entered warning, danger or overtime. Never
// on the first look. The timer's flash and the chime both follow it, so the
// same moments are detected once.
enum class WallEvent { none, step, warning, danger, overtime };
struct FlashWatch {
    bool primed = false;
    int step = 0;
    bool finished = false;
    Phase phase = Phase::not_started;
};
WallEvent wall_event(FlashWatch& watch, const Session& session, Phase phase);

}  // namespace atelier
