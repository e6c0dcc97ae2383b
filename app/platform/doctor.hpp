#pragma once
// `atelier --doctor`: what this machine gives Atelier, in plain words, for
// the moment something looks wrong in the room. Exit 0 when the wall can
// run, 1 when it cannot (no display, no font).
#include "core/config_set.hpp"
#include "platform/options.hpp"

namespace atelier::platform {

int run_doctor(const Options& options, const ConfigSet& config);

}  // namespace atelier::platform
