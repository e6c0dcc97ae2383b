#pragma once
// Which screen shows what. With two monitors or more, the wall goes full
// screen on the one that is not the primary (or --monitor N) and the console
// is a window on the primary, the laptop's own screen. With one monitor, or a
// projector mirroring the laptop, the wall is full screen and the console is
// drawn over it when the facilitator opens it. Pure, so tested without a display.
#include <optional>
#include <vector>

namespace atelier::platform {

struct MonitorInfo {
    int x = 0, y = 0, width = 0, height = 0;
    bool operator==(const MonitorInfo&) const = default;
};

enum class ConsolePlace { automatic, window, overlay };

struct ScreenPlan {
    int wall_monitor = -1;     // index in the monitor list; -1: a window (rehearsal)
    bool console_window = false;
    int console_monitor = -1;  // where the console window goes; -1: anywhere
    bool operator==(const ScreenPlan&) const = default;
};

// `monitors[0]` is the primary (GLFW lists it first).
ScreenPlan plan_screens(const std::vector<MonitorInfo>& monitors, std::optional<int> wall_monitor, bool windowed,
                        ConsolePlace console);

}  // namespace atelier::platform
