// The facilitator's console over the wall (one monitor, under Xvfb): opened
// with F2, closed with Esc; the client's request typed into it; a new group
// prepared from the keyboard alone, keys counted.
#include <doctest/doctest.h>

#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/reducer.hpp"
#include "driver.hpp"
#include "xwd.hpp"

using namespace atelier;
using namespace atelier::e2e;

namespace {

// Keys and characters sent, as a facilitator would count them: a chord
// (ctrl+Return) is one key, a typed character is one key.
struct Keyboard {
    Atelier& app;
    int count = 0;
    void key(const std::string& keys) {
        std::istringstream words(keys);
        std::string word;
        while (words >> word) ++count;
        app.key(keys);
    }
    void type(const std::string& text) {
        for (size_t i = 0; i < text.size(); ++i)
            if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;  // one per character
        app.type(text);
    }
};

}  // namespace

TEST_CASE("console: F2 opens it over the wall, Esc closes it and does nothing else") {
    Atelier app(make_temp_dir("console-overlay"));
    REQUIRE(app.start());
    app.key("F5");
    REQUIRE(app.wait_for([](const Session& s) { return is_running(current_record(s).timer); }));
    app.key("F2");
    CHECK(app.wait_live("console", "over the wall"));
    app.key("Escape");
    CHECK(app.wait_live("console", "closed"));
    CHECK(is_running(current_record(app.saved()->session).timer));  // Esc paused nothing
}

TEST_CASE("console: the client's request is typed in the console; letters typed there are no clicker keys") {
    Atelier app(make_temp_dir("console-request"));
    REQUIRE(app.start());
    app.key("F2");
    REQUIRE(app.wait_live("console", "over the wall"));
    app.key("alt+3");  // the request and plan: the request's field has the keyboard
    // "b", "p", "n", "." and spaces: none may blank, pass or move on.
    app.type("Aidez-moi a deleguer sans tout reprendre. Bien penser au planning.");
    app.key("Tab");  // leaving the field applies it
    CHECK(app.wait_for([](const Session& s) {
        return s.content.request == "Aidez-moi a deleguer sans tout reprendre. Bien penser au planning.";
    }));
    const Session s = app.saved()->session;
    CHECK_FALSE(s.blanked);
    CHECK(s.step == 0);
    CHECK(current_record(s).turns.position == 0);
    CHECK_FALSE(current_record(s).timer.started);  // the spaces were text, not Start
}

TEST_CASE("console: a 7-person group is prepared and started from the keyboard alone") {
    Atelier app(make_temp_dir("console-prepare"));
    REQUIRE(app.start());
    Keyboard kb{app};
    kb.key("F2");     // the console
    kb.key("alt+4");  // prepare the next atelier
    kb.key("ctrl+n"); // a new group: its name has the keyboard
    kb.type("Codev RH Nantes");
    kb.key("Tab");
    kb.type("Nadia");  // the facilitator
    kb.key("Tab");
    const char* names[] = {"Anne", "Bruno", "Carla", "David", "Emma", "Farid", "Gilles"};
    for (const char* name : names) {
        kb.type(name);
        kb.key("Return");  // the next name
    }
    kb.key("Tab");      // the client: the start of a name
    kb.type("Ca");
    kb.key("Return");
    kb.key("F3");       // the next method after the default
    kb.key("ctrl+Return");
    CHECK(app.wait_for([](const Session& s) {
        return s.group.name == "Codev RH Nantes" && s.group.participants.size() == 7 && s.group.facilitator == "Nadia";
    }));
    const Session s = app.saved()->session;
    CHECK(s.group.participants[6] == "Gilles");
    CHECK(s.group.participants[s.client] == "Carla");
    CHECK(s.group.history.empty());  // a new group starts its own series
    CHECK(s.method.id != "codev-2h30");
    CHECK(s.step == 0);
    CHECK_FALSE(current_record(s).timer.started);
    MESSAGE("keys to prepare and start a 7-person atelier from the keyboard: " << kb.count);
}

