// The translations on disk: a catalog in the config folder (or installed)
// replaces the built-in one of its language; a broken one is named, file and
// reason, and the built-in words stay.
#include "platform/catalog_files.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "core/catalog.hpp"
#include "core/i18n.hpp"

using namespace atelier;
using namespace atelier::platform;
namespace fs = std::filesystem;

namespace {
std::string temp_dir(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("atelier-catalogs-" + std::to_string(::getpid()) + "-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir.string();
}
std::string mo_path(const std::string& locale, const char* id) {
    fs::create_directories(locale + "/" + id + "/LC_MESSAGES");
    return locale + "/" + id + "/LC_MESSAGES/atelier.mo";
}
// The built-in catalog back in place, whatever the test did.
struct BuiltInAgain {
    Lang lang;
    ~BuiltInAgain() {
        for (const EmbeddedCatalog& e : embedded_catalogs())
            if (lang_from_id(e.lang_id) == lang)
                install_catalog(lang, std::vector<char>(reinterpret_cast<const char*>(e.bytes), reinterpret_cast<const char*>(e.bytes) + e.size));
    }
};
}  // namespace

TEST_CASE("catalog files: a translator's catalog in the config folder replaces the built-in words of its language") {
    const std::string config = temp_dir("mine"), locale = config + "/locale";
    const std::string po = config + "/de.po";
    std::ofstream(po) << "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
                         "msgctxt \"wall\"\nmsgid \"Projected end\"\nmsgstr \"Geplantes Ende (Probe)\"\n";
    REQUIRE(std::system(("msgfmt -o '" + mo_path(locale, "de") + "' '" + po + "'").c_str()) == 0);
    const BuiltInAgain restore{Lang::de};
    CHECK(std::string(tr(Lang::de, Word::projected_end)) == "Voraussichtliches Ende");
    const std::vector<ConfigError> problems = load_catalog_files(catalog_dirs(config));
    CHECK(problems.empty());
    CHECK(std::string(tr(Lang::de, Word::projected_end)) == "Geplantes Ende (Probe)");
    CHECK(std::string(tr(Lang::fr, Word::projected_end)) == "Fin prévue");  // the other languages untouched
}

TEST_CASE("catalog files: a file that is not a catalog, or cannot be read, is named and the built-in words stay") {
    const std::string config = temp_dir("broken"), locale = config + "/locale";
    std::ofstream(mo_path(locale, "es")) << "this is not a catalog, only text that someone saved as .mo";
    std::ofstream(mo_path(locale, "nl")) << "";
    fs::create_directories(mo_path(locale, "fr"));  // a folder where the file should be
    const BuiltInAgain es{Lang::es}, nl{Lang::nl}, fr{Lang::fr};
    const std::vector<ConfigError> problems = load_catalog_files({locale});
    REQUIRE(problems.size() == 3);
    for (const ConfigError& e : problems) {
        CAPTURE(e.message());
        CHECK(e.file.rfind(locale, 0) == 0);
        CHECK(e.file.find("/LC_MESSAGES/atelier.mo") != std::string::npos);
        CHECK(e.message().find("the built-in catalog is used") != std::string::npos);
    }
    CHECK(std::string(tr(Lang::es, Word::projected_end)) == "Fin previsto");
    CHECK(std::string(tr(Lang::nl, Word::projected_end)) == "Verwacht einde");
    CHECK(std::string(tr(Lang::fr, Word::projected_end)) == "Fin prévue");
}
