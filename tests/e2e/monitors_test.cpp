// Two monitors (Xorg with the dummy driver: DUMMY0 the laptop, primary, at
// 0,0; DUMMY1 the projector at 1920,0): the wall full screen on the
// projector, the console a window on the laptop; keys reach each window; a
// picture of both screens; the projector unplugged and plugged back.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/reducer.hpp"
#include "driver.hpp"
#include "xwd.hpp"

using namespace atelier;
using namespace atelier::e2e;

namespace {

struct Geometry {
    int x = -1, y = -1, w = 0, h = 0;
};

Geometry geometry(const std::string& window) {
    Geometry g;
    std::istringstream out(run("xdotool getwindowgeometry --shell " + window + " 2>/dev/null"));
    std::string line;
    while (std::getline(out, line)) {
        const auto eq = line.find('=');
        if (eq == std::string::npos) continue;
        const int v = std::atoi(line.c_str() + eq + 1);
        const std::string k = line.substr(0, eq);
        if (k == "X") g.x = v;
        if (k == "Y") g.y = v;
        if (k == "WIDTH") g.w = v;
        if (k == "HEIGHT") g.h = v;
    }
    return g;
}

// Waits until the wall's window sits at `x` with the full 1920x1080.
bool wall_at(Atelier& app, int x) {
    for (int waited = 0; waited < kWaitMs; waited += 50) {
        const std::string id = app.window_id("wall");
        const Geometry g = geometry(id);
        if (!id.empty() && g.x == x && g.w == 1920 && g.h == 1080) return true;
        run("sleep 0.05");
    }
    return false;
}

}  // namespace

TEST_CASE("monitors: the wall on the projector, the console on the laptop, keys to each, a picture of both") {
    const std::string dir = make_temp_dir("two-monitors");
    Atelier app(dir, "--fullscreen");
    REQUIRE(app.start());
    REQUIRE(wall_at(app, 1920));
    CHECK(app.live("console") == "window");
    const Geometry console = geometry(app.window_id("console"));
    CHECK(console.x < 1920);
    CHECK(console.x + console.w <= 1920);
    // The console's keys: Start from the laptop.
    REQUIRE(app.focus("console"));
    app.key("F5");
    CHECK(app.wait_for([](const Session& s) { return is_running(current_record(s).timer); }));
    app.key("p");  // a shortcut in the console, nobody typing
    CHECK(app.wait_for([](const Session& s) { return current_record(s).turns.rounds.back().marks[0] == Mark::passed; }));
    // The wall's keys: the clicker's Next.
    REQUIRE(app.focus("wall"));
    app.key("Next");
    CHECK(app.wait_for([](const Session& s) { return current_record(s).turns.position == 2; }));
    // Both screens as the X server has them.
    const std::string shot = dir + "-screens.xwd";
    REQUIRE(run_code("xwd -root -silent > '" + shot + "'").code == 0);
    const test::Xwd screens = test::read_xwd(shot);
    REQUIRE_MESSAGE(screens.width == 3840, shot << ": " << read_bytes(shot).size() << " bytes");
    // The wall's dark background fills the projector; the console's panel colour the laptop's window.
    CHECK(screens.share(1920, 0, 1920, 1080, {0x0F, 0x13, 0x17}, 6) > 0.5);
    CHECK(screens.share(console.x, console.y, console.w, console.h, {0x17, 0x1A, 0x1F}, 8) > 0.3);
    screens.write_ppm(dir + "-screens.ppm");
    MESSAGE("both screens: " << dir << "-screens.ppm");
}

