#include "platform/input_queue.hpp"

#include <algorithm>

namespace atelier::platform {

namespace {
constexpr int kRelease = 0, kPress = 1;
}

std::vector<InputEvent> InputQueue::take_frame() {
    std::vector<InputEvent> batch;
    std::vector<int> pressed;  // keys pressed in this frame
    while (!events_.empty()) {
        const InputEvent& e = events_.front();
        if (e.type == InputEvent::Type::key && e.action == kRelease &&
            std::find(pressed.begin(), pressed.end(), e.key) != pressed.end())
            break;  // ImGui must see the key down for a frame first
        if (e.type == InputEvent::Type::key && e.action == kPress) pressed.push_back(e.key);
        batch.push_back(e);
        events_.pop_front();
    }
    return batch;
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
