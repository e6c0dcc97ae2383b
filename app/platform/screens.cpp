#include "platform/screens.hpp"

#include <GLFW/glfw3.h>

#include <cstdio>

#include "platform/font_lookup.hpp"
#include "platform/window_icon.hpp"

namespace atelier::platform {

namespace {

std::vector<MonitorInfo> monitor_infos() {
    std::vector<MonitorInfo> out;
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    for (int i = 0; i < count; ++i) {
        MonitorInfo m;
        glfwGetMonitorPos(monitors[i], &m.x, &m.y);
        if (const GLFWvidmode* mode = glfwGetVideoMode(monitors[i])) m.width = mode->width, m.height = mode->height;
        out.push_back(m);
    }
    return out;
}

GLFWmonitor* monitor_at(int index) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    return index >= 0 && index < count ? monitors[index] : nullptr;
}

}  // namespace

Glfw::Glfw() {
    glfwSetErrorCallback([](int code, const char* text) { std::fprintf(stderr, "atelier: GLFW error %d: %s\n", code, text); });
    ready = glfwInit() == GLFW_TRUE;
}

Glfw::~Glfw() {
    if (ready) glfwTerminate();
}

ScreenPlan Screens::current_plan() const {
    return plan_screens(monitors_, spec_.monitor, spec_.windowed || spec_.hidden, spec_.console);
}

bool Screens::open(const ScreensSpec& spec, const std::string& session_text) {
    spec_ = spec;
    font_files_ = find_fonts();
    monitors_ = monitor_infos();
    plan_ = current_plan();
    GlWindow::Spec wall;
    wall.visible = !spec.hidden;
    wall.width = spec.width, wall.height = spec.height;
    if (GLFWmonitor* monitor = monitor_at(plan_.wall_monitor)) {
        const GLFWvidmode* mode = glfwGetVideoMode(monitor);
        wall.monitor = monitor;
        wall.width = mode->width, wall.height = mode->height;
    }
    if (!wall_.open(wall, font_files_, session_text, *spec.theme)) return false;
    set_window_icon(wall_.window().handle());
    return place(plan_);
}

bool Screens::open_console_window() {
    GlWindow::Spec spec;
    spec.title = spec_.console_title;
    spec.visible = !spec_.hidden;
    spec.share = wall_.window().handle();  // the miniature samples the wall's texture
    spec.width = spec_.hidden ? spec_.width : 1280, spec.height = spec_.hidden ? spec_.height : 800;
    console_ = std::make_unique<ConsoleScreen>();
    if (!console_->open(spec, font_files_, *spec_.theme)) {
        console_.reset();
        return false;
    }
    set_window_icon(console_->window().handle());
    return true;
}

bool Screens::place(const ScreenPlan& plan) {
    GLFWwindow* wall = wall_.window().handle();
    if (GLFWmonitor* monitor = monitor_at(plan.wall_monitor); monitor && glfwGetWindowMonitor(wall) != monitor) {
        const GLFWvidmode* mode = glfwGetVideoMode(monitor);
        glfwSetWindowMonitor(wall, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
    }
    const bool wanted = plan.console_window || spec_.console_window;
    bool opened = true;
    if (wanted && !console_) opened = open_console_window();
    if (!wanted && console_) console_.reset();  // the console lives on, drawn over the wall (F2)
    if (console_ && !spec_.hidden) {
        if (GLFWmonitor* monitor = monitor_at(plan.console_monitor)) {
            int x = 0, y = 0;
            glfwGetMonitorPos(monitor, &x, &y);
            glfwSetWindowPos(console_->window().handle(), x + 40, y + 40);
        }
        if (spec_.console_at.size() == 2) glfwSetWindowPos(console_->window().handle(), spec_.console_at[0], spec_.console_at[1]);
    }
    wall_.set_mirrored(console_ != nullptr);  // the console's miniature samples the wall
    wall_.redraw_all();
    plan_ = plan;
    return opened;
}

bool Screens::follow_monitors() {
    std::vector<MonitorInfo> now = monitor_infos();
    if (now == monitors_) return false;
    monitors_ = std::move(now);
    place(current_plan());
    return true;
}

void Screens::raise_console() {
    if (!console_) return;
    GLFWwindow* w = console_->window().handle();
    glfwShowWindow(w);
    glfwRestoreWindow(w);
    glfwFocusWindow(w);
}

void Screens::focus_wall() { glfwFocusWindow(wall_.window().handle()); }

void Screens::keep_console_open() {
    if (!console_ || !console_->window().wants_close()) return;
    glfwSetWindowShouldClose(console_->window().handle(), GLFW_FALSE);
    glfwHideWindow(console_->window().handle());
}

void Screens::set_console_title(const std::string& title) {
    if (title == spec_.console_title) return;
    spec_.console_title = title;
    if (console_) glfwSetWindowTitle(console_->window().handle(), title.c_str());
}

}  // namespace atelier::platform
