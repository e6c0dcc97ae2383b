#pragma once
// The modes that run once and exit, without a window: `atelier send`,
// `atelier export`, `atelier --status` (and, beside them, `--doctor` and
// `--autostart`). Each reads what
// it needs and touches nothing of a running wall's.
#include <string>

#include "core/config_set.hpp"
#include "platform/options.hpp"

namespace atelier::platform {

// The state folder the options name (--state-dir, else the XDG default), or
// "" with a message printed saying which variable to set.
std::string state_dir_of(const Options& options);
std::string config_dir_of(const Options& options);

// The user's config files over the shipped defaults; files that exist but
// cannot be read are errors like broken ones (named, the default used).
ConfigSet load_config_dir(const std::string& dir);

int run_send(const Options& options);
int run_export(const Options& options, const ConfigSet& config);
int run_status(const Options& options, const ConfigSet& config);

}  // namespace atelier::platform
