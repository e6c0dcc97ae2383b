#include "platform/screen_plan.hpp"

namespace atelier::platform {

ScreenPlan plan_screens(const std::vector<MonitorInfo>& monitors, std::optional<int> wall_monitor, bool windowed,
                        ConsolePlace console) {
    ScreenPlan plan;
    const int n = static_cast<int>(monitors.size());
    if (windowed || n == 0) {
        plan.console_window = console == ConsolePlace::window;
        return plan;
    }
    // A mirrored projector shows the same picture as the laptop: one screen.
    auto other_than = [&](int index) {
        for (int i = 0; i < n; ++i)
            if (!(monitors[static_cast<size_t>(i)] == monitors[static_cast<size_t>(index)])) return i;
        return -1;
    };
    if (wall_monitor && *wall_monitor >= 0 && *wall_monitor < n) plan.wall_monitor = *wall_monitor;
    else plan.wall_monitor = other_than(0) >= 0 ? other_than(0) : 0;
    const bool primary_is_free = !(monitors[0] == monitors[static_cast<size_t>(plan.wall_monitor)]);
    const int console_monitor = primary_is_free ? 0 : other_than(plan.wall_monitor);
    if (console == ConsolePlace::window || (console == ConsolePlace::automatic && console_monitor >= 0)) {
        plan.console_window = true;
        plan.console_monitor = console_monitor;
    }
    return plan;
}

}  // namespace atelier::platform
