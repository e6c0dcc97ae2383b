#include "core/text.hpp"

namespace atelier {

namespace {

// Length of the UTF-8 sequence starting at `i`, or 0 when it is not a valid,
// shortest-form sequence of a Unicode scalar value.
size_t sequence_length(const std::string& s, size_t i) {
    const auto byte = [&s](size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    if (c < 0x80) return 1;
    size_t n = 0;
    uint32_t cp = 0;
    if ((c & 0xE0) == 0xC0) n = 2, cp = c & 0x1F;
    else if ((c & 0xF0) == 0xE0) n = 3, cp = c & 0x0F;
    else if ((c & 0xF8) == 0xF0) n = 4, cp = c & 0x07;
    else return 0;
    if (i + n > s.size()) return 0;
    for (size_t k = 1; k < n; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    const uint32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < smallest[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

uint32_t code_point_at(const std::string& s, size_t i, size_t n) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (n == 1) return c;
    uint32_t cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
    for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    return cp;
}

bool is_control(uint32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0x2028 || cp == 0x2029; }

// Embeddings, overrides and isolates (U+202A–202E, U+2066–2069): "Zoë\u202E..."
// would turn the rest of the wall's line around. The marks (U+200E, U+200F) are harmless.
bool is_direction_control(uint32_t cp) { return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069); }

// Characters that take no room: zero-width space and joiners, word joiner,
// invisible operators, direction marks, the byte order mark, soft hyphen, fillers.
bool is_invisible(uint32_t cp) {
    return cp == 0x20 || cp == 0xA0 || cp == 0xAD || cp == 0x34F || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2060 && cp <= 0x2064) ||
           cp == 0xFEFF || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x180E || cp == 0x2800 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

}  // namespace

size_t invalid_utf8_at(const std::string& text) {
    for (size_t i = 0; i < text.size();) {
        const size_t n = sequence_length(text, i);
        if (n == 0) return i;
        i += n;
    }
    return std::string::npos;
}

bool is_valid_utf8(const std::string& text) { return invalid_utf8_at(text) == std::string::npos; }

size_t char_count(const std::string& text) {
    size_t count = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) ++count;
    return count;
}

bool is_clean_text(const std::string& text) {
    for (size_t i = 0; i < text.size();) {
        const size_t n = sequence_length(text, i);
        if (n == 0) return false;
        if (is_control(code_point_at(text, i, n))) return false;
        i += n;
    }
    return true;
}

bool has_visible_character(const std::string& text) {
    for (size_t i = 0; i < text.size();) {
        const size_t n = sequence_length(text, i);
        if (n == 0) return false;
        if (!is_invisible(code_point_at(text, i, n))) return true;
        i += n;
    }
    return false;
}

TextProblem text_problem(const std::string& text, size_t max_chars, bool must_show) {
    if (!is_valid_utf8(text)) return TextProblem::invalid_utf8;
    for (size_t i = 0; i < text.size();) {
        const size_t n = sequence_length(text, i);
        const uint32_t cp = code_point_at(text, i, n);
        // Line breaks and tabs become spaces when tidied: not a problem.
        if ((is_control(cp) && cp != '\n' && cp != '\t' && cp != '\r') || is_direction_control(cp)) return TextProblem::control;
        if (cp > 0xFFFF) return TextProblem::not_drawable;
        i += n;
    }
    const auto tidy = tidy_text(text, max_chars);
    if (!tidy) return TextProblem::too_long;
    if (must_show && !has_visible_character(*tidy)) return TextProblem::invisible;
    return TextProblem::none;
}

std::optional<std::string> tidy_text(const std::string& text, size_t max_chars) {
    if (!is_valid_utf8(text)) return std::nullopt;
    std::string out;
    bool pending_space = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += c;
    }
    if (!is_clean_text(out) || char_count(out) > max_chars) return std::nullopt;
    return out;
}

std::string ascii_lower(std::string text) {
    for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return text;
}

namespace {
// U+00C0 to U+017F (Latin-1 Supplement letters, Latin Extended-A), folded.
// Two letters where the letter is two (Æ, Œ, ß, ĳ); empty where none fits.
constexpr const char* kLatinFolds[] = {
    // U+00C0
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
    // U+0100
    "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
    "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
    "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
    "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
    "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
    "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
    "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
    "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
};
static_assert(sizeof kLatinFolds / sizeof kLatinFolds[0] == 0x180 - 0xC0);
}  // namespace

std::string folded(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c - 'A' + 'a');
            continue;
        }
        // Two-byte UTF-8 from U+00C0 (lead bytes 0xC3 to 0xC5).
        if (c >= 0xC3 && c <= 0xC5 && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            const unsigned code = ((c & 0x1Fu) << 6) | (next & 0x3Fu);
            if ((next & 0xC0) == 0x80 && code >= 0xC0 && code < 0x180 && *kLatinFolds[code - 0xC0]) {
                out += kLatinFolds[code - 0xC0];
                ++i;
                continue;
            }
        }
        out += static_cast<char>(c);
    }
    return out;
}

}  // namespace atelier
