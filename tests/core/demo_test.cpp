#include "core/demo.hpp"

#include <doctest/doctest.h>

#include "core/wall_model.hpp"
#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

TEST_CASE("demo: each ready-made moment shows what its name says") {
    const ConfigSet config = load_config({}, "/nowhere");
    auto phase_of = [&](const char* name) {
        const auto s = demo_session(config, name, kT0);
        REQUIRE(s.has_value());
        return wall_model(*s, kT0, 0).phase;
    };
    CHECK(phase_of("ready") == Phase::not_started);
    CHECK(phase_of("running") == Phase::running);
    CHECK(phase_of("warning") == Phase::warning);
    CHECK(phase_of("danger") == Phase::danger);
    CHECK(phase_of("overtime") == Phase::overtime);
    CHECK(phase_of("paused") == Phase::paused);
    CHECK(demo_session(config, "summary", kT0)->finished);
    CHECK(demo_session(config, "blank", kT0)->blanked);
    CHECK(demo_session(config, "long-names", kT0)->group.participants.size() == 12);
    CHECK(demo_session(config, "twelve-names", kT0)->group.participants.size() == 12);
    CHECK(wall_model(*demo_session(config, "twelve-names", kT0), kT0, 0).speaker_name == "Aïsha بنت");
    CHECK_FALSE(demo_session(config, "nonsense", kT0).has_value());
}
