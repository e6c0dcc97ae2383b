// The screensaver inhibitor on GLFW's X connection: kept apart so that the
// inhibitor itself (and its tests) need no GLFW.
#include <GLFW/glfw3.h>
#define GLFW_EXPOSE_NATIVE_X11
#include <GLFW/glfw3native.h>

#include "platform/screensaver.hpp"

namespace atelier::platform {

void* glfw_x11_display() { return glfwGetX11Display(); }

std::unique_ptr<ScreensaverInhibitor> inhibit_screensaver_for_wall() {
    return std::make_unique<ScreensaverInhibitor>(glfw_x11_display(), "An atelier is shown on the wall");
}

}  // namespace atelier::platform
