#include "platform/screenshot.hpp"

#include <GL/gl.h>

#include <vector>

// libstb exports stb_image_write; the implementation is not defined here.
#include <stb_image_write.h>

namespace atelier::platform {

bool save_framebuffer_png(const std::string& path, int width, int height) {
    std::vector<unsigned char> pixels(static_cast<size_t>(width) * static_cast<size_t>(height) * 3);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
    stbi_flip_vertically_on_write(1);
    return stbi_write_png(path.c_str(), width, height, 3, pixels.data(), width * 3) != 0;
}

}  // namespace atelier::platform
