#pragma once
// The wall mode: the rooms wired together, and the loop. App owns the rooms
// and nothing else; each room does one job:
//   SessionOwner   the session: every change a command through `reduce`, saved
//   StateStore, DraftStore, GroupLibrary   the files (state, typing, groups)
//   SessionClock   the only clock reads
//   Screens        which monitor shows what; the wall's and the console's windows
//   Keyboard       each window's keys, routed
//   ConsoleRoom    the facilitator's console: what it draws from, what comes out
//   Frames         one frame of each screen; Effects its flash and chime
//   Pacer          when to draw, how long to sleep (and the settle frames)
//   RequestDesk    requests from outside the windows (atelier send), answered
//   RemoteRoom     the phone, the viewer page, Companion: off unless settings.json turns it on
// A new transport is a room beside RequestDesk; a theme
// is a value the screens draw with; a language lives in core.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "core/config_set.hpp"
#include "core/status.hpp"
#include "core/key_routing.hpp"
#include "platform/command_socket.hpp"
#include "platform/console_room.hpp"
#include "platform/draft_store.hpp"
#include "platform/effects.hpp"
#include "platform/frames.hpp"
#include "platform/group_library.hpp"
#include "platform/instance_lock.hpp"
#include "platform/keyboard.hpp"
#include "platform/options.hpp"
#include "platform/pacer.hpp"
#include "platform/remote_room.hpp"
#include "platform/request_desk.hpp"
#include "platform/screens.hpp"
#include "platform/screensaver.hpp"
#include "platform/session_clock.hpp"
#include "platform/session_owner.hpp"
#include "platform/shutdown_signals.hpp"
#include "platform/state_store.hpp"
#include "ui/theme.hpp"

namespace atelier::platform {

class App {
public:
    App(Options options, ConfigSet config, std::string state_dir);
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    int run();  // returns the process exit code

private:
    bool start();
    void loop();
    // At exit (Ctrl+Q, a signal, the X server gone): the last save, whatever
    // the retry schedule; the exit code says whether it reached the disk.
    int save_at_exit();
    std::string status_text(int64_t now) const;
    // What the remote pages follow: the status of the wall at `now`.
    Status remote_status(int64_t now) const;
    void show_console();

    Options options_;
    ConfigSet config_;
    const ui::Theme theme_;  // the wall's and the console's colours, from settings.json, for the whole run
    StateStore store_;
    DraftStore drafts_;
    GroupLibrary library_;
    SessionClock clock_;
    SessionOwner owner_;
    std::optional<InstanceLock> lock_;
    std::optional<Glfw> glfw_;  // before the windows: it ends GLFW after them
    Screens screens_;
    Overlays overlays_;  // what covers the wall (the help, the console over it)
    Effects effects_;
    ConsoleRoom console_;
    Frames frames_;
    Keyboard keyboard_;
    Pacer pacer_;
    RequestDesk desk_;
    // Emplaced before any thread starts: its signal mask is inherited by them all.
    std::optional<ShutdownSignals> signals_;
    CommandServer server_;
    RemoteRoom remote_;
    std::unique_ptr<ScreensaverInhibitor> screensaver_;  // released before GLFW closes its X display
    uint64_t clock_jumps_seen_ = 0;
};

}  // namespace atelier::platform
