#pragma once
// The command line, which users and tests rely on.
#include <optional>
#include <string>
#include <vector>

namespace atelier::platform {

struct Options {
    enum class Run { wall, send, export_record } run = Run::wall;
    bool windowed = false;
    int width = 1280, height = 720;  // --windowed WxH, and the --screenshot size
    bool size_given = false;
    std::optional<int> monitor;       // --monitor N: the wall's monitor
    std::optional<std::string> lang;  // a language id (core/lang.hpp), checked
    std::string config_dir;           // empty: XDG default
    std::string state_dir;
    std::string screenshot;           // write the wall to this PNG and exit
    std::string demo;                 // show a ready-made moment instead of the saved atelier
    bool status = false;              // print what the wall shows now, as text, and exit
    int exit_after_frames = 0;        // for benchmarks: quit after N frames
    bool doctor = false;              // kiosk: print what this machine gives Atelier, and exit
    std::string autostart;            // kiosk: "on" | "off": write or remove the login autostart entry, and exit
    std::string view = "wall";        // --screenshot of the "wall" or the "console"
    int tab = 1;                      // the console's tab in that screenshot
    std::string layout_report;        // with --screenshot: every line of text drawn, its size and glyphs (tests)
    std::optional<int64_t> clock;     // with --screenshot: the session clock's time (ms since the epoch), for exact pictures
    std::vector<int> console_at;      // the console window's position (benchmarks: beside the wall)
    std::vector<int64_t> frames_at;   // with --screenshot: draw frames this many ms after the start, the last is saved
    std::string console = "auto";     // "auto" | "window" | "overlay"
    std::vector<std::string> send;    // atelier send COMMAND [ARGS...]
    bool send_list = false;           // atelier send --list
    std::string export_path;          // atelier export FILE.pdf|csv|md
    bool export_client = false;       // atelier export --client: the client's own record
    bool export_overwrite = false;    // atelier export --overwrite: replace a file already there
};

// Parses argv. On --help/--version or an error, prints and returns the exit
// code to use in `exit_code`; otherwise returns the options.
std::optional<Options> parse_options(int argc, char** argv, int& exit_code);

}  // namespace atelier::platform
