#include "ui/bidi.hpp"

#include <fribidi.h>

#include <vector>

namespace atelier::ui {

namespace {

// UTF-8 to code points; a malformed byte becomes U+FFFD (drawn as a box,
// never read past the end).
std::u32string decode(const std::string& s) {
    std::u32string out;
    size_t i = 0;
    while (i < s.size()) {
        const unsigned char b = static_cast<unsigned char>(s[i]);
        const int n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
        char32_t c = n == 1 ? b : n == 2 ? (b & 0x1Fu) : n == 3 ? (b & 0x0Fu) : (b & 0x07u);
        bool ok = n > 0 && i + static_cast<size_t>(n) <= s.size();
        for (int k = 1; ok && k < n; ++k) {
            const unsigned char cont = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
            ok = (cont & 0xC0) == 0x80;
            c = (c << 6) | (cont & 0x3Fu);
        }
        if (!ok || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
            out.push_back(0xFFFD);
            ++i;
            continue;
        }
        out.push_back(c);
        i += static_cast<size_t>(n);
    }
    return out;
}

void encode(char32_t c, std::string& out) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

bool explicit_control(char32_t c) { return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069); }

// Invisible once the line is ordered and joined: the marks (LRM, RLM, ALM),
// the joiners, and what fribidi leaves where two letters became one ligature.
bool invisible_after_shaping(char32_t c) {
    return c == 0x200E || c == 0x200F || c == 0x061C || c == 0x200C || c == 0x200D || c == FRIBIDI_CHAR_FILL;
}

bool needs_bidi(const std::u32string& line) {
    for (char32_t c : line) {
        const FriBidiCharType t = fribidi_get_bidi_type(c);
        if (FRIBIDI_IS_RTL(t) || FRIBIDI_IS_ARABIC(t) || c == 0x200F || c == 0x061C) return true;
    }
    return false;
}

std::string ordered(const std::string& line) {
    std::u32string logical;
    bool dropped = false;
    for (char32_t c : decode(line)) {
        if (explicit_control(c)) dropped = true;
        else logical.push_back(c);
    }
    if (!needs_bidi(logical)) {
        if (!dropped) return line;
        std::string out;
        for (char32_t c : logical) encode(c, out);
        return out;
    }
    const auto len = static_cast<FriBidiStrIndex>(logical.size());
    std::vector<FriBidiChar> str(logical.begin(), logical.end());
    std::vector<FriBidiCharType> types(str.size());
    std::vector<FriBidiBracketType> brackets(str.size());
    std::vector<FriBidiLevel> levels(str.size());
    std::vector<FriBidiArabicProp> joining(str.size());
    fribidi_get_bidi_types(str.data(), len, types.data());
    fribidi_get_bracket_types(str.data(), len, types.data(), brackets.data());
    FriBidiParType direction = FRIBIDI_PAR_ON;  // from the first strong letter
    if (!fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), len, &direction, levels.data())) return line;
    // Joining and shaping work on the logical order; mirroring turns "(" in a
    // right-to-left run into ")".
    fribidi_get_joining_types(str.data(), len, joining.data());
    fribidi_join_arabic(types.data(), len, levels.data(), joining.data());
    const FriBidiFlags flags = FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC;
    fribidi_shape(flags, levels.data(), len, joining.data(), str.data());
    if (!fribidi_reorder_line(flags, types.data(), len, 0, direction, levels.data(), str.data(), nullptr)) return line;
    std::string out;
    for (FriBidiChar c : str)
        if (!invisible_after_shaping(c)) encode(c, out);
    return out;
}

}  // namespace

std::string visual_line(const std::string& utf8) {
    bool ascii = true;
    for (char c : utf8) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii) return utf8;  // most of what the wall draws, every frame
    std::string out;
    size_t start = 0;
    while (true) {
        const size_t end = utf8.find('\n', start);
        out += ordered(utf8.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) break;
        out += '\n';
        start = end + 1;
    }
    return out;
}

}  // namespace atelier::ui
