#pragma once
// The command line, which users and tests rely on.
#include <optional>
#include <string>

namespace atelier::platform {

struct Options {
    bool windowed = false;
    int width = 1280, height = 720;  // --windowed WxH, and the --screenshot size
    bool size_given = false;
    int monitor = 0;
    std::optional<std::string> lang;  // "fr" | "en"
    std::string config_dir;           // empty: XDG default
    std::string state_dir;
    std::string screenshot;           // write the wall to this PNG and exit
    std::string demo;                 // show a ready-made moment instead of the saved atelier
    bool status = false;              // print what the wall shows now, as text, and exit
    int exit_after_frames = 0;        // for benchmarks: quit after N frames
    bool doctor = false;              // kiosk: print what this machine gives Atelier, and exit
    std::string autostart;            // kiosk: "on" | "off": write or remove the login autostart entry, and exit
};

// Parses argv. On --help/--version or an error, prints and returns the exit
// code to use in `exit_code`; otherwise returns the options.
std::optional<Options> parse_options(int argc, char** argv, int& exit_code);

}  // namespace atelier::platform
