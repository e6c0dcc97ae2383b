#pragma once
#include <string>

namespace atelier::platform {

// Reads the back buffer (call before swapping) and writes it as a PNG.
bool save_framebuffer_png(const std::string& path, int width, int height);

}  // namespace atelier::platform
