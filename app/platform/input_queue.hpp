#pragma once
// Input events of one window, queued by its GLFW callbacks and handed out
// frame by frame. Dear ImGui 1.86 reads keys as "down at NewFrame": a key
// pressed and released between two frames (xdotool, a fast typist, a clicker)
// is never seen, and a key released and pressed again between two frames
// looks held, not pressed. So a frame takes events up to, not including, the
// release of a key pressed in that frame or the press of a key released in
// it, and the rest waits for the next frame.
// A key press also travels with the character it typed, so the key router
// knows what the keycap said on this layout.
//
// Input never piles up behind a stalled window: a key press that waited
// longer than kStaleInputMs without a single frame drawn since it arrived is
// dropped with the character it typed, never replayed later as a backlog (a
// clicker's presses, replayed at the next mouse click, once jumped an
// atelier from the consultation to the summary). Keys typed faster than
// frames come (a typist in the console) are never dropped: frames go on.
#include <cstddef>
#include <cstdint>
#include <deque>
#include <vector>

namespace atelier::platform {

constexpr int64_t kStaleInputMs = 1500;

struct InputEvent {
    enum class Type { key, character, scroll, focus, cursor_enter } type = Type::key;
    int64_t at_ms = 0;                               // steady clock when it arrived
    int key = 0, scancode = 0, action = 0, mods = 0;  // key (action: 0 release, 1 press, 2 repeat)
    char32_t codepoint = 0;                          // character
    double dx = 0, dy = 0;                           // scroll
    bool on = false;                                 // focus, cursor_enter
};

class InputQueue {
public:
    void push(const InputEvent& event) { events_.push_back(event); }
    bool empty() const { return events_.empty(); }
    // The events for one frame (see above). Stops early after a key press for
    // which `stop_after(index in the returned batch)` says so: the caller
    // routes that key first (it may open the console, and the next keys must
    // reach the console's fields, not the wall).
    // `now_ms` and `last_frame_ms` (when the window last drew a frame) on the
    // clock of InputEvent::at_ms; 0: nothing is dropped.
    std::vector<InputEvent> take_frame(int64_t now_ms = 0, int64_t last_frame_ms = 0);
    // Key presses dropped as stale since the last call (for a line on stderr).
    int take_dropped() {
        const int n = dropped_;
        dropped_ = 0;
        return n;
    }
    // Puts back the events after position `keep` of a batch taken by take_frame.
    void give_back(std::vector<InputEvent> batch, size_t keep);
    // The key releases (and the repeats that typed nothing) at the head of the
    // queue, taken while the next keys wait for ImGui to move the focus. They
    // type nothing and move no focus, so they never wait. A release held back
    // leaves its key down in ImGui, which repeats a held key by itself every
    // frame once frames are slower than its 50 ms repeat (a full-screen wall
    // on llvmpipe, a busy laptop): each repeat of Alt+2 opened the tab again,
    // each repeat of Enter in a field asked for the focus again, so the wait
    // never ended and held the release back again. The console took no key
    // until a click closed it, then replayed them all (issue 20, item 2).
    std::vector<InputEvent> take_letting_go();

private:
    std::deque<InputEvent> events_;
    int dropped_ = 0;
};

// The character a key press typed: the character event that directly follows
// it in `batch`, or 0.
char32_t typed_after(const std::vector<InputEvent>& batch, size_t key_index);

}  // namespace atelier::platform
