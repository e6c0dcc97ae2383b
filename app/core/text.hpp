#pragma once
// Text typed by people (names, the client's request, plan items): what the
// session accepts, so that the wall, the files and the fonts can rely on it.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace atelier {

constexpr size_t kMaxNameChars = 60;
constexpr size_t kMaxRequestChars = 160;  // three lines on the wall at a size the room reads
constexpr size_t kMaxPlanItemChars = 140;
constexpr size_t kMaxPlanItems = 10;

bool is_valid_utf8(const std::string& text);
// Characters (code points) in valid UTF-8 text.
size_t char_count(const std::string& text);
// Valid UTF-8 without control characters.
bool is_clean_text(const std::string& text);
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
