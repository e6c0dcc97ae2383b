// The room beyond the atelier: a break with the time it ends (the step's
// timer held), a short message; both saved, both on the wall, each cleared by
// a command; reachable from `atelier send`.
#include "core/reducer.hpp"

#include <doctest/doctest.h>

#include "core/config_set.hpp"
#include "core/i18n.hpp"
#include "core/invariant.hpp"
#include "core/send_protocol.hpp"
#include "core/state_io.hpp"
#include "core/wall_model.hpp"
#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

TEST_CASE("room: a break holds the running timer and the wall counts down to its end") {
    Session s = apply(session_of(), cmd::StartPause{}, kT0);
    const Outcome out = reduce(s, cmd::StartBreak{kT0 + 5 * kMin + 15 * kMin}, kT0 + 5 * kMin);
    REQUIRE(out.why == Why::ok);
    CHECK(out.changed);
    s = out.session;
    CHECK(current_record(s).timer.paused);
    // Twenty minutes later the step still has the five minutes it had left... when the break began.
    const WallModel during = wall_model(s, kT0 + 10 * kMin, 0);
    CHECK(during.on_break);
    CHECK(during.break_left == "10:00");
    CHECK(during.timer_text == "05:00");
    CHECK(during.break_title == "Pause — reprise à 20 h 46");  // kT0 is 20:26:40 UTC, offset 0
    const WallModel over = wall_model(s, kT0 + 30 * kMin, 0);
    CHECK(over.break_left.empty());
    CHECK(over.break_title == "Fin de la pause — on reprend");
}

TEST_CASE("room: the break and its refusals speak the wall's language, from the catalogs") {
    Session s = apply(session_of(), cmd::StartBreak{kT0 + 20 * kMin}, kT0);
    s.lang = Lang::de;
    CHECK(wall_model(s, kT0 + kMin, 0).break_title == "Pause – weiter um 20:46 Uhr");  // German reads the clock "20:46"
    s.lang = Lang::es;
    CHECK(wall_model(s, kT0 + kMin, 0).break_title == "Descanso — volvemos a las 20:46");
    s.lang = Lang::nl;
    CHECK(wall_model(s, kT0 + 30 * kMin, 0).break_title == "De pauze is voorbij – we gaan verder");
    CHECK(std::string(tr(Lang::de, Why::no_break)) == "Gerade ist keine Pause");
    CHECK(std::string(tr(Lang::nl, Why::no_message)) == "Er wordt geen bericht getoond");
}

TEST_CASE("room: a break that would end before now, or in more than twelve hours, is refused") {
    const Session s = session_of();
    CHECK(reduce(s, cmd::StartBreak{kT0}, kT0).why == Why::break_in_past);
    CHECK(reduce(s, cmd::StartBreak{kT0 - 1}, kT0).why == Why::break_in_past);
    CHECK(reduce(s, cmd::StartBreak{kT0 + 13 * 60 * kMin}, kT0).why == Why::too_long);
    CHECK(reduce(s, cmd::StartBreak{INT64_MAX}, INT64_MIN).why == Why::too_long);  // no overflow
    CHECK(std::string(tr(Lang::en, Why::break_in_past)) == "The break would end before now");
}

TEST_CASE("room: the clicker's Next ends a break and does nothing else — EndBreak too, once") {
    Session s = apply(session_of(), cmd::StartBreak{kT0 + 15 * kMin}, kT0);
    const Outcome next = reduce(s, cmd::Next{}, kT0 + kMin);
    CHECK(next.why == Why::ok);
    CHECK(next.session.room.break_until == 0);
    CHECK(next.session.step == 0);
    s = apply(s, cmd::EndBreak{}, kT0 + kMin);
    CHECK(s.room.break_until == 0);
    CHECK(reduce(s, cmd::EndBreak{}, kT0 + kMin).why == Why::no_break);
}

TEST_CASE("room: a message to the room is tidy text of at most 120 characters, cleared by an empty one") {
    Session s = session_of();
    CHECK(reduce(s, cmd::SetMessage{""}, kT0).why == Why::no_message);
    CHECK(reduce(s, cmd::SetMessage{std::string(121, 'm')}, kT0).why == Why::text_too_long);
    CHECK(reduce(s, cmd::SetMessage{"a\x01"}, kT0).why == Why::bad_text);
    s = apply(s, cmd::SetMessage{"Retour dans la salle 204"}, kT0);
    CHECK(wall_model(s, kT0, 0).message == "Retour dans la salle 204");
    // The message stays while the atelier goes on.
    s = apply(s, cmd::StartPause{}, kT0);
    CHECK(s.room.message == "Retour dans la salle 204");
    s = apply(s, cmd::SetMessage{""}, kT0);
    CHECK(s.room.message.empty());
    CHECK_FALSE(find_violation(s));
}

TEST_CASE("room: a break and a message are saved and read back") {
    Session s = apply(session_of(), cmd::StartBreak{kT0 + 15 * kMin}, kT0);
    s = apply(s, cmd::SetMessage{"Café au fond"}, kT0);
    const std::string text = state_to_json(s, kT0);
    const auto back = parse_state(text, "state.json");
    REQUIRE(back.ok());
    CHECK(back.value->session.room == s.room);
}

TEST_CASE("room: atelier send break takes a time of day (the next one to come) or minutes") {
    const SendClock at{kT0, 2 * 60 * kMin};  // 22:26:40 local
    CHECK(break_end("15", at) == kT0 + 15 * kMin);
    // 22:45 local is 20:45 UTC.
    CHECK(break_end("22:45", at) == kT0 + 18 * kMin + 20 * kSec);
    CHECK(break_end("22h45", at) == break_end("22:45", at));
    // 08:00 has passed today: tomorrow's (the reducer then refuses a break that long).
    CHECK(*break_end("08:00", at) > kT0 + 9 * 60 * kMin);
    for (const char* bad : {"", "0", "25:00", "10:60", "10:5", "1015", "abc", "-5", "10:15:00", "99999"})
        CHECK_MESSAGE(!break_end(bad, at), bad);
}

TEST_CASE("room: the send verbs become the room's commands, with the usage when the time is unreadable") {
    const ConfigSet config = load_config({}, "/nowhere");
    const Session s = session_of();
    const SendClock at{kT0, 0};
    const SendAction brk = resolve_request({"break", "20"}, s, config, 1, at);
    REQUIRE(std::holds_alternative<Command>(brk));
    CHECK(std::get<cmd::StartBreak>(std::get<Command>(brk)).until == kT0 + 20 * kMin);
    CHECK(std::get<SendError>(resolve_request({"break", "soon"}, s, config, 1, at)).message.find("usage") == 0);
    const SendAction msg = resolve_request({"message", "Salle", "204"}, s, config, 1, at);
    CHECK(std::get<cmd::SetMessage>(std::get<Command>(msg)).text == "Salle 204");
    CHECK(std::get<cmd::SetMessage>(std::get<Command>(resolve_request({"clear-message"}, s, config, 1, at))).text.empty());
    CHECK(std::holds_alternative<cmd::EndBreak>(std::get<Command>(resolve_request({"end-break"}, s, config, 1, at))));
    CHECK(std::holds_alternative<RemoteQuery>(resolve_request({"remote"}, s, config, 1, at)));
}
