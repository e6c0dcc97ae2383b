#include "core/format.hpp"

#include <cstdio>

namespace atelier {

static std::string hms(int64_t seconds, bool pad_minutes) {
    char buf[64];
    const long long h = seconds / 3600, m = (seconds / 60) % 60, s = seconds % 60;
    if (h > 0) std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", h, m, s);
    else if (pad_minutes) std::snprintf(buf, sizeof buf, "%02lld:%02lld", m, s);
    else std::snprintf(buf, sizeof buf, "%lld:%02lld", m, s);
    return buf;
}

std::string countdown_text(int64_t remaining_ms) {
    if (remaining_ms <= 0) return hms(0, true);
    return hms((remaining_ms + 999) / 1000, true);
}

std::string overtime_text(int64_t over_ms) { return "+" + hms(over_ms > 0 ? over_ms / 1000 : 0, true); }

std::string duration_text(int64_t ms) { return hms(ms > 0 ? ms / 1000 : 0, false); }

std::string record_time_text(int64_t ms) {
    const int64_t seconds = ms > 0 ? ms / 1000 : 0;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", static_cast<long long>(seconds / 3600),
                  static_cast<long long>((seconds / 60) % 60), static_cast<long long>(seconds % 60));
    return buf;
}

std::string signed_record_time_text(int64_t ms) {
    if (ms == 0) return record_time_text(0);
    return (ms > 0 ? "+" : "\u2212") + record_time_text(ms > 0 ? ms : -ms);
}

std::string clock_text(int64_t at_ms, const LocalTime& local) {
    const int64_t day_ms = 86'400'000;
    const int64_t in_day = (((at_ms + local.at(at_ms)) % day_ms) + day_ms) % day_ms;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(in_day / 3'600'000),
                  static_cast<int>((in_day / 60'000) % 60));
    return buf;
}

std::string iso_date(int64_t at_ms) {
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    int64_t z = (at_ms >= 0 ? at_ms : at_ms - 86'399'999) / 86'400'000 + 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const int64_t m = mp < 10 ? mp + 3 : mp - 9;
    const int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lld", static_cast<long long>(y), static_cast<long long>(m),
                  static_cast<long long>(d));
    return buf;
}

}  // namespace atelier
