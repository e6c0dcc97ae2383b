#include "core/timer.hpp"

#include <doctest/doctest.h>

#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

static StepTimer ten_minutes() {
    StepTimer t;
    t.planned_ms = 10 * kMin;
    return t;
}

TEST_CASE("timer: a step not started shows its full length and does not run") {
    const StepTimer t = ten_minutes();
    CHECK(remaining(t, kT0 + 5 * kMin) == 10 * kMin);
    CHECK(phase(t, default_thresholds(t.planned_ms), kT0) == Phase::not_started);
}

TEST_CASE("timer: remaining time is derived from the start, whatever the frame rate") {
    const StepTimer t = started(ten_minutes(), kT0);
    CHECK(remaining(t, kT0 + 90 * kSec) == 10 * kMin - 90 * kSec);
    CHECK(remaining(t, kT0 + 3 * 60 * kMin) == 10 * kMin - 3 * 60 * kMin);  // hours later, in one line
}

TEST_CASE("timer: pausing freezes the remaining time and resuming continues from it") {
    StepTimer t = started(ten_minutes(), kT0);
    t = paused(t, kT0 + 2 * kMin);
    CHECK(remaining(t, kT0 + 30 * kMin) == 8 * kMin);
    CHECK(phase(t, default_thresholds(t.planned_ms), kT0 + 30 * kMin) == Phase::paused);
    t = resumed(t, kT0 + 30 * kMin);
    CHECK(remaining(t, kT0 + 31 * kMin) == 7 * kMin);
}

TEST_CASE("timer: pausing twice keeps the remaining time") {
    StepTimer t = started(ten_minutes(), kT0);
    t = paused(t, kT0 + kMin);
    const StepTimer again = paused(t, kT0 + 5 * kMin);
    CHECK(remaining(again, kT0 + 9 * kMin) == 9 * kMin);
}

TEST_CASE("timer: several pauses add up and are all excluded") {
    StepTimer t = started(ten_minutes(), kT0);
    t = resumed(paused(t, kT0 + kMin), kT0 + 3 * kMin);
    t = resumed(paused(t, kT0 + 4 * kMin), kT0 + 10 * kMin);
    CHECK(elapsed(t, kT0 + 11 * kMin) == 3 * kMin);
}

TEST_CASE("timer: added and removed minutes change the remaining time") {
    StepTimer t = started(ten_minutes(), kT0);
    t.added_ms += kMin;
    CHECK(remaining(t, kT0) == 11 * kMin);
    t.added_ms -= 3 * kMin;
    CHECK(remaining(t, kT0) == 8 * kMin);
}

TEST_CASE("timer: phases follow the remaining time, then overtime counts up") {
    const StepTimer t = started(ten_minutes(), kT0);
    const Thresholds th{2 * kMin, 30 * kSec};
    CHECK(phase(t, th, kT0 + 7 * kMin) == Phase::running);
    CHECK(phase(t, th, kT0 + 8 * kMin) == Phase::warning);
    CHECK(phase(t, th, kT0 + 9 * kMin + 30 * kSec) == Phase::danger);
    CHECK(phase(t, th, kT0 + 10 * kMin) == Phase::danger);  // exactly zero is not yet over
    CHECK(phase(t, th, kT0 + 10 * kMin + 1) == Phase::overtime);
    CHECK(remaining(t, kT0 + 12 * kMin) == -2 * kMin);
}

TEST_CASE("timer: a clock that stands before the start never gives a negative elapsed time") {
    const StepTimer t = started(ten_minutes(), kT0);
    CHECK(elapsed(t, kT0 - 5 * kMin) == 0);
    CHECK(remaining(t, kT0 - 5 * kMin) == 10 * kMin);
}

TEST_CASE("timer: resuming after the clock moved backwards keeps the elapsed time") {
    StepTimer t = started(ten_minutes(), kT0);
    t = paused(t, kT0 + 4 * kMin);
    t = resumed(t, kT0 + 1 * kMin);  // the clock was set back 3 minutes while paused
    CHECK(elapsed(t, kT0 + 1 * kMin) == 4 * kMin);
    CHECK(elapsed(t, kT0 + 2 * kMin) == 5 * kMin);
}

TEST_CASE("timer: default thresholds scale with the step and stay inside it") {
    CHECK(default_thresholds(25 * kMin).warning_ms == 5 * kMin);
    CHECK(default_thresholds(25 * kMin).danger_ms == 75 * kSec);
    CHECK(default_thresholds(10 * kMin).warning_ms == 2 * kMin);
    CHECK(default_thresholds(kMin).warning_ms == kMin);
    CHECK(default_thresholds(kMin).danger_ms == 30 * kSec);
}

TEST_CASE("timer: progress goes from 0 to 1 and stays at 1 in overtime") {
    const StepTimer t = started(ten_minutes(), kT0);
    CHECK(progress(t, kT0) == doctest::Approx(0.0));
    CHECK(progress(t, kT0 + 5 * kMin) == doctest::Approx(0.5));
    CHECK(progress(t, kT0 + 20 * kMin) == doctest::Approx(1.0));
}

TEST_CASE("timer: the next redraw is due when the shown second changes") {
    const StepTimer t = started(ten_minutes(), kT0);
    CHECK(ms_to_next_second(t, kT0) == 1000);
    CHECK(ms_to_next_second(t, kT0 + 250) == 750);
    CHECK(ms_to_next_second(t, kT0 + 10 * kMin + 300) == 700);  // overtime counts up
}
