#pragma once
// When each screen is drawn, and how long the loop may sleep: a screen is
// drawn when what it shows changed (the session's revision, input, the
// timer's next second, the clock's next minute, a notice ending, a flash),
// never in a busy loop.
//
// One workaround has one name here: settle frames. Dear ImGui 1.86 moves
// the keyboard focus, opens popups and switches tabs a frame or two after
// the input that asked for it; while it settles, frames are drawn at once
// (no waiting), and the keys that follow wait for it (app keyboard.cpp;
// GlWindow::settle_frames and ConsoleView::settling() count the same thing
// for a window and for the console's widgets).
#include <algorithm>
#include <cstdint>

namespace atelier::platform {

// What the next visible change depends on, read from the rooms.
struct WakeReasons {
    bool animating = false;         // a flash on the wall
    bool counting = false;          // a timer runs where someone sees it
    int64_t ms_to_next_second = 0;  // while counting
    bool notice = false;            // a notice on the wall, that goes away on its own
    int64_t drafts_due = -1;        // when the console's typing is next written, or -1
};

class Pacer {
public:
    // Input came to a window: the next frames settle.
    void input() { settle_frames_ = std::max(settle_frames_, kSettleFrames); }
    // Called once a loop turn: whether this turn is a settle frame.
    bool settle_frame() {
        if (settle_frames_ == 0) return false;
        --settle_frames_;
        return true;
    }
    bool settling() const { return settle_frames_ > 0; }

    // Whether a screen must be drawn now.
    bool wall_due(uint64_t revision, int64_t now) const { return revision != wall_revision_ || now >= wall_due_; }
    bool console_due(uint64_t revision, int64_t now) const { return revision != console_revision_ || now >= console_due_; }
    void wall_drawn(uint64_t revision, int64_t next_change) { wall_revision_ = revision, wall_due_ = next_change; }
    void console_drawn(uint64_t revision, int64_t next_change) { console_revision_ = revision, console_due_ = next_change; }
    // Everything drawn again (the screens moved).
    void redraw_all() { wall_due_ = console_due_ = 0, wall_revision_ = console_revision_ = 0; }

    // When something on screen changes next, after `now` (the session clock's ms).
    static int64_t next_change(int64_t now, const WakeReasons& why);

private:
    static constexpr int kSettleFrames = 2;
    int settle_frames_ = 0;
    uint64_t wall_revision_ = 0, console_revision_ = 0;
    int64_t wall_due_ = 0, console_due_ = 0;
};

}  // namespace atelier::platform
