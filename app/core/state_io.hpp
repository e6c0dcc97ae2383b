#pragma once
// The saved atelier: the whole session as JSON (cereal), with a schema version
// (core/saved_schema.hpp describes it once). The restore point holds the
// timers' inputs (timestamps), never their outputs.
#include <cstdint>
#include <string>

#include "core/config_error.hpp"
#include "core/session.hpp"

namespace atelier {

// Bump when the layout changes, and teach the descriptions (`since`) and
// parse_state's migration the difference.
constexpr int kStateSchema = 4;

// The clocks when the state was written: a restart on the same boot carries
// on from them exactly, whatever the wall clock did meanwhile (see
// platform/session_clock.hpp).
struct SavedClock {
    int64_t wall_ms = 0;    // the system's wall clock
    std::string boot_id;    // the kernel's boot id: "" when unknown
    int64_t boot_ms = 0;    // the clock that counts since boot, sleeps included
    bool operator==(const SavedClock&) const = default;
};

struct SavedState {
    Session session;
    int64_t saved_at = 0;  // session clock when written: a restart never runs time backwards past it
    SavedClock clock;
};

std::string state_to_json(const Session& session, int64_t saved_at, const SavedClock& clock = {});
// A newer schema is refused (ErrorKind::newer_schema: the caller must not
// overwrite that file); an older one is migrated; a file that parses but
// breaks the session's invariant is refused, naming the field.
Parsed<SavedState> parse_state(const std::string& text, const std::string& file);

// The board a step of a schema-1 method gets: the shipped presets' step ids.
Board default_board(const std::string& step_id);

}  // namespace atelier
