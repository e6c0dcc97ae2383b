#pragma once
// The shell: wires the pieces and runs the loop. The session lives in the
// SessionOwner (the one path for every change); each screen owns its window,
// its ImGui context and its fonts; keys are routed by a pure function
// (core/key_routing.hpp); the loop draws a screen only when what it shows
// changed, and is the only place that reads the clock.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/config_set.hpp"
#include "core/key_routing.hpp"
#include "core/wall_model.hpp"
#include "platform/chime_player.hpp"
#include "platform/command_socket.hpp"
#include "platform/console_screen.hpp"
#include "platform/draft_store.hpp"
#include "platform/group_library.hpp"
#include "platform/instance_lock.hpp"
#include "platform/options.hpp"
#include "platform/record_export.hpp"
#include "platform/screen_plan.hpp"
#include "platform/screensaver.hpp"
#include "platform/session_clock.hpp"
#include "platform/session_owner.hpp"
#include "platform/shutdown_signals.hpp"
#include "platform/state_store.hpp"
#include "platform/wall_screen.hpp"
#include "ui/console_view.hpp"

namespace atelier::platform {

class App {
public:
    App(Options options, ConfigSet config, std::string state_dir);
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    int run();  // returns the process exit code

private:
    // Start-up (app.cpp).
    bool restore();
    bool open_screens();
    ScreenPlan current_plan() const;
    void apply_plan(const ScreenPlan& plan);
    int screenshot();
    void loop();

    // Input (app_input.cpp): each window's queued events, routed.
    bool handle_input(GlWindow& window, Surface surface, int64_t now);
    KeyPress key_press(const std::vector<InputEvent>& batch, size_t index) const;
    std::string key_label(int key) const;

    // Frames (app_frames.cpp).
    void draw_wall(int64_t now, bool with_overlay, ui::TextLog* log = nullptr);
    void draw_console(int64_t now, bool present = true);
    ui::ConsoleInputs console_inputs(const WallModel& model, int64_t now, const ui::FontSet& fonts, bool overlay) const;
    void run_console_output(const ui::ConsoleOutput& out, int64_t now);
    int64_t next_wake(int64_t now) const;

    // Requests (app_requests.cpp): the command socket, exports, the status.
    std::string answer(const std::string& line);
    std::string status_text(int64_t now);
    // The console in front: its window raised, or drawn over the wall.
    void show_console();
    std::string export_to(const std::string& extension, int64_t now, RecordKind kind);
    std::vector<ui::LibraryGroup> library_groups(int64_t now);
    // How the session clock reads as the time of day now (time zone, DST, clock steps).
    LocalTime local_time() const;
    // At exit (Ctrl+Q, a signal, the X server gone): the last save, whatever
    // the retry schedule; the exit code says whether it reached the disk.
    int save_at_exit();

    Options options_;
    ConfigSet config_;
    const ui::Theme theme_;  // the wall's and the console's colours, from settings.json, for the whole run
    StateStore store_;
    DraftStore drafts_;
    GroupLibrary library_;
    SessionClock clock_;
    SessionOwner owner_;
    std::optional<InstanceLock> lock_;
    // Declared before the windows, so that it ends GLFW after they are gone.
    struct Glfw {
        bool ready = false;
        ~Glfw();
    } glfw_;
    WallScreen wall_;
    std::unique_ptr<ConsoleScreen> console_window_;
    ui::ConsoleView console_;
    ui::FontFiles font_files_;
    Overlays overlays_;
    ScreenPlan plan_;
    bool monitors_changed_ = false;
    // Emplaced before any thread starts: its signal mask is inherited by them all.
    std::optional<ShutdownSignals> signals_;
    CommandServer server_;
    std::unique_ptr<ScreensaverInhibitor> screensaver_;  // released before GLFW closes its X display
    ChimePlayer chimes_;
    FlashWatch flash_watch_;
    int64_t flash_start_ = -1;
    uint64_t wall_drawn_revision_ = 0, console_drawn_revision_ = 0;
    int64_t wall_due_ = 0, console_due_ = 0;
    int settle_frames_ = 0;  // ImGui settles popups and focus a frame after input
    uint64_t clock_jumps_seen_ = 0;
    uint32_t seed_ = 0;
    std::vector<ui::LibraryGroup> library_cache_;
    int64_t library_read_at_ = -1;
    std::string last_export_;
};

}  // namespace atelier::platform
