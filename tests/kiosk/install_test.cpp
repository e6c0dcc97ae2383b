// cmake --install into a temporary prefix: every file where desktops look for
// it, and the installed binary finds its shipped files and icon from its own
// prefix (not from the source tree).
#include <doctest/doctest.h>

#include <filesystem>

#include "e2e/driver.hpp"
#include "processes.hpp"

using namespace atelier;
using namespace atelier::kiosk_test;
namespace fs = std::filesystem;

TEST_CASE("install: the binary, config, desktop file, icons, metainfo and man page land in their places") {
    const std::string prefix = e2e::make_temp_dir("install") + "/usr";
    const std::string out = run_with_status(std::string(CMAKE_COMMAND) + " --install '" + BUILD_DIR + "' --prefix '" + prefix + "'");
    REQUIRE_MESSAGE(out.find("exit=0") != std::string::npos, out);
    const std::string share = prefix + "/share";
    const std::string id = "org.codev.Atelier";
    for (const std::string& f : {prefix + "/bin/atelier", share + "/applications/" + id + ".desktop",
                                 share + "/metainfo/" + id + ".metainfo.xml",
                                 share + "/icons/hicolor/scalable/apps/" + id + ".svg", share + "/man/man1/atelier.1.gz",
                                 share + "/atelier/config/settings.json", share + "/atelier/config/keys.json",
                                 share + "/atelier/config/methods/codev-3h.json", share + "/doc/atelier/kiosk.md",
                                 share + "/doc/atelier/atelier-kiosk.service"}) {
        CAPTURE(f);
        CHECK(fs::is_regular_file(f));
    }
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512}) {
        const std::string n = std::to_string(size);
        CAPTURE(n);
        CHECK(fs::is_regular_file(share + "/icons/hicolor/" + n + "x" + n + "/apps/" + id + ".png"));
    }
    CHECK(run_with_status("man --warnings -l '" + share + "/man/man1/atelier.1.gz' >/dev/null") == "exit=0\n");

    SUBCASE("the installed binary finds its shipped files and sets its window icon") {
        const std::string state = e2e::make_temp_dir("install-state");
        const std::string doctor = run_with_status(prefix + "/bin/atelier --doctor --state-dir '" + state + "'");
        CHECK(doctor.find("shipped files in " + share + "/atelier") != std::string::npos);

        const pid_t pid = spawn(prefix + "/bin/atelier --windowed 640x360 --state-dir '" + state + "' --config-dir '" +
                                state + "-config' 2>/dev/null");
        std::string window;
        CHECK(wait_until(
            [&] {
                window = e2e::run("xdotool search --onlyvisible --pid " + std::to_string(pid) + " 2>/dev/null");
                return !window.empty();
            },
            15'000));
        window = window.substr(0, window.find('\n'));
        std::string icon;
        CHECK(wait_until(
            [&] {
                // The property starts with the icon's width and height.
                icon = e2e::run("xprop -id " + window + " -notype -f _NET_WM_ICON 32c ' = $0, $1\\n' _NET_WM_ICON 2>&1");
                return icon.find("_NET_WM_ICON = 256, 256") != std::string::npos;
            },
            10'000));
        CAPTURE(icon);
        stop(pid);
    }
}
