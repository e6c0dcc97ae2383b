#include "core/method_io.hpp"

#include <doctest/doctest.h>

#include "core/config_set.hpp"
#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {
struct Expected {
    const char* file;
    int total_minutes;
    size_t steps;
    std::vector<Lang> langs = {Lang::fr, Lang::en};  // the languages each text is written in
};
const std::vector<Lang> kRoomLangs = {Lang::fr, Lang::en, Lang::de, Lang::es, Lang::nl};
const Expected kPresets[] = {
    // Co-development itself, in every room language: a German or Flemish group running the
    // Payette-Champagne method reads its own words on the wall, not French.
    {"codev-3h", 180, 9, kRoomLangs}, {"codev-2h30", 150, 7, kRoomLangs}, {"codev-2h", 120, 7, kRoomLangs},
    {"codev-90", 90, 7, kRoomLangs}, {"codev-express-60", 60, 6, kRoomLangs}, {"troika", 10, 5}, {"wise-crowds", 15, 4}, {"action-learning", 35, 6},
    // The sister methods, each in its own language (sources in each file).
    {"kollegiale-beratung", 50, 6, {Lang::de}}, {"heilsbronner-modell", 65, 8, {Lang::de}},
    {"intervisie-incident", 60, 7, {Lang::nl}}, {"balint-group", 90, 7, {Lang::en}},
    {"codesarrollo-profesional", 120, 6, {Lang::es}},
};
}  // namespace

TEST_CASE("presets: every shipped method loads and sums to its stated length") {
    for (const Expected& e : kPresets) {
        CAPTURE(e.file);
        const std::string path = std::string("config/methods/") + e.file + ".json";
        const Parsed<Method> m = parse_method(read_source_file(path), path);
        REQUIRE_MESSAGE(m.ok(), m.error.message());
        CHECK(m.value->id == e.file);
        CHECK(m.value->steps.size() == e.steps);
        CHECK(m.value->total_minutes == e.total_minutes);
        CHECK(planned_total_ms(*m.value) / kMin + m.value->margin_minutes == e.total_minutes);
        for (Lang l : e.langs) CHECK_FALSE(m.value->name[l].empty());
        for (const Step& step : m.value->steps)
            for (Lang l : e.langs) {
                CHECK_FALSE(step.name[l].empty());
                CHECK_FALSE(step.instruction[l].empty());
            }
        // Its sources are in the file, for the facilitator who wants to read them.
        if (e.langs.size() == 1) CHECK(read_source_file(path).find("\"sources\"") != std::string::npos);
    }
}

TEST_CASE("presets: each sister method keeps the case-giver's posture of its tradition") {
    const ConfigSet config = load_config({}, "/nowhere");
    const auto activity_of = [&](const char* method, const char* step) {
        const Method* m = find_method(config, method);
        REQUIRE(m);
        for (const Step& s : m->steps)
            if (s.id == step) return s.client;
        FAIL("no step " << step);
        return ClientActivity::speaks;
    };
    CHECK(activity_of("kollegiale-beratung", "beratung") == ClientActivity::listens);
    CHECK(activity_of("heilsbronner-modell", "loesungen") == ClientActivity::back_turned);
    CHECK(activity_of("intervisie-incident", "uitwisseling") == ClientActivity::listens);
    CHECK(activity_of("codesarrollo-profesional", "consulta") == ClientActivity::listens);
    // Balint: the presenter sits back and listens 30 to 40 minutes.
    const Method* balint = find_method(config, "balint-group");
    REQUIRE(balint);
    CHECK(activity_of("balint-group", "push-back") == ClientActivity::listens);
    for (const Step& s : balint->steps)
        if (s.id == "push-back") CHECK((s.planned_ms >= 30 * kMin && s.planned_ms <= 40 * kMin));
}

TEST_CASE("presets: the co-development presets follow the durations table of the method") {
    const ConfigSet config = load_config({}, "/nowhere");
    const Method* m = find_method(config, "codev-3h");
    REQUIRE(m);
    std::vector<std::pair<std::string, int>> got;
    for (const Step& s : m->steps) got.push_back({s.id, static_cast<int>(s.planned_ms / kMin)});
    CHECK(got == std::vector<std::pair<std::string, int>>{{"opening", 20}, {"choice", 10}, {"presentation", 15},
                                                          {"clarification", 25}, {"contract", 10}, {"break", 10},
                                                          {"consultation", 40}, {"synthesis", 15}, {"evaluation", 25}});
    const Method* express = find_method(config, "codev-express-60");
    REQUIRE(express);
    CHECK(express->steps.front().id == "presentation");  // no opening in the express format
}

TEST_CASE("presets: the six steps speak as the method says") {
    const ConfigSet config = load_config({}, "/nowhere");
    const Method* m = find_method(config, "codev-2h30");
    REQUIRE(m);
    auto mode_of = [&](const char* id) {
        for (const Step& s : m->steps)
            if (s.id == id) return s.speaking;
        FAIL("no step " << id);
        return SpeakingMode::free;
    };
    CHECK(mode_of("presentation") == SpeakingMode::client);
    CHECK(mode_of("clarification") == SpeakingMode::round);
    CHECK(mode_of("contract") == SpeakingMode::client);
    CHECK(mode_of("consultation") == SpeakingMode::round);
    CHECK(mode_of("synthesis") == SpeakingMode::client);
    CHECK(mode_of("evaluation") == SpeakingMode::everyone);
}

TEST_CASE("presets: the compiled-in defaults are the files in config/") {
    const ConfigSet config = load_config({}, "/nowhere");
    CHECK(config.errors.empty());
    CHECK(config.methods.size() == std::size(kPresets));
}
