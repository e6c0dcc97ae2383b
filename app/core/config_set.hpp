#pragma once
// All configuration at once: the compiled-in defaults (config/ as shipped),
// overlaid by the user's files. A broken user file is reported with its file
// and field, and that file alone falls back to the default.
#include <map>
#include <string>
#include <vector>

#include "core/config_error.hpp"
#include "core/group_io.hpp"
#include "core/keymap.hpp"
#include "core/method.hpp"
#include "core/settings.hpp"

namespace atelier {

struct ConfigSet {
    std::vector<Method> methods;  // sorted by id
    KeyMap keys;
    Settings settings;
    GroupFile sample_group;
    std::vector<ConfigError> errors;
};

// `user_files` maps a path relative to the config dir ("methods/mine.json",
// "keys.json") to its text; the platform reads them, core only parses.
// `user_dir` labels errors.
ConfigSet load_config(const std::map<std::string, std::string>& user_files, const std::string& user_dir);

const Method* find_method(const ConfigSet& config, const std::string& id);

// The built-in sample workshop: the sample group on its method, with the
// suggested client.
Session sample_session(const ConfigSet& config);

}  // namespace atelier
