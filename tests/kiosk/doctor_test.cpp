// atelier --doctor and --autostart through the real binary.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "e2e/driver.hpp"
#include "processes.hpp"

using namespace atelier;
using namespace atelier::kiosk_test;

namespace {
std::string doctor(const std::string& env, const std::string& state, const std::string& config) {
    return run_with_status(env + " " + ATELIER_BIN + " --doctor --state-dir '" + state + "' --config-dir '" + config + "'");
}
}  // namespace

TEST_CASE("doctor: without a display it says so and exits 1") {
    const std::string dir = e2e::make_temp_dir("doctor-nodisplay");
    const std::string out = doctor("env -u DISPLAY -u WAYLAND_DISPLAY", dir + "/state", dir + "/config");
    CAPTURE(out);
    CHECK(out.find("FAIL  display") != std::string::npos);
    CHECK(out.find("DISPLAY is not set") != std::string::npos);
    CHECK(out.find("The wall cannot run here") != std::string::npos);
    CHECK(out.find("exit=1") != std::string::npos);
}

TEST_CASE("doctor: on a 1920x1080 screen it lists the monitor, the fonts, sound and files, and exits 0") {
    const std::string dir = e2e::make_temp_dir("doctor-ok");
    const std::string out = doctor("", dir + "/state", dir + "/config");
    CAPTURE(out);
    CHECK(out.find("ok    display") != std::string::npos);
    CHECK(out.find("1 monitor") != std::string::npos);
    CHECK(out.find("0: 1920x1080 at 0,0") != std::string::npos);
    CHECK(out.find("DejaVuSans.ttf") != std::string::npos);
    // Names in other scripts: the font each comes from (atelier.sh installs a CJK one).
    CHECK(out.find("script       Arabic joined") != std::string::npos);
    CHECK(out.find("script       CJK (\xE7\x8E\x8B): /") != std::string::npos);  // 王: a file, not "no font"
    CHECK(out.find("(fallback)") != std::string::npos);
    CHECK(out.find("MIT-SCREEN-SAVER present") != std::string::npos);
    CHECK(out.find("org.freedesktop.ScreenSaver") != std::string::npos);
    CHECK(out.find("sound") != std::string::npos);
    CHECK(out.find(dir + "/state is writable") != std::string::npos);
    CHECK(out.find("no errors") != std::string::npos);
    CHECK(out.find("The wall can run here.") != std::string::npos);
    CHECK(out.find("exit=0") != std::string::npos);
}

TEST_CASE("doctor: a broken config file is named with its field; an unwritable state folder is reported") {
    const std::string dir = e2e::make_temp_dir("doctor-problems");
    std::filesystem::create_directories(dir + "/config");
    std::ofstream(dir + "/config/settings.json") << R"({"chimes": {"volume": 300}})";
    std::ofstream(dir + "/file") << "a file, where the state folder's parent should be";
    const std::string out = doctor("", dir + "/file/state", dir + "/config");
    CAPTURE(out);
    CHECK(out.find(dir + "/config/settings.json: chimes.volume: must be between 0 and 100") != std::string::npos);
    CHECK(out.find(dir + "/file/state is NOT writable") != std::string::npos);
    CHECK(out.find("exit=0") != std::string::npos);  // the wall still runs: shipped settings, in memory
}

TEST_CASE("autostart: atelier --autostart on writes the entry for this binary, off removes it, both say so") {
    const std::string xdg = e2e::make_temp_dir("autostart");
    const std::string file = xdg + "/autostart/org.codev.Atelier.desktop";
    const std::string env = "XDG_CONFIG_HOME='" + xdg + "' ";
    const std::string on = run_with_status(env + ATELIER_BIN + " --autostart on");
    CAPTURE(on);
    CHECK(on.find("autostart on: wrote " + file) != std::string::npos);
    CHECK(on.find("exit=0") != std::string::npos);
    const std::string entry = read_all(file);
    CHECK(entry.find("Exec=" + std::filesystem::canonical(ATELIER_BIN).string() + "\n") != std::string::npos);
    CHECK(run_with_status("desktop-file-validate '" + file + "'") == "exit=0\n");
    const std::string doctor_out = run_with_status(env + ATELIER_BIN + " --doctor");
    CHECK(doctor_out.find("autostart    on: " + file) != std::string::npos);
    const std::string off = run_with_status(env + ATELIER_BIN + " --autostart off");
    CHECK(off.find("autostart off: removed " + file) != std::string::npos);
    CHECK(off.find("exit=0") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(file));
}
