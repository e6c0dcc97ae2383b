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

namespace {
std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}
// "q=0.8" as thousandths; 1000 without one; -1 when unreadable (the range is then ignored).
int quality_of(std::string_view params) {
    const size_t q = params.find("q=");
    if (q == std::string_view::npos) return 1000;
    std::string_view v = trimmed(params.substr(q + 2));
    if (v.empty() || (v[0] != '0' && v[0] != '1')) return -1;
    int thousandths = (v[0] - '0') * 1000;
    if (v.size() > 1 && v[1] == '.') {
        int scale = 100;
        for (size_t i = 2; i < v.size() && i < 5 && v[i] >= '0' && v[i] <= '9'; ++i, scale /= 10) thousandths += (v[i] - '0') * scale;
    }
    return thousandths > 1000 ? -1 : thousandths;
}
}  // namespace

std::optional<Lang> lang_from_accept_language(std::string_view header) {
    std::optional<Lang> best;
    int best_q = 0;
    if (header.size() > 1024) header = header.substr(0, 1024);  // a header is short; a long one is read in part
    while (!header.empty()) {
        const size_t comma = header.find(',');
        const std::string_view range = header.substr(0, comma);
        header = comma == std::string_view::npos ? std::string_view{} : header.substr(comma + 1);
        const size_t semi = range.find(';');
        std::string_view tag = trimmed(range.substr(0, semi));
        const int q = semi == std::string_view::npos ? 1000 : quality_of(range.substr(semi + 1));
        // "de-CH" and "de_AT" speak German: the primary subtag, in any case.
        tag = tag.substr(0, tag.find_first_of("-_"));
        if (tag.size() < 2 || tag.size() > 3) continue;
        std::string lower;
        for (char c : tag) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        const auto lang = lang_from_id(lower);
        if (!lang || *lang == Lang::qps || q <= best_q) continue;  // a tie keeps the earlier one
        best = lang;
        best_q = q;
    }
    return best;
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
