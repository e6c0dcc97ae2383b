#pragma once
// The wall is drawn into a texture of its own (an offscreen framebuffer), then
// shown: the console's miniature samples that texture (windows share GL
// objects), and a frame can redraw only what changed.
#include <cstdint>

namespace atelier::platform {

class WallCanvas {
public:
    WallCanvas() = default;
    ~WallCanvas();
    WallCanvas(const WallCanvas&) = delete;
    WallCanvas& operator=(const WallCanvas&) = delete;

    // (Re)creates the texture at this size, in the current GL context. False when the driver refuses.
    bool ensure(int width, int height);
    void bind() const;       // draw into the canvas
    void unbind() const;     // draw into the window again
    // Copies the canvas to the window's back buffer (the current context's
    // default framebuffer): all of it, or one rectangle (GL coordinates, from the bottom).
    void present() const { present(0, 0, width_, height_); }
    void present(int x, int y, int w, int h) const;
    unsigned int texture() const { return texture_; }
    int width() const { return width_; }
    int height() const { return height_; }

private:
    unsigned int framebuffer_ = 0, texture_ = 0;
    int width_ = 0, height_ = 0;
};

}  // namespace atelier::platform