TEST_CASE("monitors: the projector unplugged mid-atelier: the wall moves to the laptop, the timer runs on; plugged back, it returns") {
    const std::string dir = make_temp_dir("unplug");
    Atelier app(dir, "--fullscreen");
    REQUIRE(app.start());
    REQUIRE(wall_at(app, 1920));
    app.key("F5 Next");
    REQUIRE(app.wait_for([](const Session& s) { return is_running(current_record(s).timer) && current_record(s).turns.position == 1; }));
    const std::string before = app.saved_text();
    REQUIRE(run_code("xrandr --output DUMMY1 --off && xrandr >/dev/null").code == 0);
    CHECK(wall_at(app, 0));
    CHECK(app.wait_live("console", "closed"));  // one screen: the console is drawn over the wall (F2)
    CHECK(app.live("phase") == "En cours");
    CHECK(app.saved_text() == before);  // nothing changed in the atelier
    REQUIRE(run_code("xrandr --output DUMMY1 --mode 1920x1080 --right-of DUMMY0 && xrandr >/dev/null").code == 0);
    CHECK(wall_at(app, 1920));
    CHECK(app.wait_live("console", "window"));
    CHECK(is_running(current_record(app.saved()->session).timer));
}

TEST_CASE("monitors: in the console's window Esc closes what is open and never touches the timer; help opens where H was pressed") {
    const std::string dir = make_temp_dir("two-screens-esc");
    Atelier app(dir, "--fullscreen");
    REQUIRE(app.start());
    REQUIRE(wall_at(app, 1920));
    REQUIRE(app.focus("console"));
    // Esc "to get out", nothing open: the timer stays as it was. Keys are handled in
    // order: once the Pass after it shows, Esc has been handled too.
    app.key("Escape p");
    REQUIRE(app.wait_for([](const Session& s) { return current_record(s).turns.rounds.back().marks[0] == Mark::passed; }));
    CHECK_FALSE(current_record(app.saved()->session).timer.started);
    // Help where it was asked for: in the console's window, closed by Esc, the timer untouched.
    app.key("h");
    CHECK(app.wait_live("console_help", "shown"));
    CHECK(app.live("help") == "hidden");
    app.key("Escape");
    CHECK(app.wait_live("console_help", "hidden"));
    app.key("F1");
    CHECK(app.wait_live("console_help", "shown"));
    app.key("Escape p");
    REQUIRE(app.wait_for([](const Session& s) { return current_record(s).turns.rounds.back().marks[1] == Mark::passed; }));
    CHECK_FALSE(current_record(app.saved()->session).timer.started);
    // On the wall: H opens the help over it, Esc closes it, and only then is Esc the clicker's Start.
    REQUIRE(app.focus("wall"));
    app.key("h");
    CHECK(app.wait_live("help", "shown"));
    app.key("Escape");
    CHECK(app.wait_live("help", "hidden"));
    CHECK_FALSE(current_record(app.saved()->session).timer.started);
    app.key("Escape");
    CHECK(app.wait_for([](const Session& s) { return is_running(current_record(s).timer); }));
}

TEST_CASE("monitors: a request typed on the laptop and not yet confirmed survives the projector's cable pulled") {
    const std::string dir = make_temp_dir("two-screens-typing");
    Atelier app(dir, "--fullscreen");
    REQUIRE(app.start());
    REQUIRE(wall_at(app, 1920));
    REQUIRE(app.focus("console"));
    app.key("alt+3");
    REQUIRE(app.wait_live("console_tab", "content"));
    app.type("Savoir dire non a mon directeur");
    // Typed, not confirmed: a draft on disk (drafts.json), not the atelier's request yet.
    const auto drafted = [&] { return read_bytes(dir + "/drafts.json").find("Savoir dire non a mon directeur") != std::string::npos; };
    for (int waited = 0; waited < kWaitMs && !drafted(); waited += 50) run("sleep 0.05");
    REQUIRE(drafted());
    CHECK(app.saved()->session.content.request.empty());
    REQUIRE(run_code("xrandr --output DUMMY1 --off && xrandr >/dev/null").code == 0);
    CHECK(wall_at(app, 0));
    REQUIRE(app.wait_live("console", "closed"));
    // One screen now: the console over the wall, the field as it was left; Tab confirms it.
    REQUIRE(app.focus("wall"));
    app.key("F2");
    REQUIRE(app.wait_live("console", "over the wall"));
    app.key("alt+3");
    REQUIRE(app.wait_live("console_tab", "content"));
    app.key("Tab");
    CHECK(app.wait_for([](const Session& s) { return s.content.request == "Savoir dire non a mon directeur"; }));
}
