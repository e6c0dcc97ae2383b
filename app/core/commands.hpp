#pragma once
// Everything the facilitator can ask for, as plain data. Keys, the clicker,
// the console and `atelier send` all turn into these; one reducer applies them.
#include <cstdint>
#include <string>
#include <variant>

#include "core/group.hpp"
#include "core/lang.hpp"
#include "core/method.hpp"
#include "core/session.hpp"

namespace atelier {

namespace cmd {
// Running the atelier (the clicker's buttons and their keyboard twins).
struct Next {};
struct Previous {};
struct StartPause {};
struct ToggleBlank {};
struct AddTime { int64_t ms; };        // negative removes time
struct Pass {};
struct JumpTo { int step; };           // index in the method
struct GiveFloor { int participant; }; // free steps; in turn steps, someone still to speak in this round
struct RotateOrder {};
struct ShuffleOrder { uint32_t seed; };// the seed comes from outside: core is pure
struct MoveInOrder { Speaker who; int to; };  // to a position of the current round still to come
struct OneMoreRound {};
struct SetStepMinutes { int step; int minutes; };
// People, live: nothing recorded is lost.
// A late arrival joins the current round after `after` (the current speaker,
// say), or at its end when `after` is kNobody or has no turn to come.
struct AddParticipant { std::string name; Speaker after = kNobody; };
struct ParticipantLeft { int participant; };
struct ParticipantBack { int participant; };
struct Rename { Speaker who; std::string name; };  // kFacilitator renames the facilitator
struct ChangeClient { int participant; };
// What is said (confidential).
struct SetRequest { std::string text; };
struct SetContract { std::string text; };
struct AddPlanItem { std::string text; };
struct EditPlanItem { int index; std::string text; };  // an empty text removes the item
// Erases the requests and contracts (this atelier's and the series'); the
// action plans too unless `keep_plan` (the next atelier's follow-up reads them).
struct ForgetContent { bool keep_plan = false; };
// The room and the atelier as a whole.
struct SetLang { Lang lang; };
// The wall's L key: proposes the next language of Rules::languages; Enter
// confirms it, L again proposes the one after, any other key cancels.
struct ToggleLang {};
struct SetRules {
    int64_t step_guard_ms;
    bool forget_when_finished;
    bool keep_plan;
    std::vector<Lang> languages{Lang::fr, Lang::en};  // empty: fr, en
};
// The group's next atelier. Over one under way (a timer started, or a request
// typed) it is refused unless `replace` says the facilitator confirmed.
struct NewAtelier {
    Group group;
    Method method;
    int client = -1;  // in group.participants; -1: the one a facilitator expects (see next_client)
    std::string atelier_name;
    Lang lang = Lang::fr;
    // The group of the atelier on the wall, carrying on its series: the series
    // is the session's own (always the latest), not the one in `group`, which
    // may have been copied before the last atelier ended. False for another
    // group (from the library, or new), whose series `group` holds.
    bool continues_series = true;
    bool replace = false;
};
// Goes back to a saved atelier the facilitator chose: a recovery file's, or a
// state file that could not be read at start. Nothing else replaces the session.
struct Restore { Session session; };
struct RequestQuit {};   // needs Confirm
struct RequestReset {};  // needs Confirm
struct Confirm {};
struct Cancel {};
// What the room is told besides the atelier: a break until a moment of the
// session clock (the step's timer is held: paused, not resumed by itself),
// and a short message on the wall. Each covers the wall until cleared.
struct StartBreak { int64_t until; };
struct EndBreak {};
struct SetMessage { std::string text; };  // "" clears it
}  // namespace cmd

using Command =
    std::variant<cmd::Next, cmd::Previous, cmd::StartPause, cmd::ToggleBlank, cmd::AddTime, cmd::Pass, cmd::JumpTo,
                 cmd::GiveFloor, cmd::RotateOrder, cmd::ShuffleOrder, cmd::MoveInOrder, cmd::OneMoreRound,
                 cmd::SetStepMinutes, cmd::AddParticipant, cmd::ParticipantLeft, cmd::ParticipantBack, cmd::Rename,
                 cmd::ChangeClient, cmd::SetRequest, cmd::SetContract, cmd::AddPlanItem, cmd::EditPlanItem,
                 cmd::ForgetContent, cmd::SetLang, cmd::ToggleLang, cmd::SetRules, cmd::NewAtelier, cmd::Restore,
                 cmd::RequestQuit, cmd::RequestReset, cmd::Confirm, cmd::Cancel, cmd::StartBreak, cmd::EndBreak,
                 cmd::SetMessage>;

// Why a command changed nothing. The wall and the console translate it.
enum class Why {
    ok,
    finished,            // the atelier is over: only Previous, Reset, Quit apply
    no_previous,         // already at the first speaker of the first step
    nothing_pending,     // Confirm or Cancel with nothing to confirm
    not_a_turn_step,     // Pass in a step without turns
    nobody_speaking,     // Pass or rotate with nobody holding the floor
    not_a_free_step,     // GiveFloor in a step where the client holds the floor
    no_such_participant,
    no_such_step,
    already_there,       // JumpTo the current step, ChangeClient to the client
    negative_duration,   // removing more time than the step has
    nothing_to_reorder,
    step_just_changed,   // the step guard: the room has not seen the new step yet
    not_a_round_step,    // one more round outside a round step
    participant_left,    // the floor or the client role for someone who left
    client_cannot_leave,
    holds_the_floor,     // leaving while holding the floor with nobody after
    not_left,            // coming back without having left
    empty_name,
    duplicate_name,
    too_many_participants,
    bad_text,            // control characters (NUL...), direction overrides, or invalid UTF-8
    text_too_long,       // longer than the wall can show
    not_drawable,        // emoji and other characters beyond what the wall's fonts hold
    no_such_item,
    too_many_items,
    empty_text,
    already_spoke,       // the floor for someone who already spoke in this round
    not_movable,         // a position of the order that has passed
    too_long,            // a step of more than 10 hours
    bad_group,           // a new atelier with an unusable group
    bad_method,
    nothing_to_forget,
    under_way,           // a new atelier over one under way, not confirmed
    bad_state,           // a restored atelier that does not hold together
    // The room (core/i18n_room.cpp says them).
    break_in_past,       // a break that would end before now
    no_break,            // ending a break when there is none
    no_message,          // clearing a message when there is none
};

}  // namespace atelier
