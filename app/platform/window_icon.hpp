#pragma once
// The window's icon (task bars, Alt+Tab, a window manager's title bar).
struct GLFWwindow;

namespace atelier::platform {

// Sets the installed 256 px PNG as the window's icon. Returns false, and does
// nothing, when Atelier is not installed (run from its build tree) or the
// file cannot be read: an icon is never worth an error on the wall.
bool set_window_icon(GLFWwindow* window);

}  // namespace atelier::platform
