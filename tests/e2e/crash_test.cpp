// Never lose an atelier: the real app, driven by clicker keys, killed with
// SIGKILL at random moments, restarted, again and again. Each time the saved
// state must load and be a state the facilitator actually reached.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>
#include <vector>

#include "core/config_set.hpp"
#include "core/format.hpp"
#include "core/i18n.hpp"
#include "core/reducer.hpp"
#include "driver.hpp"

using namespace atelier;
using namespace atelier::e2e;

namespace {

// What the facilitator sees of a state, without its timestamps.
struct Shape {
    int step;
    bool finished, blanked, started, paused;
    size_t rounds;
    int position;
    bool operator==(const Shape& o) const {
        return step == o.step && finished == o.finished && blanked == o.blanked && started == o.started &&
               paused == o.paused && rounds == o.rounds && position == o.position;
    }
};

Shape shape_of(const Session& s) {
    const StepRecord& r = current_record(s);
    return {s.step, s.finished, s.blanked, r.timer.started, r.timer.paused, r.turns.rounds.size(), r.turns.position};
}

struct Press {
    const char* key;
    Command command;
};

const Press kClicker[] = {{"Next", cmd::Next{}},       {"Right", cmd::Next{}},       {"Prior", cmd::Previous{}},
                          {"Left", cmd::Previous{}},   {"F5", cmd::StartPause{}},    {"Escape", cmd::StartPause{}},
                          {"shift+F5", cmd::StartPause{}}, {"period", cmd::ToggleBlank{}}, {"b", cmd::ToggleBlank{}}};

int64_t wall_now() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace

// 50 kills in the suite; scripts/crash-soak.sh sets ATELIER_CRASH_KILLS=200 (or more).
int kills() {
    const char* n = std::getenv("ATELIER_CRASH_KILLS");
    return n && std::atoi(n) > 0 ? std::atoi(n) : 50;
}

TEST_CASE("crash: killed at random moments again and again, it always comes back to a state the user reached") {
    const std::string dir = make_temp_dir("crash");
    std::mt19937 rng(20261129);
    // The model: the same presses applied to the same engine, to know which
    // states the facilitator reached (timing only matters near a step's end,
    // far away in this test). The e2e config turns the step guard off; so does the model.
    Session model = sample_session(load_config({}, "/nowhere"));
    model.rules.step_guard_ms = 0;
    std::vector<Shape> reachable = {shape_of(model)};
    size_t verified_from = 0;
    int loads = 0, presses = 0, lost = 0;
    const int total = kills();
    for (int iteration = 0; iteration < total; ++iteration) {
        CAPTURE(iteration);
        Atelier app(dir);
        REQUIRE(app.start());
        if (const auto saved = app.saved()) {
            // The state on disk after the kill: sound, and one the user reached since the last check.
            const Shape on_disk = shape_of(saved->session);
            bool found = false;
            for (size_t i = verified_from; i < reachable.size() && !found; ++i) found = reachable[i] == on_disk;
            CHECK(found);
            if (!found) ++lost;
            // From here the model continues from what the app restored.
            model = saved->session;
            reachable = {on_disk};
            verified_from = 0;
            ++loads;
        }
        const int n = 1 + static_cast<int>(rng() % 6);
        for (int k = 0; k < n; ++k) {
            const Press& p = kClicker[rng() % std::size(kClicker)];
            app.key(p.key);
            ++presses;
            const Outcome out = reduce(model, p.command, wall_now());
            model = out.session;
            if (out.changed) reachable.push_back(shape_of(model));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(rng() % 120));
        app.kill9();
        // Never a damaged file, never a leftover that would be taken for the state.
        for (const auto& entry : std::filesystem::directory_iterator(dir))
            CHECK(entry.path().filename().string().find("damaged") == std::string::npos);
    }
    CHECK(loads >= total * 9 / 10);
    CHECK(lost == 0);
    MESSAGE("crash loop: " << total << " kills, " << loads << " restores checked, " << lost << " lost states, " << presses
                           << " clicker presses");
}

namespace {

const char* kFaketime = "/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1";

// A prefix that runs a command `seconds` later than now: the wall clock moved
// on and the boot clock did not, as over a suspend (libfaketime). The test
// needs no sleep to see what a restart shows after time has passed.
std::string later(const std::string& dir, int seconds) {
    const std::string offset = dir + "-offset";
    std::ofstream(offset) << "+" << seconds << "\n";
    return std::string("env LD_PRELOAD=") + kFaketime + " FAKETIME_TIMESTAMP_FILE=" + offset +
           " FAKETIME_NO_CACHE=1 FAKETIME_DONT_FAKE_MONOTONIC=1";
}

int64_t ms_of(const std::string& status, const char* field) {
    const std::string v = line_of(status, field);
    REQUIRE_MESSAGE(!v.empty(), field << " missing from the status:\n" << status);
    return std::stoll(v);
}

}  // namespace

TEST_CASE("crash: a running timer killed with the app has kept running when it comes back") {
    REQUIRE_MESSAGE(std::filesystem::exists(kFaketime), "libfaketime (package faketime) is needed");
    const std::string dir = make_temp_dir("running");
    Atelier app(dir);
    REQUIRE(app.start());
    app.key("F5");
    REQUIRE(app.wait_for([](const Session& s) { return is_running(current_record(s).timer); }));
    app.kill9();
    const int64_t killed_at = wall_now();
    const std::optional<SavedState> saved = app.saved();
    REQUIRE(saved);
    const StepTimer timer = current_record(saved->session).timer;
    const Thresholds limits = thresholds(current_step(saved->session));
    // Started again five minutes later, and an hour later: the step ran on all that time.
    for (const int seconds : {300, 3600}) {
        CAPTURE(seconds);
        const std::string status = app.status_text(later(dir, seconds));
        const int64_t now = ms_of(status, "now_ms"), left = ms_of(status, "remaining_ms");
        CHECK(now >= killed_at + seconds * 1000LL);
        // Exactly what the saved timestamps give at that moment: the time down counted, to the millisecond.
        CHECK(left == timer.planned_ms + timer.added_ms - (now - timer.started_at - timer.paused_total));
        CHECK(left <= timer.planned_ms + timer.added_ms - seconds * 1000LL);
        CHECK(line_of(status, "timer") == (left < 0 ? overtime_text(-left) : countdown_text(left)));
        CHECK(line_of(status, "phase").rfind(tr(Lang::fr, phase(timer, limits, now)), 0) == 0);
    }
    CHECK(phase(timer, limits, killed_at + 3'600'000) == Phase::overtime);  // the hour went past the step's end
}

TEST_CASE("crash: a paused timer is still paused after a kill, however long it stays down") {
    REQUIRE_MESSAGE(std::filesystem::exists(kFaketime), "libfaketime (package faketime) is needed");
    const std::string dir = make_temp_dir("paused");
    Atelier app(dir);
    REQUIRE(app.start());
    app.key("F5");
    REQUIRE(app.wait_for([](const Session& s) { return is_running(current_record(s).timer); }));
    app.key("Escape");
    REQUIRE(app.wait_for([](const Session& s) { return current_record(s).timer.paused; }));
    app.kill9();
    const std::optional<SavedState> saved = app.saved();
    REQUIRE(saved);
    const StepTimer timer = current_record(saved->session).timer;
    // The time left when it was paused, from the saved timestamps.
    const int64_t at_pause = timer.planned_ms + timer.added_ms - (timer.paused_at - timer.started_at - timer.paused_total);
    for (const int seconds : {0, 300, 86'400}) {
        CAPTURE(seconds);
        const std::string status = app.status_text(later(dir, seconds));
        CHECK(ms_of(status, "remaining_ms") == at_pause);
        CHECK(line_of(status, "timer") == countdown_text(at_pause));
        CHECK(line_of(status, "phase") == tr(Lang::fr, Phase::paused));
    }
}
