#include "platform/pacer.hpp"

namespace atelier::platform {

int64_t Pacer::next_change(int64_t now, const WakeReasons& why) {
    if (why.animating) return now + 33;
    // The timer's seconds while it runs where someone sees it; else the
    // minutes of the clock of the day.
    int64_t wake = why.counting ? why.ms_to_next_second : 60'000 - now % 60'000;
    if (why.notice) wake = std::min<int64_t>(wake, 500);
    // At least once a second: a laptop back from sleep shows the right time at
    // once (poll timeouts do not count the sleep), a failed save is retried.
    wake = std::min<int64_t>(wake, 1000);
    if (why.drafts_due >= 0) wake = std::min<int64_t>(wake, std::max<int64_t>(1, why.drafts_due - now));
    return now + std::max<int64_t>(wake, 1) + 1;  // just past the boundary
}

}  // namespace atelier::platform
