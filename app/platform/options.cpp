#include "platform/options.hpp"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <regex>

#include "core/demo.hpp"

#ifndef ATELIER_VERSION
#define ATELIER_VERSION "0.0.0"
#endif

namespace atelier::platform {

std::optional<Options> parse_options(int argc, char** argv, int& exit_code) {
    Options o;
    CLI::App app{"Atelier: the wall display for co-development workshops (codéveloppement professionnel)."};
    app.set_version_flag("--version", std::string("atelier ") + ATELIER_VERSION);
    std::string windowed;
    auto* win = app.add_option("--windowed", windowed, "A window instead of full screen (rehearsal, tests); size WxH, default 1280x720")
                    ->expected(0, 1);
    int monitor = 0;
    auto* monitor_opt = app.add_option("--monitor", monitor, "The wall full screen on monitor N (0 is the primary; default: "
                                                             "the first that is not the primary)")
                            ->check(CLI::NonNegativeNumber);
    app.add_option("--console", o.console, "The facilitator's console: its own window (on the primary monitor), drawn over the "
                                           "wall (F2), or auto: a window when there are two monitors")
        ->check(CLI::IsMember({"auto", "window", "overlay"}));
    app.add_option("--view", o.view, "What --screenshot renders: the wall, the console, or the console over the wall (overlay)")
        ->check(CLI::IsMember({"wall", "console", "overlay"}));
    app.add_option("--tab", o.tab, "With --view console: the console's tab, 1 to 6")->group("")->check(CLI::Range(1, 6));
    std::string lang;
    auto* lang_opt = app.add_option("--lang", lang, "Language of the wall")->check([](const std::string& id) {
        return lang_from_id(id) ? std::string() : "unknown language \"" + id + "\" (" + lang_ids_list() + ")";
    });
    app.add_option("--config-dir", o.config_dir, "Where config is read (default: $XDG_CONFIG_HOME/atelier)");
    app.add_option("--state-dir", o.state_dir, "Where the atelier is saved (default: $XDG_STATE_HOME/atelier)");
    app.add_option("--screenshot", o.screenshot, "Render the wall as it would appear now to FILE.png, then exit")
        ->check([](const std::string& f) {
            return f.size() > 4 && f.compare(f.size() - 4, 4, ".png") == 0 ? std::string() : std::string("must end in .png");
        });
    app.add_option("--demo", o.demo, "Show a ready-made moment of the sample atelier (the saved one is untouched)")
        ->check(CLI::IsMember(demo_names()));
    app.add_flag("--status", o.status, "Print what the wall shows now (step, timer, speaker) as text, then exit");
    // kiosk: the room's computer.
    app.add_flag("--doctor", o.doctor, "Print what this machine gives Atelier (monitors, fonts, sound, screensaver, files), then exit; 1 when the wall cannot run");
    app.add_option("--autostart", o.autostart, "Start Atelier at login (on) or not (off), through an XDG autostart entry, then exit")
        ->check(CLI::IsMember({"on", "off"}));
    app.add_option("--exit-after-frames", o.exit_after_frames, "Quit after N frames (benchmarks)")->group("");
    app.add_option("--layout-report", o.layout_report, "With --screenshot: write what text was drawn where (tests)")->group("");
    int64_t clock = 0;
    auto* clock_opt = app.add_option("--clock", clock, "With --screenshot: the time to show, in ms since the epoch")->group("");
    app.add_option("--console-at", o.console_at, "The console window at X,Y (benchmarks)")->group("")->delimiter(',')->expected(2);
    app.add_option("--frames-at", o.frames_at, "With --screenshot: draw frames this many ms after the start")->group("")->delimiter(',');
    // Subcommands: the running atelier from a script, and the record.
    CLI::App* send = app.add_subcommand("send", "Give a command to the running atelier: atelier send next, atelier send "
                                                "give-floor \"Camille\"... (atelier send --list)");
    // Everything after "send" is the command and its arguments, even "--after";
    // --state-dir and --list are picked out by hand (below).
    send->prefix_command();
    CLI::App* exporter = app.add_subcommand("export", "Write the atelier's record to FILE.pdf, FILE.csv or FILE.md");
    exporter->fallthrough();
    exporter->add_option("file", o.export_path, "FILE.pdf, FILE.csv or FILE.md")->required();
    exporter->add_flag("--client", o.export_client, "The client's own record (request, contract, plan): FILE.pdf or FILE.md");
    exporter->add_flag("--overwrite", o.export_overwrite, "Replace FILE if it exists (otherwise it is never overwritten)");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        exit_code = app.exit(e);
        return std::nullopt;
    }
    if (win->count() > 0) {
        o.windowed = true;
        if (!windowed.empty()) {
            std::smatch m;
            if (!std::regex_match(windowed, m, std::regex(R"((\d{2,5})x(\d{2,5}))"))) {
                std::fprintf(stderr, "--windowed: expected a size like 1280x720, got \"%s\"\n", windowed.c_str());
                exit_code = 2;
                return std::nullopt;
            }
            o.width = std::stoi(m[1]);
            o.height = std::stoi(m[2]);
            o.size_given = true;
        }
    }
    if (lang_opt->count() > 0) o.lang = lang;
    if (monitor_opt->count() > 0) o.monitor = monitor;
    if (clock_opt->count() > 0) o.clock = clock;
    if (send->parsed()) {
        o.run = Options::Run::send;
        // --state-dir DIR (and --config-dir DIR) wherever they stand: before
        // the command, after it, between its arguments; "--" ends them (what
        // follows is the command's own, even "--state-dir").
        const std::vector<std::string> rest = send->remaining();
        bool literal = false;
        for (size_t i = 0; i < rest.size(); ++i) {
            if (!literal && rest[i] == "--") literal = true;
            else if (!literal && rest[i] == "--list" && o.send.empty()) o.send_list = true;
            else if (!literal && (rest[i] == "--state-dir" || rest[i] == "--config-dir") && i + 1 < rest.size()) {
                // Which one is decided before the value is taken (an assignment evaluates its right side first).
                std::string& target = rest[i] == "--state-dir" ? o.state_dir : o.config_dir;
                target = rest[++i];
            } else if (!literal && (rest[i].rfind("--state-dir=", 0) == 0 || rest[i].rfind("--config-dir=", 0) == 0)) {
                std::string& target = rest[i][2] == 's' ? o.state_dir : o.config_dir;
                target = rest[i].substr(rest[i].find('=') + 1);
            } else {
                o.send.push_back(rest[i]);
            }
        }
        if (o.send.empty() && !o.send_list) {
            std::fprintf(stderr, "atelier send: which command? (atelier send --list)\n");
            exit_code = 2;
            return std::nullopt;
        }
    }
    if (exporter->parsed()) o.run = Options::Run::export_record;
    if (!o.screenshot.empty() && !o.size_given) {
        o.width = 1920;
        o.height = 1080;
    }
    return o;
}

}  // namespace atelier::platform
