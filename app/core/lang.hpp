#pragma once
// The languages the room can speak, each named by its id ("fr", "de"...), and
// text that carries a version per language.
//
// A language is an id saved and typed as a string; in memory it is a small
// enum, because each one comes with code of its own (French elision, the
// quotation marks, the catalog built into the binary): a language cannot be
// added without that code, so the set is closed at compile time.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace atelier {

enum class Lang : uint8_t {
    fr,   // the reference
    en,
    de,
    es,
    nl,
    qps,  // the pseudo-language (accents, 40 % longer): a layout check, not a room's language
};
constexpr size_t kLangCount = 6;

// "fr", "de", "qps".
const char* lang_id(Lang lang);
// The language's own name, as a speaker writes it: "Français", "Deutsch".
const char* lang_name(Lang lang);
// The language with this id, or nullopt.
std::optional<Lang> lang_from_id(std::string_view id);
// The language a browser asks for in its Accept-Language header
// ("de-CH,de;q=0.9,en;q=0.8"): the room's language it prefers most among those
// Atelier speaks (quality, then order), nullopt when none (curl, a script).
// The pseudo-language is never chosen this way.
std::optional<Lang> lang_from_accept_language(std::string_view header);
// The ids a facilitator may choose, for error messages: "fr, en, de, es, nl, qps".
std::string lang_ids_list();
inline const char* lang_code(Lang lang) { return lang_id(lang); }

// Typography of each language: a text between its quotation marks (« … »
// in French, „…“ in German, «…» in Spanish, “…” in English and Dutch), and the colon
// (a narrow no-break space before it in French).
std::string quoted(Lang lang, const std::string& text);
std::string colon(Lang lang);

// A piece of wall text in the languages its author wrote. Methods and groups
// are data: each holds the languages its file gives (a German preset speaks
// German only); shown in the room's language, else French, else English, else
// the first there is.
struct Text {
    std::array<std::string, kLangCount> by_lang;
    const std::string& in(Lang lang) const;
    std::string& operator[](Lang lang) { return by_lang[static_cast<size_t>(lang)]; }
    const std::string& operator[](Lang lang) const { return by_lang[static_cast<size_t>(lang)]; }
    bool empty() const;
    bool operator==(const Text&) const = default;
};

}  // namespace atelier
