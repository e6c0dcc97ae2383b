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

TEST_CASE("input queue: presses that waited too long (a stalled window) are dropped, never replayed as a backlog") {
    InputQueue q;
    const auto at = [](InputEvent e, int64_t ms) {
        e.at_ms = ms;
        return e;
    };
    InputEvent typed;
    typed.type = InputEvent::Type::character;
    typed.codepoint = '+';
    // Four clicker presses while the window did not draw a frame...
    for (int i = 0; i < 4; ++i) {
        q.push(at(key(267, kPress), 1000 + i * 100));
        q.push(at(key(267, kRelease), 1050 + i * 100));
    }
    q.push(at(key(61, kPress), 1500));
    q.push(at(typed, 1500));
    // ...and one fresh press when it comes back.
    q.push(at(key(266, kPress), 9000));
    const auto batch = q.take_frame(9100, 900);  // the last frame was drawn before they came
    CHECK(q.take_dropped() == 5);
    int presses = 0, characters = 0;
    for (const InputEvent& e : batch) {
        if (e.type == InputEvent::Type::key && e.action == kPress) {
            ++presses;
            CHECK(e.key == 266);
        }
        if (e.type == InputEvent::Type::character) ++characters;
    }
    CHECK(presses == 1);
    CHECK(characters == 0);
}

TEST_CASE("input queue: keys typed faster than frames come are all kept while frames go on") {
    InputQueue q;
    for (int i = 0; i < 40; ++i) {
        InputEvent press = key(65, kPress), release = key(65, kRelease);
        press.at_ms = 1000 + i * 30;
        release.at_ms = 1010 + i * 30;
        q.push(press);
        q.push(release);
    }
    // Three seconds later the typist's keys are still being taken, frame after frame.
    int seen = 0;
    for (int frame = 0; frame < 200 && !q.empty(); ++frame)
        for (const InputEvent& e : q.take_frame(4000 + frame * 40, 4000 + frame * 40 - 40))
            if (e.type == InputEvent::Type::key && e.action == kPress) ++seen;
    CHECK(seen == 40);
    CHECK(q.take_dropped() == 0);
}

TEST_CASE("input queue: presses of the last moments all reach their frames") {
    InputQueue q;
    for (int i = 0; i < 5; ++i) {
        InputEvent press = key(267, kPress), release = key(267, kRelease);
        press.at_ms = 10'000 + i * 20;
        release.at_ms = 10'010 + i * 20;
        q.push(press);
        q.push(release);
    }
    CHECK(presses_seen(q, 267) == 5);  // taken with no clock: nothing is stale
    CHECK(q.take_dropped() == 0);
}

TEST_CASE("input queue: while the console settles, the releases at the head reach ImGui — what types still waits") {
    // Alt+2 opened the People tab: Alt and 2 were let go right after, and Esc
    // came, all while the console waited for the tab to open.
    constexpr int kAlt = 342, k2 = 50, kEsc = 256, kRepeat = 2;
    InputQueue q;
    for (const InputEvent& e : {key(kAlt, kRelease), key(k2, kRelease), key(kEsc, kPress), key(kEsc, kRelease)}) q.push(e);
    const auto let_go = q.take_letting_go();
    REQUIRE(let_go.size() == 2);
    CHECK(let_go[0].key == kAlt);
    CHECK(let_go[1].key == k2);
    const auto rest = q.take_frame();
    REQUIRE(!rest.empty());
    CHECK((rest[0].key == kEsc && rest[0].action == kPress));  // the press waited for the settle, in its order

    // A held key's repeats (the X server's) come before its release: they type nothing, and go too.
    InputQueue held;
    for (const InputEvent& e : {key(k2, kRepeat), key(k2, kRepeat), key(k2, kRelease), key(kAlt, kRelease)}) held.push(e);
    CHECK(held.take_letting_go().size() == 4);
    CHECK(held.empty());

    // A repeat that typed a character waits with its character, and a press stops the run.
    InputQueue typed;
    InputEvent character;
    character.type = InputEvent::Type::character;
    character.codepoint = 'a';
    for (const InputEvent& e : {key(65, kRepeat), character, key(65, kRelease)}) typed.push(e);
    CHECK(typed.take_letting_go().empty());
    InputQueue pressed;
    for (const InputEvent& e : {key(kEsc, kPress), key(kAlt, kRelease)}) pressed.push(e);
    CHECK(pressed.take_letting_go().empty());
}
