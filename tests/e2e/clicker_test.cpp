// A presenter clicker runs the whole atelier: PageDown/PageUp, Right/Left,
// F5/Shift+F5/Esc (one start-stop button), "." and B (blank).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/reducer.hpp"
#include "driver.hpp"

using namespace atelier;
using namespace atelier::e2e;

namespace {
bool timer_running(const Session& s) { return is_running(current_record(s).timer); }
bool timer_paused(const Session& s) { return current_record(s).timer.paused; }
}  // namespace

TEST_CASE("clicker: the start-stop button alternates F5, Esc and Shift+F5, and Esc never quits") {
    Atelier app(make_temp_dir("startstop"));
    REQUIRE(app.start());
    app.key("F5");
    CHECK(app.wait_for(timer_running));
    app.key("Escape");
    CHECK(app.wait_for(timer_paused));
    CHECK(app.alive());
    app.key("shift+F5");
    CHECK(app.wait_for(timer_running));
    app.key("Escape");
    CHECK(app.wait_for(timer_paused));
    app.key("Escape");
    CHECK(app.wait_for(timer_running));
    CHECK(app.alive());
}

TEST_CASE("clicker: PageDown and Right go forward, PageUp and Left go back, losing nothing") {
    Atelier app(make_temp_dir("nextprev"));
    REQUIRE(app.start());
    app.key("F5");
    REQUIRE(app.wait_for(timer_running));
    const Speaker first = *current_speaker(app.saved()->session);
    app.key("Next");
    CHECK(app.wait_for([&](const Session& s) { return current_speaker(s) != first; }));
    app.key("Right");
    CHECK(app.wait_for([](const Session& s) { return current_record(s).turns.position == 2; }));
    app.key("Left");
    CHECK(app.wait_for([](const Session& s) { return current_record(s).turns.position == 1; }));
    app.key("Prior");
    CHECK(app.wait_for([&](const Session& s) { return current_speaker(s) == first; }));
    // The consultants who held the floor keep their speaking time.
    const Session s = app.saved()->session;
    CHECK(current_record(s).turns.spoken_ms.size() >= 2);
}

TEST_CASE("clicker: the blank button hides the wall and brings it back; the timer keeps running") {
    Atelier app(make_temp_dir("blank"));
    REQUIRE(app.start());
    app.key("F5");
    REQUIRE(app.wait_for(timer_running));
    app.key("period");
    CHECK(app.wait_for([](const Session& s) { return s.blanked && is_running(current_record(s).timer); }));
    app.key("b");
    CHECK(app.wait_for([](const Session& s) { return !s.blanked; }));
    app.key("B");
    CHECK(app.wait_for([](const Session& s) { return s.blanked; }));
    app.key("period");
    CHECK(app.wait_for([](const Session& s) { return !s.blanked; }));
}

TEST_CASE("clicker: while blanked, Next, Previous and Start/stop only bring the wall back; time keeps running") {
    Atelier app(make_temp_dir("blank-next"));
    REQUIRE(app.start());
    app.key("F5 Next");
    REQUIRE(app.wait_for([](const Session& s) { return is_running(current_record(s).timer) && current_record(s).turns.position == 1; }));
    for (const char* press : {"Next", "Prior", "F5", "Escape", "Right"}) {
        CAPTURE(press);
        app.key("period");
        REQUIRE(app.wait_for([](const Session& s) { return s.blanked; }));
        app.key(press);
        CHECK(app.wait_for([](const Session& s) { return !s.blanked; }));
        const Session s = app.saved()->session;
        CHECK(current_record(s).turns.position == 1);   // nobody moved
        CHECK(is_running(current_record(s).timer));     // nothing paused
    }
}

TEST_CASE("clicker: twelve quick presses of Next cross one step boundary at most") {
    // The room's own guard (2 s shipped; 10 s here, so a loaded machine cannot
    // spread the presses beyond it).
    const std::string dir = make_temp_dir("guard");
    std::filesystem::create_directories(dir + "-config");
    std::ofstream(dir + "-config/settings.json") << "{\"step_guard_ms\": 10000}";
    Atelier app(dir);
    REQUIRE(app.start());
    app.key("F5");
    REQUIRE(app.wait_for(timer_running));
    // The opening round has 9 speakers: 8 presses move the floor, the 9th moves to step 1.
    app.key("Next Next Next Next Next Next Next Next Next Next Next Next");
    // Keys are taken in order: once the language key after them shows, all twelve were.
    app.key("l Return");  // L proposes English, Enter confirms
    REQUIRE(app.wait_for([](const Session& s) { return s.lang == Lang::en; }));
    CHECK(app.saved()->session.step == 1);
}

TEST_CASE("clicker: Esc closes the help and does nothing else; a running timer keeps running") {
    Atelier app(make_temp_dir("esc-help"));
    REQUIRE(app.start());
    app.key("F5");
    REQUIRE(app.wait_for(timer_running));
    app.key("h");
    REQUIRE(app.wait_live("help", "shown"));
    app.key("Escape");
    CHECK(app.wait_live("help", "hidden"));
    CHECK(app.live("phase") == "En cours");
    CHECK(is_running(current_record(app.saved()->session).timer));
    app.key("Escape");  // with nothing open, Esc is the clicker's start/stop again
    CHECK(app.wait_for(timer_paused));
}

TEST_CASE("clicker: the six clicker keys run the sample atelier from the first step to the summary") {
    Atelier app(make_temp_dir("whole"));
    REQUIRE(app.start());
    app.key("F5");
    REQUIRE(app.wait_for(timer_running));
    // Next until the summary, as a facilitator would, alternating the keys
    // clickers send; a blank and a pause on the way.
    int presses = 0;
    bool finished = false;
    while (!finished && presses < 200) {
        const std::string before = app.saved_text();
        app.key(presses % 2 ? "Next" : "Right");
        ++presses;
        REQUIRE(app.wait_changed(before));
        if (presses == 20) {
            app.key("period");
            app.key("period");
            app.key("Escape");
            app.key("F5");
        }
        finished = app.saved()->session.finished;
    }
    REQUIRE(finished);
    const Session s = app.saved()->session;
    CHECK(s.group.history.size() == 3);  // the atelier joined the group's series
    CHECK(app.status("finished") == "yes");
    // Back from the summary with Previous: the last step again, nothing lost.
    app.key("Prior");
    CHECK(app.wait_for([](const Session& x) { return !x.finished && x.step == 6; }));
    CHECK(app.alive());
    MESSAGE("clicker presses from start to summary: " << presses);
}
