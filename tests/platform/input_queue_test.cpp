#include "platform/input_queue.hpp"

#include <doctest/doctest.h>

using atelier::platform::InputEvent;
using atelier::platform::InputQueue;

namespace {
InputEvent key(int k, int action) {
    InputEvent e;
    e.key = k;
    e.action = action;
    return e;
}
constexpr int kEnter = 257, kCtrl = 341, kRelease = 0, kPress = 1;

// Replays frames the way ImGui 1.86 sees them: a key is "pressed" in a frame
// when it is down at that frame's end and was not at the previous one's.
int presses_seen(InputQueue& queue, int k) {
    bool down = false;
    int seen = 0;
    for (int frame = 0; frame < 20 && !queue.empty(); ++frame) {
        const bool was = down;
        for (const InputEvent& e : queue.take_frame())
            if (e.key == k) down = e.action != kRelease;
        if (down && !was) ++seen;
    }
    return seen;
}
}  // namespace

TEST_CASE("input: a key pressed and released between two frames is seen pressed") {
    InputQueue queue;
    queue.push(key(kEnter, kPress));
    queue.push(key(kEnter, kRelease));
    CHECK(presses_seen(queue, kEnter) == 1);
}

TEST_CASE("input: Ctrl+Enter then Enter, all queued between two frames, is seen as two presses of Enter") {
    // A confirmation asked by Ctrl+Enter and answered by Enter before the app drew a frame.
    InputQueue queue;
    for (const InputEvent& e : {key(kCtrl, kPress), key(kEnter, kPress), key(kEnter, kRelease), key(kCtrl, kRelease),
                                key(kEnter, kPress), key(kEnter, kRelease)})
        queue.push(e);
    CHECK(presses_seen(queue, kEnter) == 2);
}

TEST_CASE("input: five quick presses of the clicker's key are five presses") {
    InputQueue queue;
    for (int i = 0; i < 5; ++i) queue.push(key(kEnter, kPress)), queue.push(key(kEnter, kRelease));
    CHECK(presses_seen(queue, kEnter) == 5);
}
