#include "core/method_io.hpp"

#include <doctest/doctest.h>

#include "test_support.hpp"

using namespace atelier;

namespace {

const char* kGood = R"({
  "id": "mine", "name": {"fr": "Le mien", "en": "Mine"}, "total_minutes": 15,
  "steps": [
    {"id": "a", "name": {"fr": "Exposé"}, "minutes": 5, "speaking": "client"},
    {"id": "b", "name": {"fr": "Tour"}, "minutes": 10, "speaking": "round", "client": "back_turned", "rounds": 2,
     "warning_seconds": 120, "danger_seconds": 30}
  ]})";

std::string with(const std::string& from, const std::string& to) {
    std::string text = kGood;
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

ConfigError error_of(const std::string& text) {
    const Parsed<Method> m = parse_method(text, "methods/mine.json");
    REQUIRE_FALSE(m.ok());
    CHECK(m.error.file == "methods/mine.json");
    return m.error;
}

}  // namespace

TEST_CASE("method file: a user method with optional fields loads") {
    const Parsed<Method> m = parse_method(kGood, "mine.json");
    REQUIRE_MESSAGE(m.ok(), m.error.message());
    CHECK(m.value->steps[1].client == ClientActivity::back_turned);
    CHECK(m.value->steps[1].rounds == 2);
    CHECK(m.value->steps[1].warning_ms == 120'000);
    CHECK(m.value->steps[0].name.in(Lang::en) == "Exposé");  // no English: French shows
}

TEST_CASE("method file: empty, truncated and non-JSON files are clear errors") {
    CHECK(error_of("").reason == "empty file");
    CHECK(error_of(std::string(kGood).substr(0, 80)).field == "(file)");
    CHECK(error_of("hello").field == "(file)");
    CHECK(error_of("[1, 2]").field == "id");
}

TEST_CASE("method file: each malformed field is named with its path") {
    CHECK(error_of(with("\"minutes\": 5", "\"minutes\": \"five\"")).field == "steps[0].minutes");
    CHECK(error_of(with("\"minutes\": 5", "\"minutes\": \"five\"")).reason == "expected a whole number");
    CHECK(error_of(with("\"minutes\": 5", "\"minutes\": -5")).field == "steps[0].minutes");
    CHECK(error_of(with("\"minutes\": 5, ", "")).reason == "missing");
    CHECK(error_of(with("\"speaking\": \"round\"", "\"speaking\": \"popcorn\"")).field == "steps[1].speaking");
    CHECK(error_of(with("\"back_turned\"", "\"asleep\"")).field == "steps[1].client");
    CHECK(error_of(with("\"rounds\": 2", "\"rounds\": -1")).field == "steps[1].rounds");
    CHECK(error_of(with("\"id\": \"b\"", "\"id\": \"a\"")).field == "steps[1].id");
    CHECK(error_of(with("{\"fr\": \"Tour\"}", "\"Tour\"")).field == "steps[1].name");
    CHECK(error_of(with("{\"fr\": \"Tour\"}", "{}")).field == "steps[1].name.fr");
    CHECK(error_of(with("\"warning_seconds\": 120", "\"warning_seconds\": 9999")).field == "steps[1].warning_seconds");
    CHECK(error_of(with("\"total_minutes\": 15", "\"total_minutes\": 20")).field == "total_minutes");
    CHECK(error_of(with("\"id\": \"mine\"", "\"id\": 3")).field == "id");
}

TEST_CASE("method file: decimal numbers are refused before parsing, with their line") {
    const ConfigError e = error_of(with("\"minutes\": 5", "\"minutes\": 0e-136"));
    CHECK(e.field == "(file)");
    CHECK(e.reason.find("line 4") != std::string::npos);
    CHECK(error_of(with("\"minutes\": 5", "\"minutes\": 5.5")).reason.find("whole numbers") != std::string::npos);
    // Inside texts, dots and digits are just text.
    CHECK(parse_method(with("\"Exposé\"", "\"Exposé 2.5e3 — v1.0\""), "m.json").ok());
}

TEST_CASE("method file: steps must be a non-empty list of objects") {
    const std::string no_steps = R"({"id": "x", "name": {"fr": "X"}, "steps": []})";
    CHECK(error_of(no_steps).field == "steps");
    const std::string not_list = R"({"id": "x", "name": {"fr": "X"}, "steps": {"a": 1}})";
    CHECK(error_of(not_list).field == "steps");
    const std::string not_object = R"({"id": "x", "name": {"fr": "X"}, "steps": [3]})";
    CHECK(error_of(not_object).field == "steps[0]");
}
