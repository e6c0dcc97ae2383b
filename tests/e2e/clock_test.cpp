// Time right after a sleep or a clock step, with the real app under
// libfaketime (Debian's faketime): the wall clock jumps while the clocks that
// count since boot do not, as in a suspend; then it is stepped back, as NTP
// may. The wall's clock and the running timer agree with the (faked) time
// within a second, and a restart shows what the running wall showed.
#include <doctest/doctest.h>

#include <filesystem>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>

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

// One `atelier send status`, read at once: what the wall showed at one moment.
struct Reading {
    int64_t now = 0, remaining = 0;  // the session's clock, the step's time left (ms)
    int64_t real_before = 0, real_after = 0;  // the (faked) system time around the question (ms)
    std::string clock, projected_end;
    // When the step's time runs out, on the session's clock: fixed while a timer runs,
    // whatever the clocks did (a sleep counts as time gone; a step back takes nothing).
    int64_t deadline() const { return now + remaining; }
};

int64_t real_ms(const std::string& offset_file) { return std::stoll(run(faked(offset_file) + " date +%s%3N")); }

Reading read(const Atelier& app, const std::string& offset_file) {
    Reading r;
    r.real_before = real_ms(offset_file);
    std::istringstream lines(app.send({"status"}).out);
    r.real_after = real_ms(offset_file);
    std::string line;
    const auto value = [&line](const char* name) -> const char* {
        const std::string key = std::string(name) + ": ";
        return line.rfind(key, 0) == 0 ? line.c_str() + key.size() : nullptr;
    };
    while (std::getline(lines, line)) {
        if (const char* v = value("now_ms")) r.now = std::stoll(v);
        if (const char* v = value("remaining_ms")) r.remaining = std::stoll(v);
        if (const char* v = value("clock")) r.clock = v;
        if (const char* v = value("projected_end")) r.projected_end = v;
    }
    return r;
}

// The wall's clock is the system's, within a second (the question takes some time itself).
bool clock_is_real(const Reading& r) { return r.now >= r.real_before - 1000 && r.now <= r.real_after + 1000; }

// The time of day as the faked clock says it, in the wall's format.
std::string faked_clock(const std::string& offset_file) {
    std::string out = run(faked(offset_file) + " date +%H:%M");
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

// "Fin prévue 20:29" -> 20 * 60 + 29.
int minutes_of(const std::string& text) {
    const auto colon = text.rfind(':');
    if (colon == std::string::npos || colon < 2) return -1;
    return std::stoi(text.substr(colon - 2, 2)) * 60 + std::stoi(text.substr(colon + 1, 2));
}

// Waits until a reading satisfies `ok` (the wall notices a jump at its next frame, within a second).
Reading wait_reading(const Atelier& app, const std::string& offset_file, const std::function<bool(const Reading&)>& ok) {
    Reading r = read(app, offset_file);
    for (int waited = 0; waited < kWaitMs && !ok(r); waited += 100) {
        run("sleep 0.1");
        r = read(app, offset_file);
    }
    return r;
}

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
    const Reading awake = read(app, offset);
    CHECK(clock_is_real(awake));
    // The laptop sleeps ten minutes: the wall clock jumps, the boot clock (faked here by not moving) does not.
    set_offset(offset, "+600");
    const Reading woken = wait_reading(app, offset, clock_is_real);
    CHECK(clock_is_real(woken));
    CHECK(woken.clock == faked_clock(offset));
    // The room went on: the ten minutes count as the step's time, to the second.
    CHECK(std::llabs(woken.deadline() - awake.deadline()) <= 1000);
    CHECK(woken.remaining <= awake.remaining - 599'000);
    CHECK(std::abs(minutes_of(woken.projected_end) - minutes_of(awake.projected_end)) <= 1);  // not ten minutes later
    MESSAGE("sleep of 600 s: the wall's clock " << woken.now - woken.real_before << " ms from the system's; the step's end moved "
                                                << woken.deadline() - awake.deadline() << " ms; " << awake.remaining / 1000 << " s left before, "
                                                << woken.remaining / 1000 << " s after");
    // Killed and started again: the same times as the running wall.
    app.kill9();
    Atelier again(dir);
    again.set_prefix(faked(offset));
    REQUIRE(again.start());
    const Reading restarted = read(again, offset);
    CHECK(clock_is_real(restarted));
    CHECK(std::llabs(restarted.deadline() - awake.deadline()) <= 1000);
    CHECK(restarted.clock == faked_clock(offset));
    // The clock stepped back 50 minutes (NTP): the wall shows the system's time, the timer loses nothing.
    set_offset(offset, "-3000");
    const Reading stepped = wait_reading(again, offset, [&](const Reading& r) { return r.clock == faked_clock(offset); });
    CHECK(stepped.clock == faked_clock(offset));
    CHECK(std::llabs(stepped.deadline() - awake.deadline()) <= 1000);
    // And a restart after the step carries on exactly (the same boot): not a second lost.
    again.kill9();
    Atelier third(dir);
    third.set_prefix(faked(offset));
    REQUIRE(third.start());
    const Reading last = read(third, offset);
    CHECK(std::llabs(last.deadline() - awake.deadline()) <= 1000);
    CHECK(last.clock == faked_clock(offset));
    MESSAGE("after a step back of 3000 s and a restart: the step's end moved " << last.deadline() - awake.deadline() << " ms");
}
