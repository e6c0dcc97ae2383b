#include "platform/gl_window.hpp"

#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>
#include <GL/glext.h>

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>  // ImTextCharToUtf8

#include <chrono>
#include <cstdint>

namespace atelier::platform {

namespace {

// Runs `f` with `context` as the current ImGui context, then restores the
// previous one: a callback of one window must not disturb another's frame.
template <class F>
void with_context(ImGuiContext* context, F f) {
    ImGuiContext* previous = ImGui::GetCurrentContext();
    ImGui::SetCurrentContext(context);
    f();
    ImGui::SetCurrentContext(previous);
}

}  // namespace

GlWindow::~GlWindow() {
    if (context_) {
        make_current();
        if (font_texture_) glDeleteTextures(1, &font_texture_);
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext(context_);
    }
    if (window_) glfwDestroyWindow(window_);
}

bool GlWindow::open(const Spec& spec) {
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_VISIBLE, spec.visible ? GLFW_TRUE : GLFW_FALSE);
    glfwWindowHint(GLFW_DECORATED, spec.decorated ? GLFW_TRUE : GLFW_FALSE);
    glfwWindowHint(GLFW_AUTO_ICONIFY, GLFW_FALSE);  // a projector wall must not minimise when focus goes to the console
    window_ = glfwCreateWindow(spec.width, spec.height, spec.title.c_str(), spec.monitor, spec.share);
    glfwDefaultWindowHints();
    if (!window_) return false;
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(1);
    glfwSetWindowUserPointer(window_, this);
    glfwSetKeyCallback(window_, on_key);
    glfwSetCharCallback(window_, on_char);
    glfwSetMouseButtonCallback(window_, on_mouse_button);
    glfwSetScrollCallback(window_, on_scroll);
    glfwSetWindowFocusCallback(window_, on_focus);
    glfwSetCursorEnterCallback(window_, on_cursor_enter);
    glfwSetCursorPosCallback(window_, on_cursor_pos);
    glfwSetWindowRefreshCallback(window_, on_refresh);

    // The context uses this window's atlas, which fonts may be baked into
    // while the window opens (WallScreen::open).
    context_ = ImGui::CreateContext(&atlas_);
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // a kiosk must not write imgui.ini where it runs
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would redraw the screen twice a second
    ImGui_ImplGlfw_InitForOpenGL(window_, false);
    ImGui_ImplOpenGL3_Init("#version 130");
    // Now rather than at the first frame, which would also make the
    // backend's RGBA font texture from the atlas: it makes it from a scratch
    // one instead, deleted at once; upload_fonts makes a lighter one.
    ImFontAtlas scratch;
    io.Fonts = &scratch;
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    io.Fonts = &atlas_;
    return true;
}

ImFontAtlas& GlWindow::fonts() { return atlas_; }

bool GlWindow::wants_close() const { return window_ && glfwWindowShouldClose(window_); }

void GlWindow::make_current() const {
    glfwMakeContextCurrent(window_);
    ImGui::SetCurrentContext(context_);
}

void GlWindow::framebuffer_size(int& width, int& height) const { glfwGetFramebufferSize(window_, &width, &height); }

void GlWindow::feed_imgui(const InputEvent& e) const {
    switch (e.type) {
        case InputEvent::Type::key: ImGui_ImplGlfw_KeyCallback(window_, e.key, e.scancode, e.action, e.mods); break;
        case InputEvent::Type::character: ImGui_ImplGlfw_CharCallback(window_, static_cast<unsigned>(e.codepoint)); break;
        case InputEvent::Type::scroll: ImGui_ImplGlfw_ScrollCallback(window_, e.dx, e.dy); break;
        case InputEvent::Type::focus: ImGui_ImplGlfw_WindowFocusCallback(window_, e.on ? 1 : 0); break;
        case InputEvent::Type::cursor_enter: ImGui_ImplGlfw_CursorEnterCallback(window_, e.on ? 1 : 0); break;
    }
}

void GlWindow::begin_frame() const {
    last_frame_ms_ = input_clock_ms();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
}

