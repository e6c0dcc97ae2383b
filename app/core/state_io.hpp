#pragma once
// The saved atelier: the whole session as JSON (cereal), with a schema version.
// The restore point holds the timers' inputs (timestamps), never their outputs.
#include <cstdint>
#include <string>

#include "core/config_error.hpp"
#include "core/session.hpp"

namespace atelier {

// Bump when the layout changes, and teach parse_state to migrate the old one.
constexpr int kStateSchema = 1;

struct SavedState {
    Session session;
    int64_t saved_at = 0;  // session clock when written: a restart never runs time backwards past it
};

std::string state_to_json(const Session& session, int64_t saved_at);
// A newer schema is refused (the caller must not overwrite that file);
// an older one is migrated; anything inconsistent is an error naming the field.
Parsed<SavedState> parse_state(const std::string& text, const std::string& file);
// True when the error means "written by a newer Atelier".
bool is_newer_schema(const ConfigError& error);

}  // namespace atelier
