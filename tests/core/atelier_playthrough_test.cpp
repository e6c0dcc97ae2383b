// A whole 2 h 30 atelier of the sample group, played with simulated time, the
// way a facilitator lives it with a clicker: start, next, pauses, passes, overtime.
#include "core/reducer.hpp"

#include <doctest/doctest.h>

#include "core/config_set.hpp"
#include "core/summary.hpp"
#include "core/wall_model.hpp"
#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

struct Play {
    Session s;
    int64_t now = kT0;
    void at(int64_t delta) { now += delta; }
    Outcome press(const Command& c) {
        Outcome out = reduce(s, c, now);
        s = out.session;
        return out;
    }
    const std::string& step_id() const { return current_step(s).id; }
};

}  // namespace

TEST_CASE("playthrough: a 2 h 30 atelier from the opening round to the summary") {
    const ConfigSet config = load_config({}, "/nowhere");
    REQUIRE(config.errors.empty());
    Play p{sample_session(config)};
    REQUIRE(p.s.method.id == "codev-2h30");
    REQUIRE(p.s.group.participants.size() == 8);
    const int client = p.s.client;
    CHECK(p.s.group.participants[static_cast<size_t>(client)] == "Chloé Martin");  // never client before

    // Opening round: everyone, the client first, the facilitator last; 9 speakers in 15 minutes.
    CHECK(p.step_id() == "opening");
    p.press(cmd::StartPause{});
    CHECK(current_speaker(p.s) == client);
    for (int i = 0; i < 8; ++i) {
        p.at(90 * kSec);
        CHECK(p.press(cmd::Next{}).why == Why::ok);
    }
    CHECK(current_speaker(p.s) == kFacilitator);
    p.at(60 * kSec);  // 13:00 used
    CHECK(preview_next(p.s, p.now).kind == Upcoming::step);
    CHECK(p.press(cmd::Next{}).why == Why::ok);

    // Presentation: the client holds the floor; a pause for a late arrival is excluded.
    CHECK(p.step_id() == "presentation");
    CHECK(current_speaker(p.s) == client);
    p.at(5 * kMin);
    p.press(cmd::StartPause{});
    p.at(3 * kMin);
    CHECK(wall_model(p.s, p.now, 0).phase == Phase::paused);
    p.press(cmd::StartPause{});
    p.at(10 * kMin);
    CHECK(elapsed(current_record(p.s).timer, p.now) == 15 * kMin);
    p.press(cmd::Next{});

    // Clarification: seven consultants in rounds; one passes; rounds repeat while time remains.
    CHECK(p.step_id() == "clarification");
    const Speaker opener = *current_speaker(p.s);
    CHECK(opener != client);
    int turns = 0;
    while (p.step_id() == "clarification" && turns < 40) {
        p.at(75 * kSec);
        if (turns == 3) p.press(cmd::Pass{});
        else p.press(cmd::Next{});
        ++turns;
    }
    CHECK(p.step_id() == "contract");
    CHECK(p.s.records[2].turns.rounds.size() >= 2);
    CHECK(p.s.records[2].turns.rounds[1].order.front() != opener);  // who opens rotates
    CHECK(p.s.records[2].turns.rounds[0].marks[3] == Mark::passed);
    CHECK(speaking_time(p.s, client, p.now) >= 15 * kMin);  // presentation at least

    // Contract runs over by two minutes: overtime counts up.
    p.at(12 * kMin);
    const WallModel over = wall_model(p.s, p.now, 0);
    CHECK(over.phase == Phase::overtime);
    CHECK(over.timer_text == "+02:00");
    p.press(cmd::Next{});

    // Consultation: the client listens; the facilitator adds a minute, consultants speak in turn.
    CHECK(p.step_id() == "consultation");
    CHECK(current_step(p.s).client == ClientActivity::listens);
    p.press(cmd::AddTime{kMin});
    int guard = 0;
    while (p.step_id() == "consultation" && guard++ < 60) {
        p.at(2 * kMin);
        p.press(cmd::Next{});
    }
    CHECK(p.step_id() == "synthesis");
    p.at(15 * kMin);
    p.press(cmd::Next{});

    // Evaluation: everyone in turn, client first, facilitator last, then the summary.
    CHECK(p.step_id() == "evaluation");
    CHECK(current_speaker(p.s) == client);
    for (int i = 0; i < 9; ++i) {
        p.at(2 * kMin + 30 * kSec);
        p.press(cmd::Next{});
    }
    CHECK(p.s.finished);
    REQUIRE(p.s.group.history.size() == 3);
    CHECK(p.s.group.history.back().client == "Chloé Martin");

    const Summary sum = summarize(p.s, p.now + 10 * kMin);  // the summary no longer moves
    CHECK(sum.steps[0].actual_ms == 13 * kMin);
    CHECK(sum.steps[1].actual_ms == 15 * kMin);
    CHECK(sum.steps[3].actual_ms == 12 * kMin);
    CHECK(sum.steps[6].actual_ms == 9 * (2 * kMin + 30 * kSec));
    CHECK(sum.planned_total_ms == 140 * kMin);  // as the method planned...
    CHECK(sum.added_total_ms == 1 * kMin);      // ...and the minute added has its own column
    int64_t spoken_total = 0;
    for (const PersonSummary& person : sum.people) spoken_total += person.spoken_ms;
    CHECK(spoken_total == sum.actual_total_ms);  // every second of the atelier is someone's floor
    // The next atelier suggests someone who has not been client yet.
    CHECK(suggest_client(p.s.group) == 3);
}
