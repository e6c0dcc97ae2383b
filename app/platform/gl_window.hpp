#pragma once
// One GLFW window with its own GL context and its own Dear ImGui context.
//
// Debian's ImGui 1.86 GLFW backend, left to install its callbacks, sends
// every key to whichever context was current last: with two windows, one of
// them gets nothing. So the backend is initialised without callbacks; this
// class installs its own, which queue keys and characters (handed out frame
// by frame, see InputQueue) and pass mouse events to the backend with this
// window's ImGui context selected.
#include <cstdint>
#include <string>

#include <imgui.h>

#include "platform/input_queue.hpp"

struct GLFWwindow;
struct GLFWmonitor;

namespace atelier::platform {

class GlWindow {
public:
    struct Spec {
        std::string title = "Atelier";
        int width = 1280, height = 720;
        GLFWmonitor* monitor = nullptr;  // full screen on it, or a window
        GLFWwindow* share = nullptr;     // share GL objects (the wall's texture) with this window
        bool visible = true;
        bool decorated = true;
    };

    GlWindow() = default;
    ~GlWindow();
    GlWindow(const GlWindow&) = delete;
    GlWindow& operator=(const GlWindow&) = delete;

    bool open(const Spec& spec);
    bool is_open() const { return window_ != nullptr; }
    GLFWwindow* handle() const { return window_; }
    ImGuiContext* context() const { return context_; }
    // The window's font atlas (its ImGui context's): it may be baked before
    // the window is open, on another thread, and is uploaded by upload_fonts.
    ImFontAtlas& fonts();
    InputQueue& input() { return input_; }
    // The clock InputEvent::at_ms is read on (steady, ms).
    static int64_t input_clock_ms();
    // Every character beyond ASCII ever typed into this window (UTF-8, each
    // once): its fonts must hold them while they are typed, before they
    // reach the session (a CJK or Arabic name typed in the console).
    const std::string& typed() const { return typed_; }
    // Settle frames (pacer.hpp) before the next queued key: ImGui 1.86 moves
    // the keyboard focus (Tab, Enter to the next field, a new tab) a frame or
    // two after the key that asked for it, and characters typed before would be lost.
    int settle_frames = 0;
    int settle_waited = 0;  // frames the keys have waited for a settle in a row (bounded)
    int64_t last_frame_ms() const { return last_frame_ms_; }  // input_clock_ms of the last frame begun
    // True once after the window was exposed (mapped, uncovered): the screen
    // lost what it showed and the whole frame must be shown again.
    bool take_exposed() {
        const bool was = exposed_;
        exposed_ = false;
        return was;
    }
    // True once after the mouse moved or clicked: hover and clicks need a frame.
    bool take_pointer_activity() {
        const bool was = pointer_activity_;
        pointer_activity_ = false;
        return was;
    }
    bool wants_close() const;

    // Makes this window's GL and ImGui contexts current.
    void make_current() const;
    void framebuffer_size(int& width, int& height) const;
    // Feeds one queued event to this window's ImGui context (current).
    void feed_imgui(const InputEvent& event) const;
    void begin_frame() const;  // backends' NewFrame and ImGui::NewFrame
    void render_imgui() const; // ImGui::Render and draw it into the bound framebuffer
    void swap() const;
    // Uploads the font atlas after it was (re)built, and frees its CPU copy.
    void upload_fonts();
    void show_cursor(bool shown) const;

private:
    static GlWindow* of(GLFWwindow* w);
    static void on_key(GLFWwindow* w, int key, int scancode, int action, int mods);
    static void on_char(GLFWwindow* w, unsigned int c);
    static void on_mouse_button(GLFWwindow* w, int button, int action, int mods);
    static void on_scroll(GLFWwindow* w, double dx, double dy);
    static void on_focus(GLFWwindow* w, int focused);
    static void on_cursor_enter(GLFWwindow* w, int entered);
    static void on_cursor_pos(GLFWwindow* w, double x, double y);
    static void on_refresh(GLFWwindow* w);

    ImFontAtlas atlas_;  // before the context, which refers to it
    GLFWwindow* window_ = nullptr;
    ImGuiContext* context_ = nullptr;
    InputQueue input_;
    std::string typed_;
    bool pointer_activity_ = false;
    bool exposed_ = true;
    unsigned font_texture_ = 0;  // the atlas, one byte a pixel (0: the backend's)
    mutable int64_t last_frame_ms_ = 0;
};

}  // namespace atelier::platform
