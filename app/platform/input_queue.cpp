#include "platform/input_queue.hpp"

#include <algorithm>

namespace atelier::platform {

namespace {
constexpr int kRelease = 0, kPress = 1;
}

std::vector<InputEvent> InputQueue::take_frame(int64_t now_ms, int64_t last_frame_ms) {
    // What waited too long is not replayed: presses and the characters they typed.
    // (Releases stay: ImGui must not think a key is still down.)
    if (now_ms > 0) {
        const auto stale = [&](const InputEvent& e) {
            const bool old = now_ms - e.at_ms > kStaleInputMs && last_frame_ms <= e.at_ms;
            return old && (e.type == InputEvent::Type::character || (e.type == InputEvent::Type::key && e.action != kRelease));
        };
        for (const InputEvent& e : events_) dropped_ += stale(e) && e.type == InputEvent::Type::key ? 1 : 0;
        events_.erase(std::remove_if(events_.begin(), events_.end(), stale), events_.end());
    }
    std::vector<InputEvent> batch;
    std::vector<int> pressed, released;  // keys pressed, released in this frame
    const auto in = [](const std::vector<int>& keys, int key) { return std::find(keys.begin(), keys.end(), key) != keys.end(); };
    while (!events_.empty()) {
        const InputEvent& e = events_.front();
        if (e.type == InputEvent::Type::key && e.action == kRelease && in(pressed, e.key))
            break;  // ImGui must see the key down for a frame first
        if (e.type == InputEvent::Type::key && e.action == kPress && in(released, e.key))
            break;  // ... and up for a frame before it is pressed again (Enter, then Enter)
        if (e.type == InputEvent::Type::key && e.action == kPress) pressed.push_back(e.key);
        if (e.type == InputEvent::Type::key && e.action == kRelease) released.push_back(e.key);
        batch.push_back(e);
        events_.pop_front();
    }
    return batch;
}

std::vector<InputEvent> InputQueue::take_letting_go() {
    std::vector<InputEvent> out;
    while (!events_.empty()) {
        const InputEvent& e = events_.front();
        if (e.type != InputEvent::Type::key || e.action == kPress) break;
        // A repeat that typed a character waits with it (characters wait for the focus).
        if (e.action != kRelease && events_.size() > 1 && events_[1].type == InputEvent::Type::character) break;
        out.push_back(e);
        events_.pop_front();
    }
    return out;
}

void InputQueue::give_back(std::vector<InputEvent> batch, size_t keep) {
    for (size_t i = batch.size(); i-- > keep;) events_.push_front(batch[i]);
}

char32_t typed_after(const std::vector<InputEvent>& batch, size_t key_index) {
    const size_t next = key_index + 1;
    if (next < batch.size() && batch[next].type == InputEvent::Type::character) return batch[next].codepoint;
    return 0;
}

}  // namespace atelier::platform
