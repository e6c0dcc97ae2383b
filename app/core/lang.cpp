#include "core/lang.hpp"

namespace atelier {

namespace {
struct LangInfo {
    Lang lang;
    const char* id;
    const char* name;
};
constexpr LangInfo kLangs[] = {
    {Lang::fr, "fr", "Français"}, {Lang::en, "en", "English"},   {Lang::de, "de", "Deutsch"},
    {Lang::es, "es", "Español"},  {Lang::nl, "nl", "Nederlands"}, {Lang::qps, "qps", "Pseudo"},
};
static_assert(sizeof kLangs / sizeof kLangs[0] == kLangCount);
}  // namespace

const char* lang_id(Lang lang) { return kLangs[static_cast<size_t>(lang)].id; }
const char* lang_name(Lang lang) { return kLangs[static_cast<size_t>(lang)].name; }

std::optional<Lang> lang_from_id(std::string_view id) {
    for (const LangInfo& l : kLangs)
        if (id == l.id) return l.lang;
    return std::nullopt;
}

std::string lang_ids_list() {
    std::string out;
    for (const LangInfo& l : kLangs) out += (out.empty() ? "" : ", ") + std::string(l.id);
    return out;
}

std::string quoted(Lang lang, const std::string& text) {
    switch (lang) {
        case Lang::fr: return "\u00AB\u202F" + text + "\u202F\u00BB";
        case Lang::de: return "\u201E" + text + "\u201C";
        case Lang::es: return "\u00AB" + text + "\u00BB";
        default: return "\u201C" + text + "\u201D";
    }
}

std::string colon(Lang lang) { return lang == Lang::fr ? "\u202F:" : ":"; }

const std::string& Text::in(Lang lang) const {
    if (!(*this)[lang].empty()) return (*this)[lang];
    if (!(*this)[Lang::fr].empty()) return (*this)[Lang::fr];
    if (!(*this)[Lang::en].empty()) return (*this)[Lang::en];
    for (const std::string& t : by_lang)
        if (!t.empty()) return t;
    return (*this)[Lang::fr];
}

bool Text::empty() const {
    for (const std::string& t : by_lang)
        if (!t.empty()) return false;
    return true;
}

}  // namespace atelier
