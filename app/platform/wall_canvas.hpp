#pragma once
// The wall as a small texture, for the console's miniature (windows share
// GL objects). The wall's changed rectangles are drawn into it again at its
// size, shrunk by a whole factor (a third at 1920x1080: a ninth of the
// pixels), only while a console needs them (platform/partial_frame.cpp).
#include <cstdint>

namespace atelier::platform {

class WallCanvas {
public:
    WallCanvas() = default;
    ~WallCanvas();
    WallCanvas(const WallCanvas&) = delete;
    WallCanvas& operator=(const WallCanvas&) = delete;

    // (Re)creates the texture for a wall of this size, in the current GL
    // context. True when it was (re)created: its content is undefined until copied.
    bool ensure(int wall_width, int wall_height);
    unsigned int texture() const { return texture_; }
    // The framebuffer drawing into that texture (the wall drawn at its size when hidden).
    unsigned int framebuffer() const { return framebuffer_; }
    // The wall's size the texture shows.
    int wall_width() const { return wall_w_; }
    // The texture's pixel is a block of this many wall pixels a side.
    int shrink() const { return shrink_; }
    // Width over height of the wall it shows (16:9 before the first frame).
    float aspect() const { return wall_h_ > 0 ? static_cast<float>(wall_w_) / static_cast<float>(wall_h_) : 16.0f / 9.0f; }
    int wall_height() const { return wall_h_; }

private:
    unsigned int framebuffer_ = 0, texture_ = 0;
    int wall_w_ = 0, wall_h_ = 0, shrink_ = 1;
};

}  // namespace atelier::platform
