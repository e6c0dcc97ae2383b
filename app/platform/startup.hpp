#pragma once
// The atelier a window opens on: the saved one (or a ready-made demo), with
// what went wrong reading it said on stderr, on the console and on the wall;
// then the room's settings and the command line, which reach the session as
// commands like everything else; then the config files' problems, named.
#include "core/config_set.hpp"
#include "platform/options.hpp"
#include "platform/session_clock.hpp"
#include "platform/session_owner.hpp"
#include "platform/state_store.hpp"

namespace atelier::platform {

// --screenshot and --demo only read: they never move a file, never save.
inline bool reads_only(const Options& o) { return !o.screenshot.empty() || !o.demo.empty(); }

void restore_atelier(SessionOwner& owner, StateStore& store, SessionClock& clock, const Options& options, const ConfigSet& config);

}  // namespace atelier::platform
