// Time right after a sleep or a clock step, with the real app under
// libfaketime (Debian's faketime): the wall clock jumps while the clocks that
// count since boot do not, as in a suspend; then it is stepped back, as NTP
// may. The wall's clock and the running timer agree with the (faked) time
// within a second or two, and a restart shows what the running wall showed.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "driver.hpp"

using namespace atelier;
using namespace atelier::e2e;
namespace fs = std::filesystem;

namespace {

const char* kFaketime = "/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1";

std::string faked(const std::string& offset_file) {
    return std::string("env LD_PRELOAD=") + kFaketime + " FAKETIME_TIMESTAMP_FILE=" + offset_file +
           " FAKETIME_NO_CACHE=1 FAKETIME_DONT_FAKE_MONOTONIC=1";
}

void set_offset(const std::string& file, const std::string& offset) { std::ofstream(file) << offset << "\n"; }

// "14:05" -> seconds; "4:58" too; "+01:02" is overtime.
int seconds_of(const std::string& t) {
    const auto colon = t.rfind(':');
    if (colon == std::string::npos || t.empty() || t[0] == '+') return -1;
    return std::stoi(t.substr(0, colon)) * 60 + std::stoi(t.substr(colon + 1));
}

// The time of day as the faked clock says it, in the wall's format.
std::string faked_clock(const std::string& offset_file) {
    std::string out = run(faked(offset_file) + " date +%H:%M");
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

bool near(int a, int b, int slack) { return a >= b - slack && a <= b + slack; }

}  // namespace

TEST_CASE("clock: after a sleep the wall shows the real time and the step's timer counted it; a restart shows the same") {
    if (!fs::exists(kFaketime)) {
        MESSAGE("libfaketime is not installed (package faketime); skipped");
        return;
    }
    const std::string dir = make_temp_dir("clock-sleep");
    const std::string offset = dir + "-offset";
    set_offset(offset, "+0");
    Atelier app(dir);
    app.set_prefix(faked(offset));
    REQUIRE(app.start());
    REQUIRE(app.send({"toggle-timer"}).code == 0);
    REQUIRE(app.wait_live("phase", "En cours"));
    const int before = seconds_of(app.live("timer"));
    REQUIRE(before > 14 * 60);  // the opening's 15 minutes, just started
    // The laptop sleeps ten minutes: the wall clock jumps, the boot clock (faked here by not moving) does not.
    set_offset(offset, "+600");
    bool counted = false;
    for (int waited = 0; waited < kWaitMs && !counted; waited += 100) {
        counted = near(seconds_of(app.live("timer")), before - 600, 3);
        if (!counted) run("sleep 0.1");
    }
    CHECK(counted);
    CHECK(app.live("clock") == faked_clock(offset));
    const int running = seconds_of(app.live("timer"));
    // Killed and started again: the same times as the running wall.
    app.kill9();
    Atelier again(dir);
    again.set_prefix(faked(offset));
    REQUIRE(again.start());
    CHECK(near(seconds_of(again.live("timer")), running, 3));
    CHECK(again.live("clock") == faked_clock(offset));
    // The clock stepped back an hour (NTP): the timer loses nothing, the wall shows the system's time.
    const int before_step = seconds_of(again.live("timer"));
    set_offset(offset, "-3000");
    bool shown = false;
    for (int waited = 0; waited < kWaitMs && !shown; waited += 100) {
        shown = again.live("clock") == faked_clock(offset);
        if (!shown) run("sleep 0.1");
    }
    CHECK(shown);
    CHECK(near(seconds_of(again.live("timer")), before_step, 3));
    // And a restart after the step carries on exactly (the same boot): not a second lost.
    const int at_kill = seconds_of(again.live("timer"));
    again.kill9();
    Atelier third(dir);
    third.set_prefix(faked(offset));
    REQUIRE(third.start());
    const std::string third_timer = third.live("timer");
    INFO("restart after the step back: " << third_timer << " for " << at_kill << " s at the kill; " << read_bytes(dir + "/state.json").substr(0, 300));
    CHECK(near(seconds_of(third_timer), at_kill, 3));
    CHECK(third.live("clock") == faked_clock(offset));
}
