#include "platform/session_clock.hpp"

#include <chrono>
#include <ctime>

namespace atelier::platform {

static int64_t system_wall_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

static int64_t system_steady_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

SessionClock::SessionClock() : SessionClock(system_wall_ms, system_steady_ms) {}

SessionClock::SessionClock(Source wall_ms, Source steady_ms)
    : steady_(steady_ms), base_ms_(wall_ms()), base_steady_(steady_ms()) {}

void SessionClock::not_before(int64_t saved_at) {
    const int64_t current = now();
    if (saved_at > current) {
        base_ms_ = saved_at;
        base_steady_ = steady_();
    }
}

void SessionClock::freeze_at(int64_t at) {
    base_ms_ = at;
    frozen_ = true;
}

int64_t SessionClock::now() const { return frozen_ ? base_ms_ : base_ms_ + (steady_() - base_steady_); }

int64_t SessionClock::utc_offset_ms(int64_t at) {
    const std::time_t t = static_cast<std::time_t>(at / 1000);
    std::tm local{};
    localtime_r(&t, &local);
    return static_cast<int64_t>(local.tm_gmtoff) * 1000;
}

}  // namespace atelier::platform
