#include "core/config_set.hpp"

#include <doctest/doctest.h>

#include "test_support.hpp"

using namespace atelier;

TEST_CASE("config: a broken user file falls back to the shipped one and the others still load") {
    const ConfigSet config = load_config({{"methods/codev-2h30.json", "{ \"id\": "},
                                          {"settings.json", R"({"lang": "en"})"}},
                                         "/home/me/.config/atelier");
    REQUIRE(config.errors.size() == 1);
    CHECK(config.errors[0].file == "/home/me/.config/atelier/methods/codev-2h30.json");
    REQUIRE(find_method(config, "codev-2h30"));
    CHECK(find_method(config, "codev-2h30")->steps.size() == 7);
    CHECK(config.settings.lang == Lang::en);
}

TEST_CASE("config: a user adds a method by dropping a file") {
    const ConfigSet config = load_config(
        {{"methods/quick.json", R"({"id": "quick", "name": {"fr": "Rapide"}, "steps": [
            {"id": "a", "name": {"fr": "Tour"}, "minutes": 7, "speaking": "round"}]})"}},
        "/u");
    CHECK(config.errors.empty());
    REQUIRE(find_method(config, "quick"));
    CHECK(find_method(config, "quick")->total_minutes == 7);
}

TEST_CASE("config: a broken settings file names its field and the default language stays") {
    const ConfigSet config = load_config({{"settings.json", R"({"lang": "tlh"})"}}, "/u");
    REQUIRE(config.errors.size() == 1);
    CHECK(config.errors[0].field == "lang");
    CHECK(config.settings.lang == Lang::fr);
}

TEST_CASE("config: the sample workshop is a group of 8 with French names on the 2 h 30 preset") {
    const Session s = sample_session(load_config({}, "/u"));
    CHECK(s.group.participants.size() == 8);
    CHECK(s.method.id == "codev-2h30");
    CHECK(s.group.participants[4] == "Françoise Œuvray");
    CHECK_FALSE(s.group.facilitator.empty());
}
