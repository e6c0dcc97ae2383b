#pragma once
// Showing only the part of a window that changed: GLX_MESA_copy_sub_buffer
// copies rectangles of the back buffer to the screen, so the X server
// receives the few tiles of a new second instead of the whole frame. The back
// buffer is never swapped, so it keeps the whole picture between frames.
// Where the extension is missing, a full swap is used.
#include <vector>

#include "ui/damage.hpp"

struct GLFWwindow;

namespace atelier::platform {

class SubBufferPresenter {
public:
    explicit SubBufferPresenter(GLFWwindow* window = nullptr);
    bool available() const { return copy_ != nullptr; }
    // Rectangles in framebuffer pixels (top-left origin) of a `height`-tall framebuffer.
    void present(const std::vector<ui::DamageRect>& rects, int height) const;

private:
    using CopySubBuffer = void (*)(void* display, unsigned long drawable, int x, int y, int w, int h);
    CopySubBuffer copy_ = nullptr;
    void* display_ = nullptr;
    unsigned long drawable_ = 0;
};

}  // namespace atelier::platform
