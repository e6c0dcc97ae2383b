#pragma once
// Times as the wall writes them.
#include <cstdint>
#include <functional>
#include <string>

namespace atelier {

// How a moment of the session clock reads as the time of day on the wall:
// the offset to add at that very moment (the time zone, a DST change between
// now and a projected end, a session clock running ahead of the system's).
// The shell knows the offsets; core asks.
struct LocalTime {
    LocalTime(int64_t fixed_offset_ms = 0) : fixed_ms(fixed_offset_ms) {}  // NOLINT: a plain offset converts
    explicit LocalTime(std::function<int64_t(int64_t at_ms)> offset) : offset_at(std::move(offset)) {}
    int64_t at(int64_t at_ms) const { return offset_at ? offset_at(at_ms) : fixed_ms; }
    int64_t fixed_ms = 0;
    std::function<int64_t(int64_t)> offset_at;
};

// Remaining time: "24:59", "1:05:00" from an hour up; counting down shows whole
// seconds rounded up (the step's first second reads its full length).
std::string countdown_text(int64_t remaining_ms);
// Overtime, counting up: "+02:15".
std::string overtime_text(int64_t over_ms);
// A short duration, for a turn on the wall: "4:05", "1:02:00".
std::string duration_text(int64_t ms);
// Durations in the summary and the record, one format throughout: "0:04:05", "1:35:00".
std::string record_time_text(int64_t ms);
// Time added or removed: "+0:05:00", "−0:01:00" (a real minus sign), "0:00:00".
std::string signed_record_time_text(int64_t ms);
// "14:05" for a moment on the session clock, shifted into local time.
std::string clock_text(int64_t at_ms, const LocalTime& local);
// "2026-11-29" (UTC) for the group's series.
std::string iso_date(int64_t at_ms);

}  // namespace atelier
