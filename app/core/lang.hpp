#pragma once
// The two languages of the room, and text that carries both.
#include <string>

namespace atelier {

enum class Lang { fr, en };

// A piece of wall text in both languages. Methods and groups are data, so
// every user-visible string they hold comes in both.
struct Text {
    std::string fr;
    std::string en;
    const std::string& in(Lang lang) const { return lang == Lang::en && !en.empty() ? en : fr; }
    bool operator==(const Text&) const = default;
};

inline const char* lang_code(Lang lang) { return lang == Lang::en ? "en" : "fr"; }

}  // namespace atelier
