#pragma once
// Text typed by people (names, the client's request, plan items): what the
// session accepts, so that the wall, the files and the fonts can rely on it.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "core/limits.hpp"

namespace atelier {

constexpr size_t kMaxNameChars = limits::kNameChars;
constexpr size_t kMaxRequestChars = limits::kRequestChars;
constexpr size_t kMaxPlanItemChars = limits::kPlanItemChars;
constexpr size_t kMaxPlanItems = limits::kPlanItems;

// What keeps a text out of the session, for a message that says why.
enum class TextProblem {
    none,
    invalid_utf8,
    control,       // control characters (NUL, line breaks in names...), or direction overrides (U+202E) that would reorder what is around them
    not_drawable,  // beyond the Basic Multilingual Plane (emoji): the wall's fonts cannot hold them
    too_long,
    invisible,     // nothing visible: only spaces, zero-width spaces or joiners (a blank chip)
};
// The first problem of `text` as the session would store it (tidied), or none.
TextProblem text_problem(const std::string& text, size_t max_chars, bool must_show = false);

bool is_valid_utf8(const std::string& text);
// The offset of the first byte that is not part of valid UTF-8, or npos.
size_t invalid_utf8_at(const std::string& text);
// Characters (code points) in valid UTF-8 text.
size_t char_count(const std::string& text);
// Valid UTF-8 without control characters: what a saved session may hold.
// (What a command may add is stricter: text_problem.)
bool is_clean_text(const std::string& text);
// Whether `text` shows anything: a character that is not a space, a
// zero-width space, a joiner or a direction mark.
bool has_visible_character(const std::string& text);
// Spaces at both ends removed; runs of spaces, tabs and line breaks become one
// space. Returns nullopt when the result is not clean text or longer than
// `max_chars` characters. An empty result is allowed.
std::optional<std::string> tidy_text(const std::string& text, size_t max_chars);
// Lower case for ASCII letters, for matching names typed in a script.
std::string ascii_lower(std::string text);
// Lower case without accents for the Latin letters names use (É→e, Œ→oe, ß→ss):
// "eric" finds "Éric", and a file name can be spelled in ASCII. Other
// characters are kept as they are.
std::string folded(const std::string& text);

}  // namespace atelier
