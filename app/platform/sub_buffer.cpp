#include "platform/sub_buffer.hpp"

#define GLFW_EXPOSE_NATIVE_X11
#define GLFW_EXPOSE_NATIVE_GLX
#include <GLFW/glfw3.h>
#include <GLFW/glfw3native.h>
#include <GL/glx.h>

#include <cstdlib>
#include <cstring>

namespace atelier::platform {

SubBufferPresenter::SubBufferPresenter(GLFWwindow* window) {
    if (!window) return;
    // ATELIER_FULL_SWAP=1 turns it off: for comparing, and for drivers that misbehave.
    if (const char* off = std::getenv("ATELIER_FULL_SWAP"); off && *off == '1') return;
    Display* display = glfwGetX11Display();
    const GLXWindow drawable = glfwGetGLXWindow(window);
    if (!display || !drawable) return;
    const char* extensions = glXQueryExtensionsString(display, DefaultScreen(display));
    if (!extensions || !std::strstr(extensions, "GLX_MESA_copy_sub_buffer")) return;
    copy_ = reinterpret_cast<CopySubBuffer>(glXGetProcAddressARB(reinterpret_cast<const GLubyte*>("glXCopySubBufferMESA")));
    display_ = display;
    drawable_ = drawable;
}

void SubBufferPresenter::present(const std::vector<ui::DamageRect>& rects, int height) const {
    if (!copy_) return;
    for (const ui::DamageRect& r : rects) copy_(display_, drawable_, r.x, height - r.y - r.h, r.w, r.h);  // GLX counts from the bottom
}

}  // namespace atelier::platform
