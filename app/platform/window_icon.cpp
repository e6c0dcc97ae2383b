#include "platform/window_icon.hpp"

#include <GLFW/glfw3.h>
#include <stb_image.h>  // stbi_load is exported by Debian's libstb

#include "platform/install_paths.hpp"

namespace atelier::platform {

bool set_window_icon(GLFWwindow* window) {
    const std::string png = installed_icon_png(256);
    if (png.empty() || !window) return false;
    int w = 0, h = 0, channels = 0;
    unsigned char* pixels = stbi_load(png.c_str(), &w, &h, &channels, 4);
    if (!pixels) return false;
    const GLFWimage image{w, h, pixels};
    glfwSetWindowIcon(window, 1, &image);  // GLFW copies the pixels
    stbi_image_free(pixels);
    return true;
}

}  // namespace atelier::platform
