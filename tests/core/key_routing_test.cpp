#include "core/key_routing.hpp"

#include <doctest/doctest.h>

#include "core/config_set.hpp"
#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {
constexpr int kPageDown = 267, kF5 = 294, kEscape = 256, kEnter = 257, kRight = 262, kH = 72, kS = 83, kP = 80, kTab = 258;
KeyPress key(int code, int mods = 0) { return {code, mods, 0, 0}; }
KeyPress letter(int code, char c) { return {code, 0, static_cast<char32_t>(c), static_cast<char32_t>(c)}; }

struct Fixture {
    ConfigSet config = load_config({}, "/nowhere");
    Session session = sample_session(config);
    Routed route(const KeyContext& c, const KeyPress& p) { return route_key(c, p, config.keys, session, 1); }
};

template <class C>
bool is(const std::optional<Command>& c) { return c && std::holds_alternative<C>(*c); }
}  // namespace

TEST_CASE("routing: Esc closes the help and does nothing else — with nothing open it is the clicker's start/stop") {
    Fixture f;
    KeyContext c;
    c.overlays.help = true;
    const Routed closed = f.route(c, key(kEscape));
    CHECK_FALSE(closed.overlays.help);
    CHECK_FALSE(closed.command.has_value());
    CHECK(is<cmd::StartPause>(f.route(KeyContext{}, key(kEscape)).command));
}

TEST_CASE("routing: Esc closes the console overlay — S or F2 opens it, or raises the console window") {
    Fixture f;
    KeyContext c;
    CHECK(f.route(c, letter(kS, 's')).overlays.console);
    c.overlays.console = true;
    const Routed r = f.route(c, key(kEscape));
    CHECK_FALSE(r.overlays.console);
    CHECK_FALSE(r.command.has_value());
    KeyContext two;
    two.console_window = true;
    const Routed raise = f.route(two, key(291));
    CHECK(raise.raise_console);
    CHECK_FALSE(raise.overlays.console);
}

TEST_CASE("routing: while a quit waits, Enter confirms and any other key only cancels") {
    Fixture f;
    f.session.pending = Pending::quit;
    CHECK(is<cmd::Confirm>(f.route(KeyContext{}, key(kEnter)).command));
    CHECK(is<cmd::Cancel>(f.route(KeyContext{}, key(kPageDown)).command));
    CHECK(is<cmd::Cancel>(f.route(KeyContext{}, key(kEscape)).command));
}

TEST_CASE("routing: typing in the console, letters go to the field but the clicker still runs the atelier") {
    Fixture f;
    KeyContext c;
    c.surface = Surface::console_window;
    c.console_window = true;
    c.typing = true;
    const Routed p = f.route(c, letter(kP, 'p'));
    CHECK(p.to_console);
    CHECK_FALSE(p.command.has_value());
    CHECK(f.route(c, key(kRight)).to_console);  // arrows move the text cursor
    CHECK(f.route(c, key(kEscape)).to_console);
    CHECK(is<cmd::Next>(f.route(c, key(kPageDown)).command));
    CHECK(is<cmd::StartPause>(f.route(c, key(kF5)).command));
    CHECK(is<cmd::StartPause>(f.route(c, key(kF5, kShift)).command));
}

TEST_CASE("routing: in the console, shortcuts act when nobody types — the preparation form keeps the keyboard") {
    Fixture f;
    KeyContext live;
    live.surface = Surface::console_window;
    live.console_window = true;
    CHECK(is<cmd::Pass>(f.route(live, letter(kP, 'p')).command));
    CHECK(f.route(live, key(kTab)).to_console);
    KeyContext prepare = live;
    prepare.console_mode = ConsoleMode::prepare;
    CHECK(f.route(prepare, letter(kP, 'p')).to_console);
    CHECK(f.route(prepare, key(kEscape)).to_console);  // the form asks before discarding
    CHECK(is<cmd::Next>(f.route(prepare, key(kPageDown)).command));
}

TEST_CASE("routing: the help toggles with its key, and any other key closes it and acts") {
    Fixture f;
    KeyContext c;
    CHECK(f.route(c, letter(kH, 'h')).overlays.help);
    c.overlays.help = true;
    CHECK_FALSE(f.route(c, letter(kH, 'h')).overlays.help);
    const Routed next = f.route(c, key(kPageDown));
    CHECK_FALSE(next.overlays.help);
    CHECK(is<cmd::Next>(next.command));
}

TEST_CASE("routing: in the console's own window Esc never touches the timer — the clicker's Start/stop still does") {
    Fixture f;
    KeyContext console;
    console.surface = Surface::console_window;
    console.console_window = true;
    const Routed esc = f.route(console, key(kEscape));
    CHECK_FALSE(esc.command.has_value());  // it closes what is open there (a question, a field), nothing else
    CHECK(esc.to_console);
    CHECK(is<cmd::StartPause>(f.route(console, key(kF5)).command));
    CHECK(is<cmd::Next>(f.route(console, key(kPageDown)).command));
    // On the wall, with nothing open, Esc stays the clicker's start/stop.
    KeyContext wall;
    wall.console_window = true;
    CHECK(is<cmd::StartPause>(f.route(wall, key(kEscape)).command));
}

TEST_CASE("routing: with two screens the help opens where it was asked for, and Esc closes it") {
    Fixture f;
    KeyContext console;
    console.surface = Surface::console_window;
    console.console_window = true;
    const Routed shown = f.route(console, letter(kH, 'h'));
    CHECK(shown.overlays.console_help);
    CHECK_FALSE(shown.overlays.help);  // not over the room's wall
    console.overlays.console_help = true;
    CHECK_FALSE(f.route(console, key(kEscape)).overlays.console_help);
    CHECK_FALSE(f.route(console, letter(kH, 'h')).overlays.console_help);
    KeyContext wall;
    wall.console_window = true;
    CHECK(f.route(wall, letter(kH, 'h')).overlays.help);
}
