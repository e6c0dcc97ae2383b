#pragma once
// Everything the facilitator can ask for, as plain data. Keys, clicker buttons
// and setup screens all turn into these; one reducer applies them.
#include <cstdint>
#include <variant>

#include "core/lang.hpp"

namespace atelier {

namespace cmd {
struct Next {};
struct Previous {};
struct StartPause {};
struct AddTime { int64_t ms; };        // negative removes time
struct Pass {};
struct JumpTo { int step; };           // index in the method
struct GiveFloor { int participant; }; // free steps
struct RotateOrder {};
struct ShuffleOrder { uint32_t seed; };// the seed comes from outside: core is pure
struct ChangeClient { int participant; };
struct ToggleBlank {};
struct SetLang { Lang lang; };
struct ToggleLang {};
struct RequestQuit {};   // needs Confirm
struct RequestReset {};  // needs Confirm
struct Confirm {};
struct Cancel {};
}  // namespace cmd

using Command = std::variant<cmd::Next, cmd::Previous, cmd::StartPause, cmd::AddTime, cmd::Pass, cmd::JumpTo,
                             cmd::GiveFloor, cmd::RotateOrder, cmd::ShuffleOrder, cmd::ChangeClient,
                             cmd::ToggleBlank, cmd::SetLang, cmd::ToggleLang, cmd::RequestQuit,
                             cmd::RequestReset, cmd::Confirm, cmd::Cancel>;

// Why a command changed nothing. The wall translates it.
enum class Why {
    ok,
    finished,            // the atelier is over: only Previous, Reset, Quit apply
    no_previous,         // already at the first speaker of the first step
    nothing_pending,     // Confirm or Cancel with nothing to confirm
    not_a_turn_step,     // Pass in a step without turns
    nobody_speaking,     // Pass or rotate with nobody holding the floor
    not_a_free_step,     // GiveFloor outside a free step
    no_such_participant,
    no_such_step,
    already_there,       // JumpTo the current step, ChangeClient to the client
    negative_duration,   // removing more time than the step has
    nothing_to_reorder,
};

}  // namespace atelier
