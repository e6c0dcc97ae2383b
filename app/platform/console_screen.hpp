#pragma once
// The facilitator's console in a window of its own, on the laptop's screen
// (the primary monitor) while the wall is on the room's display.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "platform/gl_window.hpp"
#include "platform/partial_frame.hpp"
#include "ui/font_files.hpp"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"

namespace atelier::platform {

class ConsoleScreen {
public:
    // `theme` (the app's) sets this window's ImGui style.
    bool open(const GlWindow::Spec& spec, ui::FontFiles files, const ui::Theme& theme);
    GlWindow& window() { return window_; }
    const ui::FontSet& fonts() const { return fonts_; }
    void ensure_fonts(const std::string& text);
    // The wall's texture as the miniature shows it, and what changed in it
    // since the last frame (wall pixels, top-left origin).
    struct LiveWall {
        unsigned int texture = 0;
        int width = 0, height = 0;
        std::vector<ui::DamageRect> changed;
    };
    // One frame: `view` draws the console's ImGui widgets at this size; only
    // what changed is drawn and shown (`present` false: kept in the back
    // buffer for a screenshot). Returns the pixels drawn.
    long draw(const std::function<void(float w, float h)>& view, const LiveWall& wall, bool present = true);

private:
    GlWindow window_;
    PartialFrame partial_;
    ui::FontFiles files_;
    ui::FontSet fonts_;
    const ui::Theme* theme_ = nullptr;  // the app's
    int font_h_ = 0;
    std::u32string font_chars_;
    std::string font_text_;  // the text font_chars_ was last checked against
};

}  // namespace atelier::platform