void GlWindow::render_imgui() const {
    ImGui::Render();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void GlWindow::swap() const { glfwSwapBuffers(window_); }

void GlWindow::upload_fonts() {
    ImGui_ImplOpenGL3_DestroyFontsTexture();  // the backend's own, if it made one
    if (font_texture_) glDeleteTextures(1, &font_texture_);
    font_texture_ = 0;
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    // One byte per pixel instead of the backend's four: the wall's atlas is
    // 1024x4096 at 1080p, 16 MB as RGBA in the driver's memory (llvmpipe
    // keeps textures in ours). A swizzle turns the coverage into white with
    // that alpha, which is what the backend's RGBA texture holds.
    if (glfwExtensionSupported("GL_ARB_texture_swizzle") == GLFW_TRUE) {
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        atlas.GetTexDataAsAlpha8(&pixels, &w, &h);
        GLint bound = 0;
        glGetIntegerv(GL_TEXTURE_BINDING_2D, &bound);
        glGenTextures(1, &font_texture_);
        glBindTexture(GL_TEXTURE_2D, font_texture_);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        const GLint white_with_alpha[] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
        glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, white_with_alpha);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, w, h, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
        glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(bound));
        atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(font_texture_)));
    } else {
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    // The texture is on the GPU now: the CPU copy is of no further use.
    atlas.ClearTexData();
}

void GlWindow::show_cursor(bool shown) const {
    glfwSetInputMode(window_, GLFW_CURSOR, shown ? GLFW_CURSOR_NORMAL : GLFW_CURSOR_HIDDEN);
}

GlWindow* GlWindow::of(GLFWwindow* w) { return static_cast<GlWindow*>(glfwGetWindowUserPointer(w)); }

int64_t GlWindow::input_clock_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

void GlWindow::on_key(GLFWwindow* w, int key, int scancode, int action, int mods) {
    InputEvent e;
    e.type = InputEvent::Type::key;
    e.at_ms = input_clock_ms();
    e.key = key, e.scancode = scancode, e.action = action, e.mods = mods;
    of(w)->input_.push(e);
}

void GlWindow::on_char(GLFWwindow* w, unsigned int c) {
    InputEvent e;
    e.type = InputEvent::Type::character;
    e.at_ms = input_clock_ms();
    e.codepoint = static_cast<char32_t>(c);
    GlWindow& self = *of(w);
    self.input_.push(e);
    // ImGui 1.86 takes 16-bit characters only (beyond: U+FFFD).
    if (c > 0x7E && c <= 0xFFFF) {
        char utf8[5];
        ImTextCharToUtf8(utf8, c);
        if (self.typed_.find(utf8) == std::string::npos) self.typed_ += utf8;
    }
}

void GlWindow::on_mouse_button(GLFWwindow* w, int button, int action, int mods) {
    // The backend keeps a press shorter than a frame itself (MouseJustPressed).
    with_context(of(w)->context_, [&] { ImGui_ImplGlfw_MouseButtonCallback(w, button, action, mods); });
    of(w)->pointer_activity_ = true;
}

void GlWindow::on_cursor_pos(GLFWwindow* w, double, double) { of(w)->pointer_activity_ = true; }

void GlWindow::on_refresh(GLFWwindow* w) {
    of(w)->exposed_ = true;
    of(w)->pointer_activity_ = true;  // a frame, now
}

void GlWindow::on_scroll(GLFWwindow* w, double dx, double dy) {
    InputEvent e;
    e.type = InputEvent::Type::scroll;
    e.dx = dx, e.dy = dy;
    of(w)->input_.push(e);
}

void GlWindow::on_focus(GLFWwindow* w, int focused) {
    InputEvent e;
    e.type = InputEvent::Type::focus;
    e.on = focused != 0;
    of(w)->input_.push(e);
}

void GlWindow::on_cursor_enter(GLFWwindow* w, int entered) {
    InputEvent e;
    e.type = InputEvent::Type::cursor_enter;
    e.on = entered != 0;
    of(w)->input_.push(e);
}

}  // namespace atelier::platform
