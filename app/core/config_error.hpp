#pragma once
// What went wrong in a config or state file: which file, which field, why.
#include <optional>
#include <string>

namespace atelier {

struct ConfigError {
    std::string file;
    std::string field;   // "steps[3].minutes", or "(file)" for the whole file
    std::string reason;  // "expected a whole number"
    std::string message() const { return file + ": " + field + ": " + reason; }
};

// A value read from a file, or the error that kept it from being read.
template <class T>
struct Parsed {
    std::optional<T> value;
    ConfigError error;
    bool ok() const { return value.has_value(); }
};

}  // namespace atelier
