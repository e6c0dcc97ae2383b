// The chimes end to end: the real app under Xvfb, driven with xdotool, playing
// through a private PulseAudio whose output is recorded and measured.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "e2e/driver.hpp"
#include "processes.hpp"
#include "pulse_rig.hpp"

using namespace atelier;
using namespace atelier::e2e;
using namespace atelier::kiosk_test;

namespace {
int count_of(const std::string& text, const std::string& what) {
    int n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// A config folder whose settings.json turns on the new-step chime only.
std::string config_with_step_chime(const std::string& state_dir) {
    const std::string dir = state_dir + "-config";
    std::filesystem::create_directories(dir);
    std::ofstream(dir + "/settings.json") << R"({"chimes": {"step": true, "volume": 100}})";
    return dir;
}
}  // namespace

TEST_CASE("chimes: a new step chimes through the sound server; keys that change no step stay silent") {
    const std::string state = make_temp_dir("chime");
    PulseRig pulse(state + "-pulse");
    REQUIRE_MESSAGE(pulse.ok(), pulse.log());
    REQUIRE(pulse.start_recording());

    Atelier app(state, "", config_with_step_chime(state));
    REQUIRE(app.start());
    // Nothing the room should hear: start the timer, blank and unblank.
    for (const char* key : {"F5", "b", "b"}) {
        const std::string before = app.saved_text();
        app.key(key);
        REQUIRE(app.wait_changed(before));
    }
    const size_t quiet_end = pulse.recorded_bytes();
    app.key("n");
    CHECK(app.wait_for([](const Session& s) { return s.step == 1; }));
    // The app's acknowledgement, then the sound itself in the recording.
    CHECK(wait_until([&] { return app.stderr_text().find("atelier: chime: new step (complete)") != std::string::npos; },
                     10'000));
    CHECK(wait_until([&] { return pulse.peak_dbfs(quiet_end, pulse.recorded_bytes()) > -30.0; }, 10'000));
    const size_t end = pulse.recorded_bytes();

    const std::string log = app.stderr_text();
    CAPTURE(log);
    CHECK(count_of(log, "atelier: chime:") == 1);  // none for F5, b, b
    MESSAGE("before the step change: " << pulse.sox_peak(0, quiet_end) << " (" << quiet_end << " bytes)");
    MESSAGE("after the step change: " << pulse.sox_peak(quiet_end, end) << " (" << end - quiet_end << " bytes)");
    CHECK(pulse.peak_dbfs(0, quiet_end) < -60.0);
    CHECK(pulse.peak_dbfs(quiet_end, end) > -30.0);
    CHECK(pulse.sox_peak(quiet_end, end).find("-inf") == std::string::npos);
}

TEST_CASE("chimes: off as shipped: a new step plays nothing and the sound server is never opened") {
    const std::string state = make_temp_dir("chime-off");
    PulseRig pulse(state + "-pulse");
    REQUIRE(pulse.ok());
    REQUIRE(pulse.start_recording());
    Atelier app(state);
    REQUIRE(app.start());
    app.key("n");
    REQUIRE(app.wait_for([](const Session& s) { return s.step == 1; }));
    // A second change, after which the first one's frame has surely been drawn.
    const std::string before = app.saved_text();
    app.key("b");
    REQUIRE(app.wait_changed(before));
    CHECK(app.stderr_text().find("chime") == std::string::npos);
    CHECK(pulse.peak_dbfs(0, pulse.recorded_bytes()) < -60.0);
    CHECK(e2e::run("pactl list clients short").find("atelier") == std::string::npos);
}

TEST_CASE("chimes: without a sound server the wall runs on and says once that chimes are off") {
    ::setenv("PULSE_SERVER", "unix:/nonexistent/atelier-no-pulse", 1);
    const std::string state = make_temp_dir("chime-nosound");
    Atelier app(state, "", config_with_step_chime(state));
    REQUIRE(app.start());
    CHECK(wait_until([&] { return app.stderr_text().find("no sound server: chimes are off") != std::string::npos; }, 10'000));
    app.key("n");
    CHECK(app.wait_for([](const Session& s) { return s.step == 1; }));
    const std::string before = app.saved_text();
    app.key("n");
    CHECK(app.wait_changed(before));
    CHECK(app.alive());
    CHECK(count_of(app.stderr_text(), "no sound server") == 1);
    ::unsetenv("PULSE_SERVER");
}
