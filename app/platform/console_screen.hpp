#pragma once
// The facilitator's console in a window of its own, on the laptop's screen
// (the primary monitor) while the wall is on the room's display.
#include <functional>
#include <string>

#include "platform/gl_window.hpp"
#include "ui/font_files.hpp"
#include "ui/fonts.hpp"

namespace atelier::platform {

class ConsoleScreen {
public:
    bool open(const GlWindow::Spec& spec, ui::FontFiles files);
    GlWindow& window() { return window_; }
    const ui::FontSet& fonts() const { return fonts_; }
    void ensure_fonts(const std::string& text);
    // One frame: `view` draws the console's ImGui widgets at this size.
    void draw(const std::function<void(float w, float h)>& view);
    void swap() { window_.swap(); }

private:
    GlWindow window_;
    ui::FontFiles files_;
    ui::FontSet fonts_;
    int font_h_ = 0;
    std::u32string font_chars_;
};

}  // namespace atelier::platform