TEST_CASE("console: Esc in the preparation asks before discarding, and nothing applies") {
    Atelier app(make_temp_dir("console-discard"));
    REQUIRE(app.start());
    const std::string before = app.saved_text();
    app.key("F2");
    app.key("alt+4");
    app.type("X");      // the group's name has the keyboard: the draft is edited
    app.key("Tab");     // leave the field
    app.key("Escape");  // asks
    app.key("Return");  // discard
    app.key("Escape");  // back on the live console: this one closes it
    CHECK(app.wait_live("console", "closed"));
    CHECK(app.saved_text() == before);
}

TEST_CASE("console: Ctrl+E in the record tab writes the PDF to the documents folder and says where") {
    const std::string dir = make_temp_dir("console-export");
    const std::string home = dir + "-home";
    std::filesystem::create_directories(home + "/Documents");
    // The app inherits this test's environment: its home is a fresh one.
    const std::string old_home = std::getenv("HOME") ? std::getenv("HOME") : "";
    ::setenv("HOME", home.c_str(), 1);
    Atelier app(dir);
    const bool started = app.start();
    ::setenv("HOME", old_home.c_str(), 1);
    REQUIRE(started);
    REQUIRE(app.send({"set-request", "Savoir dire non à mon directeur sans me fâcher avec lui."}).code == 0);
    REQUIRE(app.send({"add-plan-item", "Préparer trois phrases pour lundi"}).code == 0);
    app.key("F2");
    REQUIRE(app.wait_live("console", "over the wall"));
    app.key("alt+5");
    app.key("ctrl+e");
    std::string pdf;
    for (int waited = 0; waited < kWaitMs && pdf.empty(); waited += 50) {
        for (const auto& f : std::filesystem::directory_iterator(home + "/Documents"))
            if (f.path().extension() == ".pdf" && std::filesystem::file_size(f.path()) > 0) pdf = f.path().string();
        if (pdf.empty()) ::usleep(50'000);
    }
    REQUIRE_FALSE(pdf.empty());
    CHECK(std::filesystem::path(pdf).filename().string().rfind("atelier-", 0) == 0);
    // Read as a person would: the request and the plan are in it.
    const std::string text = run("pdftotext -enc UTF-8 '" + pdf + "' - 2>/dev/null");
    CHECK(text.find("directeur") != std::string::npos);
    CHECK(text.find("Préparer trois phrases pour lundi") != std::string::npos);
    CHECK(app.alive());
}

TEST_CASE("console: starting a new atelier over one under way asks first; Esc keeps it, Enter replaces it") {
    Atelier app(make_temp_dir("console-replace"));
    REQUIRE(app.start());
    app.key("F5 Next");
    REQUIRE(app.wait_for([](const Session& s) { return is_running(current_record(s).timer) && current_record(s).turns.position == 1; }));
    app.key("F2");
    REQUIRE(app.wait_live("console", "over the wall"));
    app.key("alt+4");        // the preparation opens on the group in use
    REQUIRE(app.wait_live("console_tab", "prepare"));
    app.key("ctrl+Return");  // start: asks
    REQUIRE(app.wait_live("console_asks", "replace"));
    app.key("Escape");       // keep the atelier under way
    REQUIRE(app.wait_live("console_asks", "nothing"));
    CHECK(app.live("console_tab") == "prepare");  // the preparation stays open
    Session s = app.saved()->session;
    CHECK(is_running(current_record(s).timer));
    CHECK(current_record(s).turns.position == 1);
    app.key("ctrl+Return");
    REQUIRE(app.wait_live("console_asks", "replace"));
    app.key("Return");       // replace
    CHECK(app.wait_for([](const Session& fresh) { return !current_record(fresh).timer.started && fresh.step == 0; }));
}

TEST_CASE("console: at the synthesis, Alt+3 gives the keyboard to a new action; Enter adds it and the next") {
    Atelier app(make_temp_dir("console-plan-focus"));
    REQUIRE(app.start());
    REQUIRE(app.send({"goto-step", "5"}).code == 0);
    REQUIRE(app.wait_for([](const Session& s) { return current_step(s).board == Board::plan; }));
    app.key("F2");
    REQUIRE(app.wait_live("console", "over the wall"));
    app.key("alt+3");
    REQUIRE(app.wait_live("console_tab", "content"));
    app.type("Appeler Paul lundi");
    app.key("Return");
    app.type("Relire le contrat");
    app.key("Return");
    CHECK(app.wait_for([](const Session& s) {
        return s.content.plan == std::vector<std::string>{"Appeler Paul lundi", "Relire le contrat"};
    }));
    CHECK(app.saved()->session.content.request.empty());  // nothing went to the request
}

TEST_CASE("console: a request changed from a script shows in the open console, and leaving it unchanged sends nothing") {
    Atelier app(make_temp_dir("console-follow"));
    REQUIRE(app.start());
    app.key("F2");
    REQUIRE(app.wait_live("console", "over the wall"));
    app.key("alt+3");  // the request's field has the keyboard
    REQUIRE(app.wait_live("console_tab", "content"));
    app.key("alt+1");  // leave it for another tab: nothing typed, nothing sent
    REQUIRE(app.wait_live("console_tab", "steps"));
    REQUIRE(app.send({"set-request", "Dire non sans me fâcher"}).code == 0);
    app.key("alt+3");  // back into the request: it shows the script's text
    REQUIRE(app.wait_live("console_tab", "content"));
    app.key("End");
    app.type(" avec mon directeur");
    app.key("Tab");
    CHECK(app.wait_for([](const Session& s) { return s.content.request == "Dire non sans me fâcher avec mon directeur"; }));
}

TEST_CASE("console: Ctrl+N while the group's name is being typed gives an empty name, not the old one") {
    Atelier app(make_temp_dir("console-ctrl-n"));
    REQUIRE(app.start());
    app.key("F2");
    REQUIRE(app.wait_live("console", "over the wall"));
    app.key("alt+4");  // the group in use; its name has the keyboard
    REQUIRE(app.wait_live("console_tab", "prepare"));
    app.type(" bis");
    app.key("ctrl+n");
    app.type("Nouveau groupe");
    app.key("Tab");
    app.key("Tab");    // no facilitator
    app.type("Anne");
    app.key("ctrl+Return");
    CHECK(app.wait_for([](const Session& s) { return s.group.participants == std::vector<std::string>{"Anne"}; }));
    CHECK(app.saved()->session.group.name == "Nouveau groupe");
}

TEST_CASE("console: after Alt+2 and a click on \"Est parti\", Esc, F2, PageDown and + act at once, even with slow frames") {
    // Frames slower than ImGui's key repeat (50 ms), as on a full-screen wall
    // drawn by llvmpipe on a busy laptop: softpipe draws every frame that slowly.
    // A key released while the console waited for a tab to open used to stay
    // down in ImGui, which repeated it; each repeat opened the tab again and
    // the release waited again: no key reached the console until a click
    // closed it, and then they all came at once.
    const std::string dir = make_temp_dir("console-slow-frames");
    const std::string config = dir + "-config";
    std::filesystem::create_directories(config);
    // Five people: the People tab fits in 1280x720, its buttons do not move.
    std::ofstream(config + "/sample-group.json") << R"({"name": "Codév", "atelier": "Atelier 3", "method": "codev-2h30",
        "participants": ["Amélie Durand", "Benoît Lefèvre", "Chloé Martin", "Éric Nguyen", "Françoise Œuvray"],
        "history": [{"date": "2026-09-15", "method": "codev-2h30", "client": "Amélie Durand"},
                    {"date": "2026-10-20", "method": "codev-2h30", "client": "Benoît Lefèvre"}]})";
    Atelier app(dir, "", config);
    app.set_prefix("env GALLIUM_DRIVER=softpipe");
    REQUIRE(app.start());
    REQUIRE(app.send({"goto-step", "4"}).code == 0);  // the consultation, Amélie speaks
    REQUIRE(app.send({"toggle-timer"}).code == 0);
    app.key("F2");
    REQUIRE(app.wait_live("console", "over the wall"));
    run("xdotool mousemove --window " + app.window_id("wall") + " 640 712");  // off every button (a hovered one changes colour)
    app.key("alt+2");
    REQUIRE(app.wait_live("console_tab", "people"));
    // The tab is drawn (ImGui shows it a frame late): Benoît's "Est parti" button is there;
    // then the late arrival's field takes the keyboard (its caret), as Alt+2 asks. A
    // click before that would race the focus. (The stalled console never got there:
    // after 10 s the test clicks anyway.)
    const std::string shot = dir + "/people.xwd";
    const auto drawn = [&](int x, int y, int w, int h, const uint8_t (&colour)[3], double share) {
        return run_code("xwd -root -silent > '" + shot + "'").code == 0 && test::read_xwd(shot).share(x, y, w, h, colour, 12) > share;
    };
    const uint8_t button[3] = {51, 86, 131}, caret[3] = {255, 255, 255};
    bool button_shown = false;
    for (int waited = 0; waited < kWaitMs && !(button_shown = drawn(1034, 496, 62, 16, button, 0.4)); waited += 200) run("sleep 0.2");
    REQUIRE(button_shown);
    for (int waited = 0; waited < 10'000 && !drawn(16, 636, 6, 14, caret, 0.1); waited += 200) run("sleep 0.2");
    run("xdotool mousemove --window " + app.window_id("wall") + " 1065 504 click 1");
    REQUIRE(app.wait_for([](const Session& s) { return s.left.count(1) == 1; }));  // Benoît left
    app.key("Escape F2 Next plus");  // close, open again, the next speaker, one more minute
    CHECK(app.wait_live("speaker", "\xC3\x89ric Nguyen"));  // Benoît is skipped
    CHECK(app.wait_live("console", "over the wall"));
    CHECK(app.wait_for([](const Session& s) { return current_record(s).timer.added_ms == 60'000; }));
    const Session s = app.saved()->session;
    CHECK(is_running(current_record(s).timer));  // nothing was replayed as a pause
    CHECK(app.stderr_text().find("dropped") == std::string::npos);
}

namespace {
// Waits until drafts.json (what the console has typed and not applied) holds `text`.
bool drafted(const Atelier& app, const std::string& text) {
    for (int waited = 0; waited < kWaitMs; waited += 50) {
        if (read_bytes(app.state_dir() + "/drafts.json").find(text) != std::string::npos) return true;
        ::usleep(50'000);
    }
    return false;
}
}  // namespace

TEST_CASE("console: a request typed and not confirmed survives a tab switch and a restart; Tab then applies it") {
    const std::string dir = make_temp_dir("console-typing");
    {
        Atelier app(dir);
        REQUIRE(app.start());
        app.key("F2");
        REQUIRE(app.wait_live("console", "over the wall"));
        app.key("alt+3");
        REQUIRE(app.wait_live("console_tab", "content"));
        app.type("Mieux deleguer");
        app.key("alt+1");  // another tab: the typing stays, not applied
        REQUIRE(app.wait_live("console_tab", "steps"));
        app.key("alt+3");
        REQUIRE(app.wait_live("console_tab", "content"));
        app.type(" a mon equipe");  // the field has the keyboard again, with what was typed
        REQUIRE(drafted(app, "Mieux deleguer a mon equipe"));
        CHECK(app.saved()->session.content.request.empty());
        ::kill(app.pid(), SIGTERM);  // the laptop shut down, the field still being typed in
        REQUIRE(app.wait_exit(kWaitMs) == 0);
    }
    Atelier app(dir);
    REQUIRE(app.start());
    CHECK(app.saved()->session.content.request.empty());  // still a draft, not the atelier's
    app.key("F2");
    REQUIRE(app.wait_live("console", "over the wall"));
    app.key("alt+3");
    REQUIRE(app.wait_live("console_tab", "content"));
    app.key("Tab");  // as the hint under the field says
    CHECK(app.wait_for([](const Session& s) { return s.content.request == "Mieux deleguer a mon equipe"; }));
}
