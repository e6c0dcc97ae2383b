#include "core/chime.hpp"

#include <doctest/doctest.h>

#include <vector>

#include "core/config_set.hpp"
#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {
ChimeSettings all_on() {
    ChimeSettings c;
    c.step = c.warning = c.danger = c.overtime = true;
    return c;
}

struct Heard {
    int64_t at;
    std::string sound;
};

// Looks at the wall once a second, as the app's frames do, from `from` to
// `to`, and collects the chimes due; `watch` carries over between calls.
std::vector<Heard> frames(FlashWatch& watch, const Session& s, int64_t from, int64_t to, const ChimeSettings& c) {
    std::vector<Heard> heard;
    for (int64_t now = from; now <= to; now += kSec)
        if (const auto chime = chime_for(wall_event(watch, s, wall_model(s, now, 0).phase), c))
            heard.push_back({now - from, chime->sound});
    return heard;
}
}  // namespace

TEST_CASE("chime: a 10-minute step chimes once at warning, danger and zero, each with its own sound") {
    FlashWatch watch;
    const Session s = apply(session_of(), cmd::StartPause{}, kT0);
    const auto heard = frames(watch, s, kT0, kT0 + 12 * kMin, all_on());
    REQUIRE(heard.size() == 3);
    CHECK(heard[0].at == 8 * kMin);  // 2 minutes left
    CHECK(heard[0].sound == "bell");
    CHECK(heard[1].at == 9 * kMin + 30 * kSec);  // 30 s left
    CHECK(heard[1].sound == "dialog-warning");
    CHECK(heard[2].at > 10 * kMin);  // just past zero, when overtime starts: the first frame after it
    CHECK(heard[2].at <= 10 * kMin + kSec);
    CHECK(heard[2].sound == "alarm-clock-elapsed");
}

TEST_CASE("chime: a new step chimes — starting, pausing and resuming do not") {
    FlashWatch watch;
    Session s = session_of();
    CHECK(frames(watch, s, kT0, kT0 + 5 * kSec, all_on()).empty());  // the first look, not started
    s = apply(s, cmd::StartPause{}, kT0 + 10 * kSec);
    CHECK(frames(watch, s, kT0 + 10 * kSec, kT0 + 20 * kSec, all_on()).empty());
    s = apply(s, cmd::StartPause{}, kT0 + 21 * kSec);
    CHECK(frames(watch, s, kT0 + 21 * kSec, kT0 + 30 * kSec, all_on()).empty());
    s = apply(s, cmd::StartPause{}, kT0 + 31 * kSec);
    s = apply(s, cmd::JumpTo{1}, kT0 + 40 * kSec);
    const auto heard = frames(watch, s, kT0 + 40 * kSec, kT0 + 45 * kSec, all_on());
    REQUIRE(heard.size() == 1);
    CHECK(heard[0].at == 0);
    CHECK(heard[0].sound == "complete");
}

TEST_CASE("chime: each moment has its own switch — the shipped settings chime for nothing") {
    ChimeSettings only_zero;
    only_zero.overtime = true;
    CHECK_FALSE(chime_for(WallEvent::warning, only_zero));
    CHECK_FALSE(chime_for(WallEvent::danger, only_zero));
    CHECK_FALSE(chime_for(WallEvent::step, only_zero));
    CHECK(chime_for(WallEvent::overtime, only_zero)->event == WallEvent::overtime);
    CHECK_FALSE(chime_for(WallEvent::none, all_on()));

    const ConfigSet shipped = load_config({}, "/nowhere");
    CHECK_FALSE(shipped.settings.chimes.any());
    for (WallEvent e : {WallEvent::step, WallEvent::warning, WallEvent::danger, WallEvent::overtime})
        CHECK_FALSE(chime_for(e, shipped.settings.chimes));
}

TEST_CASE("chime: the volume is a percentage heard as decibels — 0 % is silence") {
    ChimeSettings c = all_on();
    c.volume = 100;
    CHECK(chime_for(WallEvent::step, c)->volume_db == doctest::Approx(0.0));
    c.volume = 50;
    CHECK(chime_for(WallEvent::step, c)->volume_db == doctest::Approx(-6.02).epsilon(0.01));
    c.volume = 10;
    CHECK(chime_for(WallEvent::step, c)->volume_db == doctest::Approx(-20.0));
    c.volume = 0;
    CHECK_FALSE(chime_for(WallEvent::step, c));
    CHECK_FALSE(c.any());
}

TEST_CASE("chime: settings.json turns chimes on one by one — a bad volume names its field") {
    const ConfigSet on = load_config({{"settings.json", R"({"chimes": {"step": true, "volume": 40}})"}}, "/u");
    CHECK(on.errors.empty());
    CHECK(on.settings.chimes.step);
    CHECK_FALSE(on.settings.chimes.overtime);
    CHECK(on.settings.chimes.volume == 40);

    const ConfigSet loud = load_config({{"settings.json", R"({"chimes": {"volume": 150}})"}}, "/u");
    REQUIRE(loud.errors.size() == 1);
    CHECK(loud.errors[0].field == "chimes.volume");
    CHECK(loud.settings.chimes.volume == 70);  // the shipped file is used instead

    const ConfigSet wrong = load_config({{"settings.json", R"({"chimes": {"step": "yes"}})"}}, "/u");
    REQUIRE(wrong.errors.size() == 1);
    CHECK(wrong.errors[0].field == "chimes.step");
}
