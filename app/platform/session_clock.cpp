#include "platform/session_clock.hpp"

#include <time.h>

#include <algorithm>
#include <ctime>
#include <fstream>

namespace atelier::platform {

namespace {

int64_t system_wall_ms() {
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return int64_t{ts.tv_sec} * 1000 + ts.tv_nsec / 1'000'000;
}

int64_t system_boot_ms() {
    timespec ts{};
    clock_gettime(CLOCK_BOOTTIME, &ts);
    return int64_t{ts.tv_sec} * 1000 + ts.tv_nsec / 1'000'000;
}

std::string system_boot_id() {
    std::ifstream in("/proc/sys/kernel/random/boot_id");
    std::string id;
    std::getline(in, id);
    return id.size() <= 64 ? id : "";
}

// A difference smaller than this between the clocks is drift, not a jump.
constexpr int64_t kJumpMs = 1500;

}  // namespace

SessionClock::SessionClock() : SessionClock(system_wall_ms, system_boot_ms, system_boot_id()) {}

SessionClock::SessionClock(Source wall_ms, Source boot_ms, std::string boot_id)
    : wall_(wall_ms), boot_(boot_ms), boot_id_(std::move(boot_id)), base_ms_(wall_ms()), base_boot_(boot_ms()) {}

void SessionClock::resume_from(int64_t saved_at, const SavedClock& saved) {
    if (frozen_) return;
    const int64_t wall = wall_(), boot = boot_();
    // How far the session clock ran ahead of the wall clock when saved (a step back it kept out of the timers).
    const int64_t ahead = saved.wall_ms > 0 ? std::max<int64_t>(0, saved_at - saved.wall_ms) : 0;
    int64_t start = std::max(wall + ahead, saved_at);
    // The same boot: the boot clock says exactly how long it has been, whatever the wall clock did.
    if (!boot_id_.empty() && saved.boot_id == boot_id_ && saved.boot_ms > 0 && boot >= saved.boot_ms)
        start = std::max(start, saved_at + (boot - saved.boot_ms));
    base_ms_ = start;
    base_boot_ = boot;
    ahead_ms_ = start - wall;
}

void SessionClock::freeze_at(int64_t at) {
    base_ms_ = at;
    ahead_ms_ = 0;
    frozen_ = true;
}

int64_t SessionClock::now() {
    if (frozen_) return base_ms_;
    const int64_t wall = wall_(), boot = boot_();
    const int64_t counted = base_ms_ + (boot - base_boot_);
    if (wall > counted) {
        // The wall clock is ahead: a sleep the boot clock did not see, or a step forward. Follow it.
        if (wall - counted > kJumpMs) ++jumps_;
        base_ms_ = wall;
        base_boot_ = boot;
        ahead_ms_ = 0;
        return wall;
    }
    const int64_t ahead = counted - wall;
    if (ahead - ahead_ms_ > kJumpMs) ++jumps_;  // the wall clock stepped back
    ahead_ms_ = ahead;
    return counted;  // never less than before: the boot clock does not go back
}

SavedClock SessionClock::saved_clock() {
    if (frozen_) return {};
    return {wall_(), boot_id_, boot_()};
}

int64_t SessionClock::display_offset_ms(int64_t at) const { return utc_offset_ms(at - ahead_ms_) - ahead_ms_; }

int64_t SessionClock::utc_offset_ms(int64_t at) {
    const std::time_t t = static_cast<std::time_t>(at / 1000);
    std::tm local{};
    localtime_r(&t, &local);
    return static_cast<int64_t>(local.tm_gmtoff) * 1000;
}

}  // namespace atelier::platform
