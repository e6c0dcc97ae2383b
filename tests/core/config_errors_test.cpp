// What a facilitator reads when a config file is wrong: where a file that is
// not JSON breaks (line and column), and every bad setting, each on its own.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "core/config_set.hpp"
#include "core/i18n_console.hpp"
#include "core/method_io.hpp"

using namespace atelier;

namespace {

bool starts_with(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

std::set<std::string> fields_of(const ConfigSet& config) {
    std::set<std::string> out;
    for (const ConfigError& e : config.errors) out.insert(e.field);
    return out;
}

const ConfigError* error_on(const ConfigSet& config, const std::string& field) {
    for (const ConfigError& e : config.errors)
        if (e.field == field) return &e;
    return nullptr;
}

}  // namespace

TEST_CASE("config errors: a settings file that is not JSON says the line and the column") {
    // A comma too many, as a facilitator typed it.
    const ConfigSet config = load_config({{"settings.json", "{\n  \"lang\": \"en\",\n  \"step_guard_ms\": 1500,,\n}\n"}}, "/u");
    REQUIRE(config.errors.size() == 1);
    const ConfigError& e = config.errors[0];
    CHECK(e.file == "/u/settings.json");
    CHECK(e.field == "(file)");  // the whole file is the field
    CHECK(e.kind == ErrorKind::unreadable);
    CAPTURE(e.reason);
    CHECK(starts_with(e.reason, "line 3, column 25: "));  // the second comma
    CHECK(e.reason.size() > std::string("line 3, column 25: ").size());  // and what is wrong there
    CHECK(e.message() == "/u/settings.json: " + e.reason);
    CHECK(config.settings.lang == Lang::fr);  // nothing of a file that does not parse is used
}

TEST_CASE("config errors: the column counts characters, not bytes, on the right line") {
    // A missing comma after an accented text, on line 3: "steps" starts at character 35 (byte 38).
    const Parsed<Method> m = parse_method("\n\n{\"id\": \"é\", \"name\": {\"fr\": \"Été\"} \"steps\": []}", "methods/mine.json");
    REQUIRE_FALSE(m.ok());
    CHECK(m.error.field == "(file)");
    CAPTURE(m.error.reason);
    CHECK(starts_with(m.error.reason, "line 3, column 35: "));
}

TEST_CASE("config errors: a file cut short points just past its last character") {
    const ConfigSet config = load_config({{"keys.json", "{\"next\": [\"PageDown\",\n\n"}}, "/u");
    REQUIRE(config.errors.size() == 1);
    CHECK(config.errors[0].file == "/u/keys.json");
    CAPTURE(config.errors[0].reason);
    CHECK(starts_with(config.errors[0].reason, "line 1, column 22: "));
    CHECK(config.errors[0].reason.find("ends") != std::string::npos);
}

TEST_CASE("config errors: a file saved with a byte order mark (Windows Notepad) loads") {
    const ConfigSet config = load_config({{"settings.json", "\xEF\xBB\xBF{\"lang\": \"en\"}"}}, "/u");
    CHECK(config.errors.empty());
    CHECK(config.settings.lang == Lang::en);
}

TEST_CASE("config errors: a settings file keeps its good fields and reports every bad one") {
    const ConfigSet config =
        load_config({{"settings.json", R"({"lang": "en", "step_guard_ms": "abc", "flash": 3, "keep_plan_for_follow_up": false})"}}, "/u");
    CHECK(fields_of(config) == std::set<std::string>{"step_guard_ms", "flash"});
    for (const ConfigError& e : config.errors) CHECK(e.file == "/u/settings.json");
    REQUIRE(error_on(config, "step_guard_ms"));
    CHECK(error_on(config, "step_guard_ms")->reason.find("whole number") != std::string::npos);
    CHECK(error_on(config, "step_guard_ms")->kind == ErrorKind::wrong_type);
    CHECK(config.settings.lang == Lang::en);                 // good: kept
    CHECK_FALSE(config.settings.keep_plan_for_follow_up);    // good: kept
    CHECK(config.settings.step_guard_ms == 2000);            // bad: the shipped value
    CHECK(config.settings.flash);                            // bad: the shipped value
}

TEST_CASE("config errors: parse_settings gives a bad or missing field the fallback's value, not the built-in one") {
    Settings shipped;
    shipped.step_guard_ms = 500;
    shipped.lang = Lang::en;
    const SettingsRead read = parse_settings(R"({"step_guard_ms": "x", "flash": false})", "settings.json", shipped);
    REQUIRE(read.errors.size() == 1);
    CHECK(read.errors[0].file == "settings.json");
    CHECK(read.errors[0].field == "step_guard_ms");
    CHECK(read.settings.step_guard_ms == 500);
    CHECK(read.settings.lang == Lang::en);
    CHECK_FALSE(read.settings.flash);

    const SettingsRead broken = parse_settings("{\"flash\": false", "settings.json", shipped);
    REQUIRE(broken.errors.size() == 1);
    CHECK(broken.errors[0].field == "(file)");
    CHECK(broken.settings.flash);  // nothing of a file that does not parse
    CHECK(broken.settings.step_guard_ms == 500);
}

TEST_CASE("config errors: an unknown language and absurd durations are named and fall back") {
    const ConfigSet config = load_config({{"settings.json", R"({"lang": "xx", "step_guard_ms": -5, "flash": false})"}}, "/u");
    CHECK(fields_of(config) == std::set<std::string>{"lang", "step_guard_ms"});
    for (const ConfigError& e : config.errors) {
        CHECK(e.file == "/u/settings.json");
        CHECK(e.kind == ErrorKind::bad_value);
    }
    REQUIRE(error_on(config, "lang"));
    CHECK(error_on(config, "lang")->reason.find("\"xx\"") != std::string::npos);
    CHECK(config.settings.lang == Lang::fr);
    CHECK(config.settings.step_guard_ms == 2000);
    CHECK_FALSE(config.settings.flash);  // the good field stays

    const ConfigSet absurd = load_config({{"settings.json", R"({"step_guard_ms": 86400000})"}}, "/u");
    CHECK(fields_of(absurd) == std::set<std::string>{"step_guard_ms"});
    CHECK(absurd.settings.step_guard_ms == 2000);
}

TEST_CASE("config errors: the theme is dark or light, and any other value or a wrong type is named and falls back") {
    CHECK(load_config({}, "/u").settings.theme == ThemeName::dark);  // as shipped
    const ConfigSet light = load_config({{"settings.json", R"({"theme": "light"})"}}, "/u");
    CHECK(light.errors.empty());
    CHECK(light.settings.theme == ThemeName::light);

    // A misspelt value: named with the allowed ones, the other fields kept.
    const ConfigSet bright = load_config({{"settings.json", R"({"theme": "bright", "lang": "en"})"}}, "/u");
    CHECK(fields_of(bright) == std::set<std::string>{"theme"});
    REQUIRE(error_on(bright, "theme"));
    CHECK(error_on(bright, "theme")->file == "/u/settings.json");
    CHECK(error_on(bright, "theme")->kind == ErrorKind::bad_value);
    CAPTURE(error_on(bright, "theme")->reason);
    CHECK(error_on(bright, "theme")->reason.find("\"bright\"") != std::string::npos);
    CHECK(error_on(bright, "theme")->reason.find("dark, light") != std::string::npos);
    CHECK(bright.settings.theme == ThemeName::dark);
    CHECK(bright.settings.lang == Lang::en);

    // The wrong type, and the case that is not the setting's.
    const ConfigSet number = load_config({{"settings.json", R"({"theme": 1})"}}, "/u");
    REQUIRE(error_on(number, "theme"));
    CHECK(error_on(number, "theme")->kind == ErrorKind::wrong_type);
    CHECK(number.settings.theme == ThemeName::dark);
    CHECK(load_config({{"settings.json", R"({"theme": "Light"})"}}, "/u").settings.theme == ThemeName::dark);

    // A bad value keeps the fallback's theme, not the built-in one.
    Settings shipped;
    shipped.theme = ThemeName::light;
    const SettingsRead read = parse_settings(R"({"theme": ""})", "settings.json", shipped);
    REQUIRE(read.errors.size() == 1);
    CHECK(read.errors[0].field == "theme");
    CHECK(read.settings.theme == ThemeName::light);
    CHECK(theme_names().parse("dark") == ThemeName::dark);
    CHECK(std::string(theme_names().name(ThemeName::light)) == "light");
}

TEST_CASE("config errors: chimes are read field by field too — a misspelt setting is named") {
    const ConfigSet config =
        load_config({{"settings.json", R"({"chimes": {"step": true, "volume": 150, "danger": "yes"}, "language": "en"})"}}, "/u");
    CHECK(fields_of(config) == std::set<std::string>{"chimes.volume", "chimes.danger", "language"});
    CHECK(config.settings.chimes.step);
    CHECK(config.settings.chimes.volume == 70);
    CHECK_FALSE(config.settings.chimes.danger);
    REQUIRE(error_on(config, "language"));
    CHECK(error_on(config, "language")->reason.find("\"lang\"") != std::string::npos);  // the one it was meant to be
    CHECK(config.settings.lang == Lang::fr);

    const ConfigSet flat = load_config({{"settings.json", R"({"chimes": 5, "flash": false})"}}, "/u");
    CHECK(fields_of(flat) == std::set<std::string>{"chimes"});
    CHECK_FALSE(flat.settings.flash);
}

TEST_CASE("config errors: an unknown method is named and falls back to the shipped choice — a user's own method is known") {
    const ConfigSet config = load_config({{"settings.json", R"({"method": "no-such-method", "lang": "en"})"}}, "/u");
    CHECK(fields_of(config) == std::set<std::string>{"method"});
    REQUIRE(error_on(config, "method"));
    CHECK(error_on(config, "method")->file == "/u/settings.json");
    CHECK(error_on(config, "method")->kind == ErrorKind::bad_value);
    CHECK(error_on(config, "method")->reason.find("\"no-such-method\"") != std::string::npos);
    CHECK(config.settings.method == "codev-2h30");
    CHECK(config.settings.lang == Lang::en);  // the good field stays

    const std::string quick = R"({"id": "quick", "name": {"fr": "Rapide"}, "steps": [
        {"id": "a", "name": {"fr": "Tour"}, "minutes": 7, "speaking": "round"}]})";
    const ConfigSet mine = load_config({{"methods/quick.json", quick}, {"settings.json", R"({"method": "quick"})"}}, "/u");
    CHECK(mine.errors.empty());
    CHECK(mine.settings.method == "quick");

    // The method's own file is broken: the settings cannot name it either.
    const ConfigSet broken =
        load_config({{"methods/quick.json", "{\"id\": \"quick\""}, {"settings.json", R"({"method": "quick"})"}}, "/u");
    CHECK(fields_of(broken) == std::set<std::string>{"(file)", "method"});
    REQUIRE(error_on(broken, "method"));
    CHECK(error_on(broken, "method")->file == "/u/settings.json");
    CHECK(broken.settings.method == "codev-2h30");

    // The user's methods/codev-2h30.json holds another method: the shipped choice
    // is gone, and the first method stands in for it, as in the console.
    const std::string other = R"({"id": "aaa-mine", "name": {"fr": "La mienne"}, "steps": [
        {"id": "a", "name": {"fr": "Tour"}, "minutes": 7, "speaking": "round"}]})";
    const ConfigSet replaced = load_config({{"methods/codev-2h30.json", other}}, "/u");
    CHECK(replaced.errors.empty());
    CHECK(replaced.settings.method == "aaa-mine");
    const ConfigSet named = load_config({{"methods/codev-2h30.json", other}, {"settings.json", R"({"method": "codev-2h30"})"}}, "/u");
    CHECK(fields_of(named) == std::set<std::string>{"method"});
    CHECK(named.settings.method == "aaa-mine");
}

TEST_CASE("config errors: the console says in the facilitator's language which file, which field and what is wrong") {
    const ConfigError e{"/home/anne/.config/atelier/keys.json", "next[0]", "unknown key name \"Nope\"", ErrorKind::bad_value};
    const std::string fr = file_problem_line(Lang::fr, e), en = file_problem_line(Lang::en, e);
    for (const std::string& line : {fr, en}) {
        CHECK(line.find("keys.json") != std::string::npos);
        CHECK(line.find("next[0]") != std::string::npos);
        CHECK(line.find("Nope") != std::string::npos);  // the parser's own detail, kept
    }
    CHECK(fr.find("valeur qui n’a pas de sens") != std::string::npos);
    CHECK(en.find("a value that makes no sense") != std::string::npos);
    // A problem with the whole file names no field.
    const ConfigError whole{"keys.json", "(file)", "line 1, column 33: the file ends before its JSON does", ErrorKind::unreadable};
    CHECK(file_problem_line(Lang::fr, whole).find("(file)") == std::string::npos);
    CHECK(file_problem_line(Lang::fr, whole).find("illisible") != std::string::npos);
}
