#include "core/catalog.hpp"

#include <array>
#include <cstring>
#include <locale>
#include <mutex>

#include <boost/locale/gnu_gettext.hpp>
#include <boost/locale/message.hpp>

namespace atelier {

namespace {

using Facet = boost::locale::message_format<char>;
constexpr const char* kDomain = "atelier";

// A .mo's first four bytes, in either byte order: Boost.Locale would take
// other bytes for an empty catalog or throw deep inside.
bool looks_like_mo(const std::vector<char>& bytes) {
    if (bytes.size() < 28) return false;
    const unsigned char* b = reinterpret_cast<const unsigned char*>(bytes.data());
    const uint32_t le = b[0] | b[1] << 8 | b[2] << 16 | static_cast<uint32_t>(b[3]) << 24;
    const uint32_t be = b[3] | b[2] << 8 | b[1] << 16 | static_cast<uint32_t>(b[0]) << 24;
    return le == 0x950412de || be == 0x950412de;
}

// Boost.Locale asks for files by path: hand it the bytes we hold, whatever
// the path (nothing is read from disk here).
// A facet's destructor is protected: a std::locale owns it.
std::locale facet_from(Lang lang, std::vector<char> bytes) {
    boost::locale::gnu_gettext::messages_info info;
    info.language = lang_id(lang);
    info.encoding = "UTF-8";
    info.locale_category = "LC_MESSAGES";
    info.paths = {"catalog"};
    info.domains = {boost::locale::gnu_gettext::messages_info::domain(kDomain)};
    const std::string wanted = std::string("catalog/") + lang_id(lang) + "/LC_MESSAGES/" + kDomain + ".mo";
    info.callback = [bytes = std::move(bytes), wanted](const std::string& file, const std::string&) {
        return file == wanted ? bytes : std::vector<char>();
    };
    return std::locale(std::locale::classic(), boost::locale::gnu_gettext::create_messages_facet<char>(info));
}

struct Catalogs {
    std::array<const Facet*, kLangCount> by_lang{};
    int domain = 0;
    // Replaced catalogs stay: texts already handed out point into them.
    std::vector<std::locale> held;
    std::mutex installing;
};

std::string install_into(Catalogs& c, Lang lang, std::vector<char> bytes) {
    if (!looks_like_mo(bytes)) return "not a compiled gettext catalog (.mo)";
    try {
        std::locale holder = facet_from(lang, std::move(bytes));
        const Facet& facet = std::use_facet<Facet>(holder);
        // Installed at start, before the wall, the console and `atelier send` read texts.
        const std::lock_guard<std::mutex> lock(c.installing);
        c.domain = facet.domain(kDomain);
        c.by_lang[static_cast<size_t>(lang)] = &facet;
        c.held.push_back(std::move(holder));
        return "";
    } catch (const std::exception& e) {
        return std::string("damaged catalog (") + e.what() + ")";
    }
}

Catalogs& catalogs() {
    static Catalogs* c = [] {
        auto* made = new Catalogs;  // never freed: texts point into it until the very end
        for (const EmbeddedCatalog& e : embedded_catalogs()) {
            const auto lang = lang_from_id(e.lang_id);
            if (!lang) continue;
            std::vector<char> bytes(reinterpret_cast<const char*>(e.bytes), reinterpret_cast<const char*>(e.bytes) + e.size);
            install_into(*made, *lang, std::move(bytes));  // the build checked them (msgfmt --check)
        }
        return made;
    }();
    return *c;
}

const char* lookup(Lang lang, const Msg& msg, const long* n) {
    Catalogs& c = catalogs();
    const Facet* f = c.by_lang[static_cast<size_t>(lang)];
    if (!f) return nullptr;
    const char* found = n ? f->get(c.domain, msg.context, msg.id, static_cast<int>(*n)) : f->get(c.domain, msg.context, msg.id);
    return found && *found ? found : nullptr;
}

}  // namespace

const char* translate(Lang lang, const Msg& msg) {
    if (msg.plural) return translate_n(lang, msg, 2);
    const char* found = lookup(lang, msg, nullptr);
    return found ? found : msg.id;
}

const char* translate_n(Lang lang, const Msg& msg, long n) {
    if (!msg.plural) return translate(lang, msg);
    const char* found = lookup(lang, msg, &n);
    return found ? found : n == 1 ? msg.id : msg.plural;
}

bool has_translation(Lang lang, const Msg& msg) {
    const long two = 2;
    return lookup(lang, msg, msg.plural ? &two : nullptr) != nullptr;
}

std::string install_catalog(Lang lang, std::vector<char> mo_bytes) { return install_into(catalogs(), lang, std::move(mo_bytes)); }

}  // namespace atelier
