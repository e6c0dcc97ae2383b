#include "core/wall_model.hpp"

#include <doctest/doctest.h>

#include "core/i18n.hpp"
#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

TEST_CASE("wall: a step not started says so in words") {
    const WallModel m = wall_model(session_of(), kT0, 0);
    CHECK(m.timer_text == "10:00");
    CHECK(m.phase == Phase::not_started);
    CHECK(m.phase_word.find("Prêt") != std::string::npos);
}

TEST_CASE("wall: paused is a word, and overtime while paused says both") {
    Session s = apply(session_of(), cmd::StartPause{}, kT0);
    s = apply(s, cmd::StartPause{}, kT0 + 12 * kMin);
    const WallModel m = wall_model(s, kT0 + 13 * kMin, 0);
    CHECK(m.phase == Phase::paused);
    CHECK(m.overtime);
    CHECK(m.timer_text == "+02:00");
    CHECK(m.phase_word == "En pause — Dépassement");
}

TEST_CASE("wall: overtime counts up with its word, in English too") {
    Session s = apply(session_of(), cmd::StartPause{}, kT0);
    s.lang = Lang::en;
    const WallModel m = wall_model(s, kT0 + 11 * kMin + 5 * kSec, 0);
    CHECK(m.phase == Phase::overtime);
    CHECK(m.timer_text == "+01:05");
    CHECK(m.phase_word == "Overtime");
}

TEST_CASE("wall: the speaker, their role and who comes next") {
    Session s = apply(session_of(4, 0), cmd::JumpTo{1}, kT0);
    WallModel m = wall_model(s, kT0, 0);
    CHECK(m.speaker_name == "Benoît");
    CHECK(m.speaker_role == "Consultant");
    CHECK(m.next_label == "Suivant\u202F: Chloé");
    CHECK(m.round_label == "Tour 1 — nouveau tour tant qu’il reste plus de 1:00");
    REQUIRE(m.order.size() == 3);
    CHECK(m.order[0].mark == Mark::current);
    s = apply(apply(s, cmd::Next{}, kT0), cmd::Next{}, kT0);
    m = wall_model(s, kT0, 0);
    CHECK(m.next_label == "Suivant\u202F: nouveau tour — Chloé");
}

TEST_CASE("wall: the last speaker of the last step announces the next step, then the summary") {
    Session s = session_of(3, 0);
    s.method.steps[1].number = "2";
    s.method.steps[1].name = {"Clarification", "Clarification"};
    CHECK(wall_model(s, kT0, 0).next_label == "Suivant\u202F: Étape 2 — Clarification");
    s = apply(s, cmd::JumpTo{3}, kT0);
    CHECK(wall_model(s, kT0, 0).next_label == "Suivant\u202F: bilan de l’atelier (dans un instant)");  // the step guard
    CHECK(wall_model(s, kT0 + 3 * kSec, 0).next_label == "Suivant\u202F: bilan de l’atelier");
}

TEST_CASE("wall: the client is marked in the order of an everyone round and holds the floor first") {
    Session s = apply(session_of(4, 1), cmd::JumpTo{2}, kT0);
    const WallModel m = wall_model(s, kT0, 0);
    CHECK(m.speaker_name == "Benoît");
    CHECK(m.speaker_role == "Client");
    CHECK(m.order.front().is_client);
    CHECK(m.order.back().is_facilitator);
}

TEST_CASE("wall: the strip marks done and current steps") {
    Session s = apply(apply(session_of(), cmd::Next{}, kT0), cmd::JumpTo{2}, kT0);
    const WallModel m = wall_model(s, kT0, 0);
    CHECK(m.strip[0].done);
    CHECK(m.strip[1].done);
    CHECK(m.strip[2].current);
    CHECK_FALSE(m.strip[3].done);
}

TEST_CASE("wall: the projected end adds what is left of the plan to now") {
    const Session s = apply(session_of(), cmd::StartPause{}, 0);
    // 10 + 20 + 10 + 5 = 45 planned; 2 minutes in, 43 are left.
    const WallModel m = wall_model(s, 2 * kMin, 0);
    CHECK(m.projected_end == "Fin prévue 00:45");
}

TEST_CASE("wall: the summary lists planned and real time per step and speaking time per person") {
    Session s = apply(session_of(3, 0), cmd::StartPause{}, kT0);
    s = apply(s, cmd::JumpTo{3}, kT0 + 4 * kMin);
    s = apply(s, cmd::Next{}, kT0 + 5 * kMin);
    const WallModel m = wall_model(s, kT0 + 9 * kMin, 0);
    CHECK(m.finished);
    REQUIRE(m.summary_rows.size() == 4);
    CHECK(m.summary_rows[0].actual_ms == 4 * kMin);
    CHECK(m.summary_rows[3].actual_ms == kMin);
    CHECK_FALSE(m.summary_rows[1].visited);
    REQUIRE(m.speaker_bars.size() == 4);  // 3 participants and the facilitator
    CHECK(m.speaker_bars[0].ms == 4 * kMin);
    CHECK(m.speaker_bars[0].is_client);
}

TEST_CASE("wall: a confirmation prompt shows while quit waits for Enter") {
    const Session s = apply(session_of(), cmd::RequestQuit{}, kT0);
    CHECK(wall_model(s, kT0, 0).confirm_prompt.find("Entrée") != std::string::npos);
}

TEST_CASE("wall: every fixed string exists in both languages") {
    const auto strings = all_fixed_strings();
    for (size_t i = 0; i + 1 < strings.size(); i += 2) {
        CAPTURE(strings[i]);
        if (std::string(strings[i]).empty()) continue;  // Why::ok
        CHECK(std::string(strings[i + 1]).size() > 0);
    }
}

TEST_CASE("wall: the timer flashes on a new step and on warning, danger and zero, not at start-up") {
    FlashWatch watch;
    Session s = apply(session_of(), cmd::StartPause{}, kT0);
    CHECK(wall_event(watch, s, Phase::running) == WallEvent::none);  // the first look
    CHECK(wall_event(watch, s, Phase::running) == WallEvent::none);
    CHECK(wall_event(watch, s, Phase::warning) == WallEvent::warning);
    CHECK(wall_event(watch, s, Phase::warning) == WallEvent::none);
    CHECK(wall_event(watch, s, Phase::danger) == WallEvent::danger);
    CHECK(wall_event(watch, s, Phase::overtime) == WallEvent::overtime);
    CHECK(wall_event(watch, s, Phase::paused) == WallEvent::none);    // pausing is the facilitator's own act
    CHECK(wall_event(watch, s, Phase::overtime) == WallEvent::none);  // resuming in overtime
    CHECK(wall_event(watch, s, Phase::running) == WallEvent::none);   // nor is adding time
    s = apply(s, cmd::Next{}, kT0 + kMin);
    CHECK(wall_event(watch, s, Phase::running) == WallEvent::step);
}

TEST_CASE("wall: \"the client speaks\" shows while the client holds the floor, not over a round of everyone") {
    Session s = session_of();
    s.method.steps[0].speaking = SpeakingMode::client;
    s.method.steps[0].client = ClientActivity::speaks;
    CHECK(wall_model(s, kT0, 0).client_activity == "Le client parle");
    s.method.steps[0].speaking = SpeakingMode::everyone;  // the opening round: everyone in turn
    CHECK(wall_model(s, kT0, 0).client_activity.empty());
}
