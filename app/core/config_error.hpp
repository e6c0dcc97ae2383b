#pragma once
// What went wrong in a config or state file: which file, which field, why,
// and what kind of problem it is (callers decide on the kind, never on the text).
#include <optional>
#include <string>

namespace atelier {

enum class ErrorKind {
    unreadable,    // empty, truncated, not JSON, numbers Atelier does not use
    too_large,     // over a limit (core/limits.hpp): size, nesting, a text's length
    no_access,     // cannot be opened or read at all: permission, I/O error, not a regular file
    missing,       // a required field is absent
    wrong_type,    // a field of the wrong JSON type
    bad_value,     // parses, but makes no sense (out of range, unknown name, broken invariant)
    newer_schema,  // written by a newer Atelier: leave it untouched
};

// Why a file could not be read at all, for messages in the room's language.
enum class FileProblem { none, permission, io_error, folder, fifo, device, socket, link, too_large, other };

struct ConfigError {
    std::string file;
    std::string field;   // "steps[3].minutes", or "(file)" for the whole file
    std::string reason;  // "expected a whole number"
    ErrorKind kind = ErrorKind::bad_value;
    // "settings.json: step_guard_ms: expected a whole number"; an error about the
    // whole file has no field to name: "settings.json: line 3, column 25: ...".
    std::string message() const { return field == "(file)" ? file + ": " + reason : file + ": " + field + ": " + reason; }
};

// A value read from a file, or the error that kept it from being read.
template <class T>
struct Parsed {
    std::optional<T> value;
    ConfigError error;
    bool ok() const { return value.has_value(); }
};

}  // namespace atelier
