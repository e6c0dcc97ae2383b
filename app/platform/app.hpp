#pragma once
// The thin shell: a GLFW window, the GL context, ImGui, the loop that waits
// for keys or the next visible change, and the only clock reads.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/config_set.hpp"
#include "core/reducer.hpp"
#include "core/wall_model.hpp"
#include "platform/chime_player.hpp"  // kiosk:
#include "platform/options.hpp"
#include "platform/screensaver.hpp"  // kiosk:
#include "platform/session_clock.hpp"
#include "platform/state_store.hpp"
#include "ui/fonts.hpp"
#include "ui/setup_screen.hpp"
#include "ui/theme.hpp"

struct GLFWwindow;

namespace atelier::platform {

class App {
public:
    App(Options options, ConfigSet config);
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    int run();  // returns the process exit code

private:
    struct KeyEvent {
        int key, mods;
    };
    struct Notice {
        std::string text;
        int64_t until = 0;
    };

    bool open_window();
    void load_session();
    void on_key(int key, int action, int mods);
    void handle_keys(int64_t now);
    void apply(const Command& command, int64_t now);
    void notice(const std::string& text, int64_t now, int64_t ms);
    void ensure_fonts(int width, int height);
    void draw(int64_t now, int width, int height);
    int64_t next_wake_ms(int64_t now) const;
    void print_status() const;

    Options options_;
    ConfigSet config_;
    StateStore store_;
    SessionClock clock_;
    Session session_;
    bool saving_enabled_ = true;  // demos are never saved
    GLFWwindow* window_ = nullptr;
    bool imgui_ready_ = false;
    ui::FontFiles font_files_;
    ui::FontSet fonts_;
    int font_w_ = 0, font_h_ = 0;
    std::u32string font_chars_;     // the characters the large faces were baked for
    bool session_changed_ = true;   // since the fonts were last checked
    ui::Theme theme_;
    std::vector<KeyEvent> keys_;
    Notice notice_;
    int64_t flash_start_ = -1;
    FlashWatch flash_watch_;
    bool help_open_ = false;
    ui::SetupScreen setup_;
    bool quit_ = false;
    uint32_t shuffle_seed_ = 0;
    // kiosk: the screen stays awake while the wall shows; chimes on wall events.
    std::unique_ptr<ScreensaverInhibitor> screensaver_;
    ChimePlayer chimes_;
};

}  // namespace atelier::platform
