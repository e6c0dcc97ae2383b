#pragma once
// The only place that touches the file system.
//
// Reading: only regular files are read, opened without blocking (a FIFO in
// place of state.json must not hang the start), sized with fstat before a
// byte is read, and never more than limits::kFileBytes. A file that is absent
// is told apart from one that cannot be read: only the first means "nothing
// saved yet".
//
// Writing: nothing written follows a link or reuses a stale file. A file is
// written to a temporary created exclusively (O_EXCL, O_NOFOLLOW, owner-only)
// beside it, flushed, then renamed over it; folders are created owner-only
// and checked to be the user's own before anything goes into them.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/config_error.hpp"
#include "core/limits.hpp"

namespace atelier::platform {

// $XDG_CONFIG_HOME/atelier, or ~/.config/atelier; $XDG_STATE_HOME/atelier, or
// ~/.local/state/atelier. "~" is $HOME, or the home the password database
// gives this user: never a folder under /tmp that another user could create
// first. "" when no home can be found (the caller says which variable to set).
std::string config_dir_default();
std::string state_dir_default();
// The user's home: $HOME when it is an absolute path, else the password database's.
std::string home_dir();

// What reading a file gave.
struct FileText {
    enum class Status { ok, absent, unreadable, too_large } status = Status::absent;
    std::string text;    // when ok
    std::string reason;  // when not ok: "permission denied", "a FIFO, not a regular file"...
    FileProblem problem = FileProblem::none;
    // Not a regular file at all (a FIFO, a folder, a link): nothing of the
    // user's is in it, it can go aside. A regular file that cannot be read
    // (permission, I/O error) may hold the atelier: it is never written over.
    bool not_a_file() const;
    bool ok() const { return status == Status::ok; }
    // The problem as a file error (ErrorKind::no_access or too_large), for messages.
    ConfigError error(const std::string& path) const;
};
// Links in place of the file: the state and the groups are Atelier's own
// files, and a link there was planted (refused); a config file may be a link
// a dotfiles manager made (followed, but what it names must be a regular file).
enum class Links { refuse, follow };
FileText read_text_file(const std::string& path, Links links = Links::refuse, size_t limit = limits::kFileBytes);

// The old interface: the text, or nothing when the file cannot be read for any reason.
std::optional<std::string> read_file(const std::string& path);
bool exists(const std::string& path);

// The user's config files, by path relative to `dir` (keys.json,
// methods/x.json...), and the problems of those that exist but could not be
// read (they fall back to the shipped defaults, like a broken file). None is
// read from a folder another user owns or may write into.
struct ConfigDir {
    std::map<std::string, std::string> files;
    std::vector<ConfigError> problems;
};
ConfigDir read_config_dir(const std::string& dir);

// Writes `text` so that a crash at any instant leaves either the old file or
// the new one: an exclusive temporary file beside it, fsync, rename over,
// fsync the folder. The old file, if any, becomes `backup` first (a hard link
// renamed into place, so `path` never disappears). A link at `path` is
// replaced, never followed. Returns an empty string, or what went wrong.
std::string write_atomically(const std::string& path, const std::string& text, const std::string& backup);

// Renames a damaged file aside with a timestamp in its name; returns the new
// name, or an empty string when that failed too.
std::string move_aside(const std::string& path, const std::string& stamp);
// The local time of `now` (ms since the epoch) as a file name's stamp: 20261206-142501.
std::string file_stamp(int64_t now);

// Creates `dir` and its missing parents owner-only (0700) and checks that it
// is safe to write into: a folder of this user, that no other user can write
// into, reached through folders that no other user can rename or replace.
// An existing folder's permissions are left as the user set them (a folder
// made read-only stays so; saving then says why it fails). Returns "" or the
// problem, naming the folder.
std::string private_dir_problem(const std::string& dir);
bool make_private_dirs(const std::string& dir);  // private_dir_problem(dir).empty()
// Creates `dir` and its parents as the umask says (the autostart entry's
// folder, a probe): for files that are not the atelier's.
bool make_dirs(const std::string& dir);

// Temporary files of writes a killed Atelier left behind in `dir`
// (NAME.tmp-XXXXXX): removed at start by the one process that holds the lock.
int remove_stale_temporaries(const std::string& dir);

// The files of `dir` whose names end with `suffix`, sorted.
std::vector<std::string> files_in(const std::string& dir, const std::string& suffix);

// Whether `path` names an existing file (any kind, links not followed).
bool is_there(const std::string& path);

// A free name for a new file: `stem` + `extension` if nothing is there, else
// `stem`-2, -3...: a second export of the day does not overwrite the first.
std::string free_name(const std::string& stem, const std::string& extension);

}  // namespace atelier::platform
