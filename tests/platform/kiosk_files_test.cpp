// The room's computer: the autostart entry, the install layout, no sound server.
#include "platform/autostart.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "platform/chime_player.hpp"
#include "platform/install_paths.hpp"
#include "platform/options.hpp"

using namespace atelier;
using namespace atelier::platform;
namespace fs = std::filesystem;

namespace {
std::string temp_dir(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("atelier-kiosk-" + std::to_string(::getpid()) + "-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir.string();
}

std::string read_all(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Sets an environment variable for one scope.
struct EnvVar {
    std::string name;
    std::string old;
    bool had;
    EnvVar(const char* n, const char* value) : name(n), had(std::getenv(n) != nullptr) {
        if (had) old = std::getenv(n);
        if (value) ::setenv(n, value, 1);
        else ::unsetenv(n);
    }
    ~EnvVar() {
        if (had) ::setenv(name.c_str(), old.c_str(), 1);
        else ::unsetenv(name.c_str());
    }
};

bool desktop_file_valid(const std::string& path) {
    return std::system(("desktop-file-validate '" + path + "' >&2").c_str()) == 0;
}
}  // namespace

TEST_CASE("autostart: on writes a valid entry starting this binary in $XDG_CONFIG_HOME/autostart — off removes it") {
    const std::string xdg = temp_dir("xdg");
    EnvVar config_home("XDG_CONFIG_HOME", xdg.c_str());
    const std::string file = xdg + "/autostart/org.codev.Atelier.desktop";
    CHECK(autostart_file() == file);
    CHECK_FALSE(autostart_enabled());

    const AutostartResult on = set_autostart(true);
    CHECK(on.exit_code == 0);
    CHECK(on.message.find(file) != std::string::npos);
    REQUIRE(fs::exists(file));
    CHECK(autostart_enabled());
    const std::string entry = read_all(file);
    CHECK(entry.find("Exec=" + executable_path() + "\n") != std::string::npos);
    CHECK(entry.find("Icon=org.codev.Atelier\n") != std::string::npos);
    CHECK(desktop_file_valid(file));

    CHECK(set_autostart(true).exit_code == 0);  // twice is fine
    const AutostartResult off = set_autostart(false);
    CHECK(off.exit_code == 0);
    CHECK(off.message.find("removed") != std::string::npos);
    CHECK_FALSE(fs::exists(file));
    const AutostartResult again = set_autostart(false);
    CHECK(again.exit_code == 0);
    CHECK(again.message.find("there was no") != std::string::npos);
}

TEST_CASE("autostart: without XDG_CONFIG_HOME the entry goes to ~/.config/autostart") {
    const std::string home = temp_dir("home");
    EnvVar no_xdg("XDG_CONFIG_HOME", nullptr);
    EnvVar home_var("HOME", home.c_str());
    CHECK(autostart_file() == home + "/.config/autostart/org.codev.Atelier.desktop");
    CHECK(set_autostart(true).exit_code == 0);
    CHECK(fs::exists(home + "/.config/autostart/org.codev.Atelier.desktop"));
}

TEST_CASE("autostart: a binary in a folder with a space is quoted as the Desktop Entry spec asks") {
    const std::string dir = temp_dir("quoted");
    const std::string entry = autostart_entry("/opt/my apps/atelier");
    CHECK(entry.find("Exec=\"/opt/my apps/atelier\"\n") != std::string::npos);
    std::ofstream(dir + "/t.desktop") << entry;
    CHECK(desktop_file_valid(dir + "/t.desktop"));
}

TEST_CASE("autostart: a folder that cannot be created is an error, with a non-zero exit code") {
    const std::string dir = temp_dir("blocked");
    std::ofstream(dir + "/autostart") << "a file where the folder should be";
    EnvVar config_home("XDG_CONFIG_HOME", dir.c_str());
    const AutostartResult r = set_autostart(true);
    CHECK(r.exit_code != 0);
    CHECK(r.message.find("cannot") != std::string::npos);
}

TEST_CASE("install paths: the shipped files are found beside the binary's own prefix, never the source tree") {
    CHECK(data_root_for("/usr/bin/atelier") == "/usr/share");
    CHECK(data_root_for("/opt/atelier/bin/atelier") == "/opt/atelier/share");
    CHECK(data_root_for("/home/me/build/app/atelier") == "/home/me/build/share");
    CHECK(data_root_for("") == "");
    // This test binary is not installed: nothing is found, and nothing fails.
    CHECK(shipped_data_dir().empty());
    CHECK(installed_icon_png(256).empty());
}

TEST_CASE("chimes: without a sound server nothing plays, and one message says so, once") {
    EnvVar server("PULSE_SERVER", "unix:/nonexistent/atelier-no-pulse");
    ChimePlayer player;
    CHECK_FALSE(player.open());
    const std::string message = player.take_message();
    CHECK(message.rfind("no sound server: chimes are off", 0) == 0);
    CHECK(player.take_message().empty());
    CHECK_FALSE(player.play(*chime_for(WallEvent::step, ChimeSettings{true, true, true, true, 70})));
    CHECK(player.take_message().empty());  // still once
    CHECK_FALSE(sound_problem().empty());
}

TEST_CASE("options: --doctor, and --autostart takes on or off only") {
    int code = 0;
    const char* doctor[] = {"atelier", "--doctor"};
    const auto d = parse_options(2, const_cast<char**>(doctor), code);
    REQUIRE(d.has_value());
    CHECK(d->doctor);
    for (const char* value : {"on", "off"}) {
        const char* args[] = {"atelier", "--autostart", value};
        const auto o = parse_options(3, const_cast<char**>(args), code);
        REQUIRE(o.has_value());
        CHECK(o->autostart == value);
    }
    const char* bad[] = {"atelier", "--autostart", "yes"};
    CHECK_FALSE(parse_options(3, const_cast<char**>(bad), code).has_value());
    CHECK(code != 0);
}
