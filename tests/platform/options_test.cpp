#include "platform/options.hpp"

#include <doctest/doctest.h>

#include <vector>

using namespace atelier::platform;

namespace {
std::optional<Options> parse(std::vector<const char*> args, int& code) {
    args.insert(args.begin(), "atelier");
    return parse_options(static_cast<int>(args.size()), const_cast<char**>(args.data()), code);
}
}  // namespace

TEST_CASE("options: the flags users and tests rely on") {
    int code = 0;
    const auto o = parse({"--windowed", "1920x1200", "--monitor", "1", "--lang", "en", "--config-dir", "/c",
                          "--state-dir", "/s", "--screenshot", "wall.png"},
                         code);
    REQUIRE(o.has_value());
    CHECK(o->windowed);
    CHECK(o->width == 1920);
    CHECK(o->height == 1200);
    CHECK(o->monitor == 1);
    CHECK(*o->lang == "en");
    CHECK(o->config_dir == "/c");
    CHECK(o->state_dir == "/s");
    CHECK(o->screenshot == "wall.png");
}

TEST_CASE("options: --windowed alone is 1280x720 — a screenshot without a size is 1920x1080") {
    int code = 0;
    CHECK(parse({"--windowed"}, code)->width == 1280);
    CHECK(parse({"--screenshot", "x.png"}, code)->height == 1080);
    CHECK_FALSE(parse({}, code)->windowed);  // full screen by default
}

TEST_CASE("options: a wrong flag or value fails with a non-zero code") {
    for (const std::vector<const char*>& bad : {std::vector<const char*>{"--bogus"}, {"--lang", "xx"},
                                                {"--windowed", "big"}, {"--screenshot", "wall.jpg"},
                                                {"--monitor", "-1"}, {"--demo", "nothing"}}) {
        int code = 0;
        CAPTURE(bad[0]);
        CHECK_FALSE(parse(bad, code).has_value());
        CHECK(code != 0);
    }
}
