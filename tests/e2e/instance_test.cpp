// One writer per state folder: a second atelier on the same folder says who
// holds it and exits; a killed one leaves no stale lock; --status,
// --screenshot and export only read, even a damaged file.
#include <doctest/doctest.h>

#include <signal.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/reducer.hpp"
#include "driver.hpp"
#include "platform/command_socket.hpp"

using namespace atelier;
using namespace atelier::e2e;
namespace fs = std::filesystem;

namespace {
std::string atelier_cmd(const std::string& dir, const std::string& args) {
    return std::string(ATELIER_BIN) + " --state-dir '" + dir + "' --config-dir '" + dir + "-config' " + args;
}
std::vector<std::string> files_of(const std::string& dir) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}
}  // namespace

TEST_CASE("instance: a second atelier on the same state folder says which process holds it and exits non-zero") {
    const std::string dir = make_temp_dir("second");
    Atelier first(dir);
    REQUIRE(first.start());
    const Ran second = run_code(atelier_cmd(dir, "--windowed 640x360 2>&1"));
    CHECK(second.code != 0);
    CHECK(second.out.find("already open in process " + std::to_string(first.pid())) != std::string::npos);
    CHECK(first.alive());
    // Started again from its icon, it brings the running one's console to the front.
    CHECK(second.out.find("its console is brought to the front") != std::string::npos);
    CHECK(first.wait_live("console", "over the wall"));
    // Killed, it leaves no stale lock: the next one starts.
    first.kill9();
    Atelier third(dir);
    CHECK(third.start());
}

TEST_CASE("instance: --status, --screenshot and export read a running atelier and change no file") {
    const std::string dir = make_temp_dir("readers");
    Atelier app(dir);
    REQUIRE(app.start());
    app.key("F5 Next");
    REQUIRE(app.wait_for([](const Session& s) { return current_record(s).turns.position == 1; }));
    const std::string state = app.saved_text();
    const auto before = files_of(dir);
    CHECK(run_code(atelier_cmd(dir, "--status")).out.find("speaker: Amélie Durand") != std::string::npos);
    CHECK(run_code("xvfb-run -a " + atelier_cmd(dir, "--screenshot " + dir + "-shot.png")).code == 0);
    CHECK(fs::file_size(dir + "-shot.png") > 10'000);
    CHECK(run_code(atelier_cmd(dir, "export " + dir + "-record.md")).code == 0);
    CHECK(app.saved_text() == state);
    CHECK(files_of(dir) == before);
    CHECK(app.alive());
}

TEST_CASE("instance: export from a folder where no atelier was saved says so and writes nothing") {
    const std::string dir = make_temp_dir("export-nothing");
    fs::create_directories(dir);
    const Ran ran = run_code(atelier_cmd(dir, "export " + dir + "-record.pdf 2>&1"));
    CHECK(ran.code == 1);
    CHECK(ran.out.find("no atelier saved in " + dir) != std::string::npos);
    CHECK_FALSE(fs::exists(dir + "-record.pdf"));  // not the sample's record passed off as one
}

TEST_CASE("instance: --status and --screenshot on a damaged state file leave it where it is") {
    const std::string dir = make_temp_dir("damaged-readers");
    fs::create_directories(dir);
    std::ofstream(dir + "/state.json") << "{\"schema\": 2, \"saved_at\": ";
    const auto before = files_of(dir);
    const Ran status = run_code(atelier_cmd(dir, "--status 2>&1"));
    CHECK(status.code == 0);
    CHECK(status.out.find("state.json: line 1, column 26: the file ends") != std::string::npos);  // it says what is wrong, and where
    CHECK(run_code("xvfb-run -a " + atelier_cmd(dir, "--screenshot " + dir + "-shot.png 2>/dev/null")).code == 0);
    CHECK(files_of(dir) == before);  // nothing moved aside: only the wall does that
}

TEST_CASE("instance: SIGTERM (systemd stopping the kiosk) ends it like Ctrl+Q: exit 0, saved, its socket gone") {
    const std::string dir = make_temp_dir("sigterm");
    Atelier app(dir);
    REQUIRE(app.start());
    app.key("F5 Next");
    REQUIRE(app.wait_for([](const Session& s) { return current_record(s).turns.position == 1; }));
    REQUIRE(fs::exists(platform::socket_path(dir)));
    ::kill(app.pid(), SIGTERM);
    CHECK(app.wait_exit(kWaitMs) == 0);
    CHECK_FALSE(fs::exists(platform::socket_path(dir)));
    CHECK(current_record(app.saved()->session).turns.position == 1);
    Atelier next(dir);
    CHECK(next.start());  // the lock went with it
}

TEST_CASE("instance: windows grown and shrunk (a bigger projector, a console dragged wider) keep the atelier running") {
    const std::string dir = make_temp_dir("resized");
    Atelier app(dir, "--console window");
    REQUIRE(app.start());
    app.key("F5");
    REQUIRE(app.wait_for([](const Session& s) { return is_running(current_record(s).timer); }));
    for (const std::string which : {"wall", "console"}) {
        const std::string id = app.window_id(which);
        REQUIRE_FALSE(id.empty());
        for (const char* size : {"1600 900", "1900 1000", "800 600", "1700 950"}) {
            CAPTURE(which);
            CAPTURE(size);
            run_code("xdotool windowsize --sync " + id + " " + size + " 2>/dev/null");
            // A frame at the new size is drawn and shown: the atelier still answers after it.
            REQUIRE(app.send({"add-minute"}).code == 0);
            REQUIRE(app.send({"remove-minute"}).code == 0);
            CHECK(app.alive());
        }
    }
    CHECK(app.stderr_text().find("X Error") == std::string::npos);
}

TEST_CASE("instance: export --client writes the client's own record: their request, contract and plan, nobody's speaking time") {
    const std::string dir = make_temp_dir("export-client");
    Atelier app(dir);
    REQUIRE(app.start());
    REQUIRE(app.send({"set-request", "Savoir dire non a mon directeur"}).code == 0);
    REQUIRE(app.send({"set-contract", "Trois phrases pour dire non"}).code == 0);
    REQUIRE(app.send({"add-plan-item", "Essayer lundi en reunion"}).code == 0);
    REQUIRE(app.wait_for([](const Session& s) { return !s.content.plan.empty(); }));
    const std::string pdf = dir + "-client.pdf";
    CHECK(run_code(atelier_cmd(dir, "export --client " + pdf)).code == 0);
    const std::string text = run("pdftotext -layout '" + pdf + "' -");
    CHECK(text.find("Savoir dire non a mon directeur") != std::string::npos);
    CHECK(text.find("Trois phrases pour dire non") != std::string::npos);
    CHECK(text.find("Essayer lundi en reunion") != std::string::npos);
    CHECK(text.find("Benoît Lefèvre") == std::string::npos);  // a consultant: no speaking-time chart, no names of the others
    CHECK((fs::status(pdf).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));
    // A CSV is the group's record, not the client's: refused, nothing written.
    const Ran csv = run_code(atelier_cmd(dir, "export --client " + dir + "-client.csv 2>&1"));
    CHECK(csv.code != 0);
    CHECK(csv.out.find("the client's record is a .pdf or a .md file") != std::string::npos);
    CHECK_FALSE(fs::exists(dir + "-client.csv"));
}
