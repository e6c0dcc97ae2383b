#pragma once
// A copy of the wall as a texture, for the console's miniature (windows share
// GL objects). The wall itself is drawn straight into its window's back
// buffer, which partial presentation keeps between frames; the changed
// rectangles are copied here only while a console needs them.
#include <cstdint>

namespace atelier::platform {

class WallCanvas {
public:
    WallCanvas() = default;
    ~WallCanvas();
    WallCanvas(const WallCanvas&) = delete;
    WallCanvas& operator=(const WallCanvas&) = delete;

    // (Re)creates the texture at this size, in the current GL context.
    // True when it was (re)created: its content is undefined until copied.
    bool ensure(int width, int height);
    // Copies a rectangle of the current context's back buffer (GL
    // coordinates, from the bottom) into the texture.
    void copy_from_back(int x, int y, int w, int h) const;
    unsigned int texture() const { return texture_; }
    int width() const { return width_; }
    int height() const { return height_; }

private:
    unsigned int texture_ = 0;
    int width_ = 0, height_ = 0;
};

}  // namespace atelier::platform
