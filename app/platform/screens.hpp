#pragma once
// The screens: which monitor shows what (screen_plan.hpp decides, this
// places), the wall's window and, with two monitors, the console's own
// window. A projector plugged in or out moves the wall and opens or closes
// the console's window; nothing else changes.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "platform/console_screen.hpp"
#include "platform/screen_plan.hpp"
#include "platform/wall_screen.hpp"
#include "ui/font_files.hpp"
#include "ui/theme.hpp"

namespace atelier::platform {

// GLFW for as long as it lives (declared before the windows: it ends after them).
struct Glfw {
    bool ready = false;
    Glfw();
    ~Glfw();
    Glfw(const Glfw&) = delete;
    Glfw& operator=(const Glfw&) = delete;
};

struct ScreensSpec {
    bool windowed = false;         // a window, not the full screen (rehearsal, --windowed)
    int width = 1280, height = 720;
    std::optional<int> monitor;    // --monitor N: the wall's monitor
    ConsolePlace console = ConsolePlace::automatic;
    std::vector<int> console_at;   // the console window's position (benchmarks)
    bool hidden = false;           // a screenshot: drawn, never shown
    bool console_window = false;   // a screenshot of the console: its window even with one monitor
    std::string console_title = "Atelier — console";
    const ui::Theme* theme = nullptr;  // the app's colours, for the whole run (never null at open)
};

class Screens {
public:
    // Opens the wall (its fonts baked for `session_text`) and the console's
    // window when the plan gives it one. GLFW must be initialised.
    bool open(const ScreensSpec& spec, const std::string& session_text);
    // Looks whether the monitors changed since the last call (a cable); if
    // so, places the windows again and returns true.
    bool follow_monitors();

    WallScreen& wall() { return wall_; }
    // The console's window, or null: with one monitor it is drawn over the wall.
    ConsoleScreen* console_window() { return console_.get(); }
    const ConsoleScreen* console_window() const { return console_.get(); }
    bool wall_in_a_window() const { return plan_.wall_monitor < 0; }
    const ui::FontFiles& font_files() const { return font_files_; }

    // Brings the console's window to the front (a second start, a script).
    void raise_console();
    void focus_wall();
    // The console's window asked to close: it hides (F2 brings it back); the
    // facilitator's hand on the atelier is never destroyed by a click.
    void keep_console_open();
    void set_console_title(const std::string& title);

private:
    ScreenPlan current_plan() const;
    // Moves the wall to the plan's monitor and gives the console the window
    // (and the place) the plan says. Written once, for the start and for a cable.
    bool place(const ScreenPlan& plan);
    bool open_console_window();

    ScreensSpec spec_;
    ui::FontFiles font_files_;
    WallScreen wall_;
    std::unique_ptr<ConsoleScreen> console_;
    ScreenPlan plan_;
    std::vector<MonitorInfo> monitors_;
};

}  // namespace atelier::platform
