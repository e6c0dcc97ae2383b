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
    // The acknowledgement: keys are taken in order, so once this L shows (the
    // two before it cancel out), every key above has been taken. Without it the
    // checks below could pass before the app had read a single one of them.
    app.key("l Return");
    REQUIRE(app.wait_for([](const Session& s) { return s.lang == Lang::en; }));
    CHECK(app.alive());
    const Session s = app.saved()->session;
    CHECK(s.step == 0);
    CHECK(current_record(s).timer.started);
    CHECK(current_record(s).turns.position == 2);  // nobody lost the floor either
}

TEST_CASE("keyboard: Ctrl+Q asks, Enter confirms, and any other key cancels") {
    Atelier app(make_temp_dir("quit"));
    REQUIRE(app.start());
    app.key("ctrl+q");
    app.key("Next");  // cancels, and does nothing else
    app.key("Return");
    app.key("l Return");   // keys are taken in order: once this one shows, the others were taken
    REQUIRE(app.wait_for([](const Session& s) { return s.lang == Lang::en; }));
    CHECK(app.alive());
    CHECK(current_record(app.saved()->session).turns.position == 0);  // the cancelling Next moved nobody
    app.key("ctrl+q Return");
    CHECK(app.wait_exit(kWaitMs) == 0);
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

TEST_CASE("keyboard: add and remove minutes, pass, the step the wall numbers, one more round, language") {
    Atelier app(make_temp_dir("keys"));
    REQUIRE(app.start());
    // Each press waited for: "equal equal minus" passes through +1 min on its way, and a
    // check for +1 min right after all three would pass before the minus was read.
    app.key("equal equal");
    REQUIRE(app.wait_for([](const Session& s) { return current_record(s).timer.added_ms == 120'000; }));
    app.key("minus");
    CHECK(app.wait_for([](const Session& s) { return current_record(s).timer.added_ms == 60'000; }));
    app.key("ctrl+2");  // "Étape 2", the third step of a method numbered from 0
    CHECK(app.wait_for([](const Session& s) { return s.step == 2 && current_step(s).number == "2"; }));
    app.key("p");
    CHECK(app.wait_for([](const Session& s) { return current_record(s).turns.rounds.back().marks[0] == Mark::passed; }));
    app.key("t");
    CHECK(app.wait_for([](const Session& s) { return current_record(s).rounds_granted == 2; }));
    app.key("l Return");  // L proposes, Enter switches
    CHECK(app.wait_for([](const Session& s) { return s.lang == Lang::en; }));
    CHECK(app.status("step_name") == "Clarification: questions of information");
}
