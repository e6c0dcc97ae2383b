// Inputs the fuzz targets (tests/fuzz) found, each named after what it broke,
// reduced to what a test needs.
#include <doctest/doctest.h>

#include "core/keymap.hpp"
#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

TEST_CASE("fuzz regression: a key file with an empty action name is refused naming that field") {
    const Parsed<KeyMap> p = parse_keymap(R"({"": ["x"]})", "keys.json");
    REQUIRE_FALSE(p.ok());
    CHECK(p.error.field == "\"\"");
    CHECK(p.error.reason == "unknown action");
    CHECK(p.error.message() == "keys.json: \"\": unknown action");
}
