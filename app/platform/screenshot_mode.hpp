#pragma once
// `atelier --screenshot FILE.png`: the wall (or `--view console`) as it
// would appear now, drawn once in a hidden window and written to a PNG; it
// reads the saved atelier and touches nothing (a running wall is fine).
// `--layout-report FILE` adds every line of text drawn, its size, capital
// height and glyphs, for the legibility tests.
#include <string>

#include "core/config_set.hpp"
#include "platform/options.hpp"

namespace atelier::platform {

int run_screenshot(const Options& options, const ConfigSet& config, const std::string& state_dir);

}  // namespace atelier::platform
