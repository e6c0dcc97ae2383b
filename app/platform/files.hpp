#pragma once
// The only place that touches the file system.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace atelier::platform {

std::string config_dir_default();  // $XDG_CONFIG_HOME/atelier, or ~/.config/atelier
std::string state_dir_default();   // $XDG_STATE_HOME/atelier, or ~/.local/state/atelier

std::optional<std::string> read_file(const std::string& path);
bool exists(const std::string& path);
// The user's config files, by path relative to `dir` (keys.json, methods/x.json...).
std::map<std::string, std::string> read_config_dir(const std::string& dir);

// Writes `text` so that a crash at any instant leaves either the old file or
// the new one: temp file, fsync, rename over, fsync the directory. The old
// file, if any, becomes `backup` first (hard link, so `path` never disappears).
// Returns an empty string, or what went wrong.
std::string write_atomically(const std::string& path, const std::string& text, const std::string& backup);

// Renames a damaged file aside with a timestamp in its name; returns the new
// name, or an empty string when that failed too.
std::string move_aside(const std::string& path, const std::string& stamp);

bool make_dirs(const std::string& dir);
// Creates `dir` (and its parents) readable by its owner only: the atelier's
// content is confidential. An existing folder is made owner-only too.
bool make_private_dirs(const std::string& dir);

// The files of `dir` whose names end with `suffix`, sorted.
std::vector<std::string> files_in(const std::string& dir, const std::string& suffix);

}  // namespace atelier::platform
