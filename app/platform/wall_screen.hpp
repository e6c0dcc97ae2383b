#pragma once
// The room's screen: a window (full screen on the room's display) with its
// own ImGui context and fonts. The wall is drawn into the window's back
// buffer, only where it changed, and copied to a texture the console's
// miniature shows; the help, a confirmation and, with one monitor, the
// console itself are drawn over it.
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "core/keymap.hpp"
#include "core/wall_model.hpp"
#include "platform/gl_window.hpp"
#include "platform/partial_frame.hpp"
#include "platform/wall_canvas.hpp"
#include "ui/font_files.hpp"
#include "ui/fonts.hpp"
#include "ui/painter.hpp"
#include "ui/theme.hpp"

namespace atelier::platform {

struct WallPicture {
    const WallModel& model;
    std::string notice;
    bool help = false;
    const KeyMap& keys;
    std::function<std::string(int)> key_label;
    float flash = 0;
};

class WallScreen {
public:
    // Opens the window, its fonts baked for `text` at the window's size.
    // `theme` (the app's, which outlives the screen) colours the wall and this window's ImGui style.
    bool open(const GlWindow::Spec& spec, ui::FontFiles files, const std::string& text, const ui::Theme& theme);
    GlWindow& window() { return window_; }
    const ui::FontSet& fonts() const { return fonts_; }
    // The wall as a texture, kept up to date while `mirrored` (a console
    // window shows it) or while the console is drawn over the wall.
    const WallCanvas& canvas() const { return canvas_; }
    void set_mirrored(bool mirrored) { mirrored_ = mirrored; }
    // The rectangles of the texture changed since the last call (wall
    // pixels, top-left origin): what the console's miniature must redraw.
    std::vector<ui::DamageRect> take_canvas_changes() { return std::exchange(canvas_changes_, {}); }

    // Bakes the fonts for this size and these texts when either changed.
    // The console's fonts only once it is drawn over the wall (F2): a wall
    // that never shows it starts faster.
    void ensure_fonts(const std::string& text, bool with_console);
    // Draws the wall and shows it; `overlay` draws ImGui windows over it
    // (the console, one monitor), not into the miniature's texture. Only
    // what changed is drawn and shown; `present` false keeps the frame in the
    // back buffer (a screenshot reads it there).
    void draw(const WallPicture& picture, const std::function<void(float w, float h)>& overlay, ui::TextLog* log = nullptr,
              bool present = true);
    // The next frame is drawn and shown whole (a new size, an expose).
    void redraw_all() { partial_.invalidate(); }
    // Pixels drawn by the last frame (0 when nothing changed), for the benchmark's log.
    long last_pixels() const { return last_pixels_; }

private:
    // Bakes the atlas (no GL: may run while the window opens), then uploads it.
    void bake_fonts(int w, int h, const std::string& text, bool with_console);
    void install_fonts();

    GlWindow window_;
    ui::FontFiles files_;
    ui::FontSet fonts_;
    const ui::Theme* theme_ = nullptr;
    WallCanvas canvas_;
    PartialFrame partial_;
    bool mirrored_ = false, mirror_shown_ = false;
    std::vector<ui::DamageRect> canvas_changes_;
    long last_pixels_ = 0;
    int font_w_ = 0, font_h_ = 0;
    bool font_console_ = false;
    std::u32string font_chars_;
    std::string font_text_;  // the text font_chars_ was last checked against
};

}  // namespace atelier::platform
