#pragma once
// Drawing and showing only what changed in a window. The frame's ImGui draw
// lists are compared with the last frame's (ui::DamageTracker); the damaged
// rectangles alone are cleared and redrawn, straight into the back buffer,
// and shown with GLX_MESA_copy_sub_buffer, which leaves the back buffer as
// it was: it always holds the whole picture. Only the triangles that reach a
// damaged rectangle are given to the driver, in one call for the frame.
// Tests compare the result with a full redraw, pixel for pixel (the wall, the
// console over it, the console's window). Without the extension, every frame
// is drawn whole and swapped.
#include <cstdint>
#include <functional>
#include <vector>

#include <imgui.h>

#include "platform/sub_buffer.hpp"
#include "ui/damage.hpp"
#include "ui/theme.hpp"

struct GLFWwindow;

namespace atelier::platform {

class PartialFrame {
public:
    void attach(GLFWwindow* window) { presenter_ = SubBufferPresenter(window); }
    bool partial() const { return presenter_.available(); }
    // The next frame is drawn and shown whole (an expose, a new font texture).
    void invalidate() { damage_.invalidate(); }

    struct Frame {
        const ImDrawData& data;
        std::vector<ImDrawList*> tracked;  // the picture, redrawn where it changed
        std::vector<ImDrawList*> over;     // drawn over it (the console over the wall), also where it changed
        int width = 0, height = 0;
        ui::Rgb clear;
        // A texture whose pixels change without its draw commands changing
        // (the wall's miniature in the console), and where they changed.
        ui::LiveTexture live;
        // Called after the tracked lists are drawn (and into `mirror_target`), before `over`: the rectangles drawn.
        std::function<void(const std::vector<ui::DamageRect>&)> after_tracked;
        // What `over` shows of the tracked picture (the console's miniature of
        // the wall): where the picture changed, that texture changed too. It is
        // `mirror_block` times smaller than the window.
        ImTextureID mirror = nullptr;
        int mirror_block = 1;
        // The miniature's framebuffer (the window shrunk by `mirror_block`):
        // the tracked picture is drawn into it too, at its size, where it
        // changed. When `over` covers the whole window (the console over the
        // wall), the picture is never seen on the screen and is drawn only
        // there; the screen gets `over` alone.
        unsigned int mirror_target = 0;
    };
    // Draws and (with `present`) shows the frame; returns the pixels drawn (0: nothing changed).
    long draw(const Frame& frame, bool present, const std::function<void()>& swap);

private:
    // Shows `rects` (or swaps the whole frame); returns `pixels`.
    long present_rects(const std::vector<ui::DamageRect>& rects, long pixels, bool present, bool swap_now, const std::function<void()>& swap);
    ui::DamageTracker damage_;
    ui::DamageTracker over_damage_;  // of `over`, tracked apart: the miniature follows the picture's damage
    SubBufferPresenter presenter_;
    bool over_shown_ = false;
    bool swapped_ = false;  // the last frame was swapped: the back buffer is undefined
    int width_ = 0, height_ = 0;
};

}  // namespace atelier::platform
