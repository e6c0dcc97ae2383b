#include "platform/session_clock.hpp"

#include <ctime>

namespace atelier::platform {

static int64_t wall_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

SessionClock::SessionClock() : base_ms_(wall_ms()), base_steady_(std::chrono::steady_clock::now()) {}

void SessionClock::not_before(int64_t saved_at) {
    const int64_t current = now();
    if (saved_at > current) {
        base_ms_ = saved_at;
        base_steady_ = std::chrono::steady_clock::now();
    }
}

int64_t SessionClock::now() const {
    using namespace std::chrono;
    return base_ms_ + duration_cast<milliseconds>(steady_clock::now() - base_steady_).count();
}

int64_t SessionClock::utc_offset_ms(int64_t at) {
    const std::time_t t = static_cast<std::time_t>(at / 1000);
    std::tm local{};
    localtime_r(&t, &local);
    return static_cast<int64_t>(local.tm_gmtoff) * 1000;
}

}  // namespace atelier::platform
