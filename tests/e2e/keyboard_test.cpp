// The keyboard does the rest, and nothing destructive happens on one key.
#include <doctest/doctest.h>

#include "core/reducer.hpp"
#include "driver.hpp"

using namespace atelier;
using namespace atelier::e2e;

TEST_CASE("keyboard: no single key quits or resets the atelier") {
    Atelier app(make_temp_dir("single"));
    REQUIRE(app.start());
    app.key("F5 Next Next");
    REQUIRE(app.wait_for([](const Session& s) { return current_record(s).turns.position == 2; }));
    // Every unmodified key a stranger's clicker could inject (S and F2 open
    // the setup screen, which takes the keyboard: they are checked elsewhere).
    app.key("q Escape Return KP_Enter BackSpace Delete x r R c z a Home End Insert F1 F1 F3 F4 F6 F7 F8 F9 F10 F11 F12 "
            "h h l l");
    app.key("Return");
    CHECK(app.alive());
    CHECK(app.wait_for([](const Session& s) { return s.step == 0 && current_record(s).timer.started; }));
    CHECK(app.alive());
}

TEST_CASE("keyboard: Ctrl+Q asks, Enter confirms, and any other key cancels") {
    Atelier app(make_temp_dir("quit"));
    REQUIRE(app.start());
    app.key("ctrl+q");
    app.key("Next");  // cancels
    app.key("Return");
    CHECK(app.wait_exit(800) == -1);
    CHECK(app.alive());
    app.key("ctrl+q Return");
    CHECK(app.wait_exit(4000) == 0);
}

TEST_CASE("keyboard: Ctrl+R then Enter restarts the atelier from its first step") {
    Atelier app(make_temp_dir("reset"));
    REQUIRE(app.start());
    app.key("F5 n n");
    REQUIRE(app.wait_for([](const Session& s) { return s.step == 2; }));
    app.key("ctrl+r");
    app.key("Return");
    CHECK(app.wait_for([](const Session& s) { return s.step == 0 && !current_record(s).timer.started; }));
}

TEST_CASE("keyboard: add and remove minutes, pass, jump to a step, language") {
    Atelier app(make_temp_dir("keys"));
    REQUIRE(app.start());
    app.key("equal equal minus");
    CHECK(app.wait_for([](const Session& s) { return current_record(s).timer.added_ms == 60'000; }));
    app.key("ctrl+3");
    CHECK(app.wait_for([](const Session& s) { return s.step == 2; }));
    app.key("p");
    CHECK(app.wait_for([](const Session& s) { return current_record(s).turns.rounds.back().marks[0] == Mark::passed; }));
    app.key("l");
    CHECK(app.wait_for([](const Session& s) { return s.lang == Lang::en; }));
    CHECK(app.status("step_name") == "Clarification: questions of information");
}

TEST_CASE("keyboard: a new atelier is set up from the keyboard alone, and typing triggers no clicker action") {
    Atelier app(make_temp_dir("setup"));
    REQUIRE(app.start());
    app.key("F5");
    REQUIRE(app.wait_for([](const Session& s) { return current_record(s).timer.started; }));
    const std::string before = app.saved_text();
    app.key("s");
    // The group's name field has the focus: replace it.
    app.key("ctrl+a");
    app.type("Groupe Lyon B");
    app.key("Tab Tab Tab");  // atelier, facilitator, the new participant field
    app.type("Paul Martin");
    app.key("Return");
    app.type("Zoe Lambert");  // typed names hold b, p, period... no clicker action may fire
    app.key("Return");
    CHECK(app.saved_text() == before);  // nothing applies before confirming
    app.key("ctrl+Return");
    CHECK(app.wait_for([](const Session& s) {
        return s.group.name == "Groupe Lyon B" && s.group.participants.size() == 10 &&
               s.group.participants[9] == "Zoe Lambert" && !current_record(s).timer.started;
    }));
}

TEST_CASE("keyboard: leaving the setup screen without confirming changes nothing") {
    Atelier app(make_temp_dir("setup-cancel"));
    REQUIRE(app.start());
    app.key("F5");
    REQUIRE(app.wait_for([](const Session& s) { return current_record(s).timer.started; }));
    const std::string before = app.saved_text();
    app.key("s ctrl+a");
    app.type("Autre nom");
    app.key("Escape");
    app.key("Escape");  // the setup is closed: this one is the clicker's start-stop again
    CHECK(app.wait_for([](const Session& s) { return current_record(s).timer.paused && s.group.name != "Autre nom"; }));
    CHECK(app.saved_text() != before);
}
