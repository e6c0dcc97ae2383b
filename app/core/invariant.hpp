#pragma once
// What every session must hold: everything the reducer and the wall rely on,
// written down once. Used three ways: the loader refuses a file that breaks it
// (kept aside and named like a damaged file); tests and fuzzers check it after
// every command; and it is the definition the reducer keeps.
#include <optional>
#include <string>

#include "core/session.hpp"

namespace atelier {

struct Violation {
    std::string field;   // "records[2].round_marks[0][3]"
    std::string reason;  // "the current speaker's mark is not \"current\""
    // Which part of the session breaks it: a command refuses a bad method and a bad group with different words.
    enum class Part { method, group, other } part = Part::other;
};

// Nothing when the session is sound.
std::optional<Violation> find_violation(const Session& session);
// The method's part of it (fields "method.steps[2].name.fr"...): what the
// method loader and a new atelier's command refuse.
std::optional<Violation> find_method_violation(const Method& method);

// Bounds on stored times, far beyond any real atelier: arithmetic on them and
// on any `now` within kMaxClockMs can never overflow.
constexpr int64_t kMaxClockMs = int64_t{1} << 52;     // ~140 000 years from the epoch
constexpr int64_t kMaxDurationMs = int64_t{1} << 40;  // ~35 years

}  // namespace atelier
