#pragma once
// The saved atelier: the whole session as JSON (cereal), with a schema version.
// The restore point holds the timers' inputs (timestamps), never their outputs.
#include <cstdint>
#include <string>

#include "core/config_error.hpp"
#include "core/session.hpp"

namespace atelier {

// 1: Atelier 0.1.0. 2: people who left, the request, contract and plan, the
// series (size, plans), one more round, the step guard, rules, boards.
// Bump when the layout changes, and teach parse_state to migrate the old one.
constexpr int kStateSchema = 2;

struct SavedState {
    Session session;
    int64_t saved_at = 0;  // session clock when written: a restart never runs time backwards past it
};

std::string state_to_json(const Session& session, int64_t saved_at);
// A newer schema is refused (ErrorKind::newer_schema: the caller must not
// overwrite that file); an older one is migrated; a file that parses but
// breaks the session's invariant is refused, naming the field.
Parsed<SavedState> parse_state(const std::string& text, const std::string& file);

// The board a step of a schema-1 method gets: the shipped presets' step ids.
Board default_board(const std::string& step_id);

}  // namespace atelier
