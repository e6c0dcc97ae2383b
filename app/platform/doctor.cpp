#include "platform/doctor.hpp"

#include <GLFW/glfw3.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "platform/autostart.hpp"
#include "platform/chime_player.hpp"
#include "platform/files.hpp"
#include "platform/font_lookup.hpp"
#include "platform/install_paths.hpp"
#include "platform/screensaver.hpp"

#ifndef ATELIER_VERSION
#define ATELIER_VERSION "0.0.0"
#endif

namespace atelier::platform {

namespace {

enum class Mark { ok, note, fail };

struct Report {
    bool can_run = true;
    void line(Mark mark, const char* topic, const std::string& text) {
        const char* word = mark == Mark::ok ? "ok  " : mark == Mark::note ? "note" : "FAIL";
        std::printf("%s  %-12s %s\n", word, topic, text.c_str());
        if (mark == Mark::fail) can_run = false;
    }
};

// Monitors, and whether the X screensaver can be suspended: both need GLFW.
void check_display(Report& r) {
    const char* display = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    glfwSetErrorCallback(nullptr);  // the reason is read below, not printed twice
    if (!glfwInit()) {
        const char* reason = nullptr;
        glfwGetError(&reason);
        std::string why = reason ? reason : "GLFW cannot start";
        if (!display || !*display)
            why = "no display: DISPLAY is not set (start Atelier from the desktop session, or in a kiosk under cage)";
        r.line(Mark::fail, "display", why);
        r.line(Mark::note, "screensaver", "X11: not checked without a display");
        return;
    }
    std::string where = std::string("DISPLAY=") + (display ? display : "");
    if (wayland && *wayland) where += std::string(", WAYLAND_DISPLAY=") + wayland + " (Atelier runs through Xwayland)";
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    if (count == 0) r.line(Mark::fail, "display", where + ": no monitor");
    else r.line(Mark::ok, "display", where + ": " + std::to_string(count) + (count == 1 ? " monitor" : " monitors"));
    for (int i = 0; i < count; ++i) {
        const GLFWvidmode* mode = glfwGetVideoMode(monitors[i]);
        int x = 0, y = 0;
        glfwGetMonitorPos(monitors[i], &x, &y);
        const char* name = glfwGetMonitorName(monitors[i]);
        char text[200];
        std::snprintf(text, sizeof text, "%d: %dx%d at %d,%d \"%s\"%s (--monitor %d)", i, mode ? mode->width : 0,
                      mode ? mode->height : 0, x, y, name ? name : "", i == 0 ? ", primary" : "", i);
        r.line(Mark::ok, "monitor", text);
    }
    if (x11_screensaver_extension(glfw_x11_display()))
        r.line(Mark::ok, "screensaver", "X11: MIT-SCREEN-SAVER present, suspended while the wall runs");
    else
        r.line(Mark::note, "screensaver", "X11: no MIT-SCREEN-SAVER extension; the screen may blank (full screen usually prevents it)");
    glfwTerminate();
}

void check_fonts(Report& r) {
    const ui::FontFiles fonts = find_fonts();
    if (fonts.regular.empty() || fonts.bold.empty() || !exists(fonts.regular) || !exists(fonts.bold)) {
        r.line(Mark::fail, "fonts", "no usable font found: install fonts-dejavu-core");
        return;
    }
    const bool dejavu = fonts.regular.find("DejaVu") != std::string::npos;
    r.line(dejavu ? Mark::ok : Mark::note, "fonts",
           fonts.regular + ", " + fonts.bold + (dejavu ? "" : " (not DejaVu Sans: install fonts-dejavu-core)"));
    // Names in other scripts: the font each is drawn from (a fallback merged
    // in for what DejaVu lacks), or none, and the wall shows "?" for it.
    for (const ScriptFont& s : script_fonts()) {
        const std::string what = s.script + " (" + s.sample + "): ";
        if (s.file.empty()) {
            r.line(Mark::note, "script", what + "no font; names in it show as ? (install " + s.package + ")");
        } else {
            r.line(Mark::ok, "script", what + s.file + (s.main ? "" : " (fallback)"));
        }
    }
}

void check_sound(Report& r, const ChimeSettings& chimes) {
    const std::string problem = sound_problem();
    const std::string wanted = chimes.any() ? "chimes on in settings.json" : "chimes off in settings.json";
    if (problem.empty()) r.line(Mark::ok, "sound", "libcanberra can play; " + wanted);
    else r.line(Mark::note, "sound", problem + ": chimes stay silent; " + wanted);
}

void check_state_dir(Report& r, const std::string& dir) {
    // Writing is the only true test (read-only mounts, full disks, ACLs).
    const std::string probe = dir + "/.atelier-doctor-probe";
    const bool writable = make_dirs(dir) && write_atomically(probe, "probe\n", "").empty();
    std::remove(probe.c_str());
    if (writable) r.line(Mark::ok, "state dir", dir + " is writable");
    else r.line(Mark::note, "state dir", dir + " is NOT writable: the atelier runs in memory and is lost if Atelier stops");
}

}  // namespace

int run_doctor(const Options& options, const ConfigSet& config) {
    Report r;
    std::printf("Atelier %s doctor: what this machine gives the wall\n", ATELIER_VERSION);
    const std::string shipped = shipped_data_dir();
    r.line(Mark::ok, "program", executable_path() + (shipped.empty() ? " (not installed: built-in config, no icon)"
                                                                      : ", shipped files in " + shipped));
    check_display(r);
    check_fonts(r);
    check_sound(r, config.settings.chimes);
    const std::string dbus = dbus_screensaver_status();
    r.line(dbus == "present" ? Mark::ok : Mark::note, "screensaver", "D-Bus org.freedesktop.ScreenSaver: " + dbus);
    check_state_dir(r, options.state_dir.empty() ? state_dir_default() : options.state_dir);
    const std::string config_dir = options.config_dir.empty() ? config_dir_default() : options.config_dir;
    if (config.errors.empty()) r.line(Mark::ok, "config", config_dir + ": no errors");
    for (const ConfigError& e : config.errors) r.line(Mark::note, "config", e.message() + " (the shipped default is used)");
    r.line(Mark::ok, "autostart", autostart_enabled() ? "on: " + autostart_file() : "off (atelier --autostart on)");
    std::printf(r.can_run ? "The wall can run here.\n" : "The wall cannot run here: see FAIL above.\n");
    return r.can_run ? 0 : 1;
}

}  // namespace atelier::platform
