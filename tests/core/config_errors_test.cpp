// What a facilitator reads when a config file is wrong: where a file that is
// not JSON breaks (line and column), and every bad setting, each on its own.
#include <doctest/doctest.h>

#include <string>

#include "core/config_set.hpp"
#include "core/method_io.hpp"

using namespace atelier;

namespace {

bool starts_with(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

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
