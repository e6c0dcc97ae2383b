#include "platform/keyboard.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cstdio>

namespace atelier::platform {

namespace {

char32_t first_character(const char* utf8) {
    if (!utf8 || !*utf8) return 0;
    const auto b = [utf8](int i) { return static_cast<char32_t>(static_cast<unsigned char>(utf8[i])); };
    if (b(0) < 0x80) return b(0);
    if ((b(0) & 0xE0) == 0xC0 && b(1)) return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
    if ((b(0) & 0xF0) == 0xE0 && b(1) && b(2)) return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    return 0;
}

constexpr int kRelease = GLFW_RELEASE, kPress = GLFW_PRESS, kRepeat = GLFW_REPEAT;
constexpr int kMaxSettleFrames = 4;

}  // namespace

KeyPress Keyboard::key_press(const std::vector<InputEvent>& batch, size_t index) const {
    const InputEvent& e = batch[index];
    return {e.key, e.mods, typed_after(batch, index), first_character(glfwGetKeyName(e.key, e.scancode))};
}

std::string key_label(int key) {
    const char* name = glfwGetKeyName(key, 0);
    return name ? name : "";
}

bool Keyboard::handle(GlWindow& window, Surface surface, int64_t now) {
    const bool pointer = window.take_pointer_activity();
    if (window.input().empty()) return pointer;
    const bool console_here = surface == Surface::console_window || overlays_.console;
    // ImGui moves the focus a frame or two after the key that asked for it
    // (a tab opened, a field given the keyboard): the next keys wait for it,
    // a few frames at most, never longer.
    const bool settle = window.settle_frames > 0 || (console_here && console_.settling());
    if (window.settle_frames > 0) --window.settle_frames;
    if (settle && ++window.settle_waited <= kMaxSettleFrames) {
        // Only what types waits: a key let go reaches ImGui now (see take_letting_go).
        const std::vector<InputEvent> letting_go = window.input().take_letting_go();
        if (!letting_go.empty()) window.make_current();
        for (const InputEvent& e : letting_go)
            if (e.action == kRelease || (console_here && console_.typing())) window.feed_imgui(e);
        return true;
    }
    window.settle_waited = 0;
    std::vector<InputEvent> batch = window.input().take_frame(GlWindow::input_clock_ms(), window.last_frame_ms());
    if (const int dropped = window.input().take_dropped(); dropped > 0)
        std::fprintf(stderr, "atelier: %d key press(es) waited over %lld ms for a frame and were dropped, not replayed\n", dropped,
                     static_cast<long long>(kStaleInputMs));
    window.make_current();
    bool char_to_console = false;  // the character after a key goes where the key went
    for (size_t i = 0; i < batch.size(); ++i) {
        const InputEvent& e = batch[i];
        if (e.type == InputEvent::Type::character) {
            if (char_to_console) window.feed_imgui(e);
            continue;
        }
        if (e.type != InputEvent::Type::key) {
            window.feed_imgui(e);
            continue;
        }
        char_to_console = false;
        if (e.action == kRelease) {
            window.feed_imgui(e);  // ImGui may have seen the press; a release it did not see is harmless
            continue;
        }
        const KeyContext context{surface, overlays_, screens_.console_window() != nullptr, console_.mode(), console_.typing()};
        if (e.action == kRepeat) {
            // A held key repeats in a text field (Backspace), never on the wall: a clicker must not skip speakers.
            if (console_here && context.typing) window.feed_imgui(e), char_to_console = true;
            continue;
        }
        if (e.action != kPress) continue;
        const Routed routed = route_key(context, key_press(batch, i), keys_, owner_.session(), ++seed_ * 2654435761u);
        if (routed.command) owner_.apply(*routed.command, now);
        if (routed.raise_console) screens_.raise_console();
        bool moves_focus = false;
        if (routed.to_console && console_here) {
            window.feed_imgui(e);
            char_to_console = true;
            // A key that types nothing (Tab, Enter, Esc, F3, Ctrl+N, Alt+3...)
            // may move the console's focus: the next keys wait for it.
            moves_focus = typed_after(batch, i) == 0 || (e.mods & (GLFW_MOD_CONTROL | GLFW_MOD_ALT));
        }
        const bool modes_changed = !(routed.overlays == overlays_);
        overlays_ = routed.overlays;
        if (moves_focus) window.settle_frames = 2;
        if (modes_changed || routed.command || moves_focus) {
            // The next keys must meet the new mode (a console just opened, a new
            // step): they wait for the next frame.
            size_t keep = i + 1;
            if (keep < batch.size() && batch[keep].type == InputEvent::Type::character) {
                if (char_to_console) window.feed_imgui(batch[keep]);
                ++keep;
            }
            window.input().give_back(std::move(batch), keep);
            break;
        }
    }
    return true;
}

}  // namespace atelier::platform
