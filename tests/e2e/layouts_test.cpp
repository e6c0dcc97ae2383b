// Keyboard layouts, on a real X keymap (Xorg with the dummy driver: Xvfb
// ignores setxkbmap). The facilitator presses the key whose cap says "-", ".",
// "+", "?", "Q"... wherever the layout puts it (xdotool finds that key from
// the character), and a clicker's "." key sends the US position whatever the
// layout. ATELIER_LAYOUT says which layout the runner set (us, fr, de).
#include <doctest/doctest.h>

#include <cstdlib>

#include "core/reducer.hpp"
#include "driver.hpp"

using namespace atelier;
using namespace atelier::e2e;

namespace {
std::string layout() {
    const char* l = std::getenv("ATELIER_LAYOUT");
    return l ? l : "us";
}
// What the clicker's blank key (the US "." position) types on this layout.
const char* clicker_period() { return layout() == "fr" ? "colon" : "period"; }
// Ctrl and the key that holds 2: unshifted it types "é" on AZERTY.
const char* ctrl_two() { return layout() == "fr" ? "ctrl+eacute" : "ctrl+2"; }
}  // namespace

TEST_CASE("layouts: - and + change the minutes where the keycaps say, never giving the floor") {
    CAPTURE(layout());
    Atelier app(make_temp_dir("layout-minutes-" + layout()));
    REQUIRE(app.start());
    app.key("plus plus minus");
    CHECK(app.wait_for([](const Session& s) { return current_record(s).timer.added_ms == 60'000; }));
    app.key("l Return");  // every key taken once this one shows
    REQUIRE(app.wait_for([](const Session& s) { return s.lang == Lang::en; }));
    CHECK(current_record(app.saved()->session).turns.position == 0);
}

TEST_CASE("layouts: . blanks as typed, and the clicker's . key blanks too") {
    CAPTURE(layout());
    Atelier app(make_temp_dir("layout-blank-" + layout()));
    REQUIRE(app.start());
    app.key("period");
    CHECK(app.wait_for([](const Session& s) { return s.blanked; }));
    app.key(clicker_period());
    CHECK(app.wait_for([](const Session& s) { return !s.blanked; }));
}

TEST_CASE("layouts: Ctrl+Q asks to quit (the key labelled Q), Enter confirms") {
    CAPTURE(layout());
    Atelier app(make_temp_dir("layout-quit-" + layout()));
    REQUIRE(app.start());
    app.key("ctrl+q");
    app.key("Return");
    CHECK(app.wait_exit(kWaitMs) == 0);
}

TEST_CASE("layouts: digits give the floor, Ctrl with the digit key goes to the step the wall numbers, ? opens the help") {
    CAPTURE(layout());
    Atelier app(make_temp_dir("layout-digits-" + layout()));
    REQUIRE(app.start());
    app.key(ctrl_two());
    CHECK(app.wait_for([](const Session& s) { return s.step == 2; }));
    app.key("question");
    CHECK(app.wait_live("help", "shown"));
    app.key("Escape");
    REQUIRE(app.wait_live("help", "hidden"));
    // The 3 h method opens the floor in its second block: "4" gives it to the fourth participant.
    CHECK(app.send({"goto-step", "0"}).code == 0);
    app.key("4");
    app.key("l Return");
    REQUIRE(app.wait_for([](const Session& s) { return s.lang == Lang::en; }));
    // In the opening round (everyone) the floor goes to the fourth in seating order if still to speak.
    CHECK(current_speaker(app.saved()->session) == 3);
}

TEST_CASE("layouts: the help names the keys as this keyboard prints them") {
    CAPTURE(layout());
    Atelier app(make_temp_dir("layout-help-" + layout()));
    REQUIRE(app.start());
    const std::string blank = app.live("blank_keys");
    CHECK(blank.find(layout() == "fr" ? ":" : ".") != std::string::npos);  // the clicker's key, as its cap reads here
    CHECK(app.live("quit_keys") == "Ctrl+Q");
}
