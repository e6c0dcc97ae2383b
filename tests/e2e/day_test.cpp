// A real day: a journée codév runs two or three ateliers of one group; every
// one is kept in the series, and each client's plan is read at the next
// atelier's opening. Driven as a facilitator would: `atelier send` from a
// script, and the console's keys.
#include <doctest/doctest.h>

#include <set>

#include "core/reducer.hpp"
#include "driver.hpp"

using namespace atelier;
using namespace atelier::e2e;

namespace {

// Runs the atelier on the wall to its summary: the last step, then Next until it ends.
void finish(Atelier& app) {
    const Session s = app.saved()->session;
    REQUIRE(app.send({"goto-step", display_number(s.method, static_cast<int>(s.method.steps.size()) - 1)}).code == 0);
    for (int i = 0; i < 40 && !app.saved()->session.finished; ++i) app.send({"next"});
    REQUIRE(app.wait_for([](const Session& now) { return now.finished; }));
}

std::string client_of(const Session& s) { return speaker_name(s.group, s.client); }

}  // namespace

TEST_CASE("day: three ateliers of one group in one day are all kept, each client's plan read at the next one's opening") {
    Atelier app(make_temp_dir("day-three"));
    REQUIRE(app.start());
    const size_t before = app.saved() ? app.saved()->session.group.history.size() : 2;  // the sample group has held two
    std::vector<std::string> clients;
    for (int atelier = 0; atelier < 3; ++atelier) {
        const Session start = app.saved()->session;
        const std::string client = client_of(start);
        clients.push_back(client);
        CHECK_FALSE(start.finished);
        if (atelier > 0) {
            // The previous client's follow-up at this atelier's opening.
            CHECK(start.follow_up.client == clients[static_cast<size_t>(atelier) - 1]);
            CHECK(start.follow_up.plan == std::vector<std::string>{"Plan de " + clients[static_cast<size_t>(atelier) - 1]});
            CHECK(app.live("step_name").find("Accueil") != std::string::npos);
        }
        CHECK(app.send({"toggle-timer"}).code == 0);
        CHECK(app.send({"add-plan-item", "Plan de " + client}).code == 0);
        // Not over yet: a new atelier on top of it is refused, with the wall's reason.
        const Atelier::Sent refused = app.send({"new-atelier", "next"});
        CHECK(refused.code == 1);
        CHECK(refused.err.find("en cours") != std::string::npos);
        finish(app);
        if (atelier < 2) {
            CHECK(app.send({"new-atelier", "next"}).code == 0);  // the one not yet client
            CHECK(app.wait_for([&](const Session& s) { return !s.finished && client_of(s) != client; }));
        }
    }
    const Session end = app.saved()->session;
    REQUIRE(end.group.history.size() == before + 3);
    std::set<std::string> ids;
    for (size_t i = 0; i < 3; ++i) {
        const PastAtelier& held = end.group.history[before + i];
        CHECK(held.client == clients[i]);
        CHECK(held.plan == std::vector<std::string>{"Plan de " + clients[i]});
        CHECK(held.date == end.group.history[before].date);  // one day
        ids.insert(held.id);
    }
    CHECK(ids.size() == 3);  // each its own, on the same date
    CHECK(std::set<std::string>(clients.begin(), clients.end()).size() == 3);  // nobody client twice
    CHECK(app.live("series") == "Atelier " + std::to_string(before + 3) + " / 8");
}

TEST_CASE("day: a new atelier started over one under way needs --replace; the one under way is then gone, the series untouched") {
    Atelier app(make_temp_dir("day-replace"));
    REQUIRE(app.start());
    CHECK(app.send({"toggle-timer"}).code == 0);
    const size_t held = app.saved()->session.group.history.size();
    CHECK(app.send({"new-atelier", "Hélène", "--method", "codev-2h"}).code == 1);
    CHECK(app.send({"new-atelier", "Hélène", "--method", "nope"}).code == 2);
    CHECK(app.send({"new-atelier", "Hélène", "--method", "codev-2h", "--replace"}).code == 0);
    CHECK(app.wait_for([&](const Session& s) {
        return client_of(s) == "Hélène Moreau" && s.method.id == "codev-2h" && !current_record(s).timer.started &&
               s.group.history.size() == held;
    }));
}

TEST_CASE("day: the next atelier prepared while one ran, and started once it ended, keeps that one in the series") {
    Atelier app(make_temp_dir("day-console"));
    REQUIRE(app.start());
    CHECK(app.send({"toggle-timer"}).code == 0);
    const std::string first = client_of(app.saved()->session);
    const size_t held = app.saved()->session.group.history.size();
    // The facilitator looks at the preparation during the atelier, then goes back to the steps.
    app.key("F2");
    REQUIRE(app.wait_live("console", "over the wall"));
    app.key("alt+4");
    REQUIRE(app.wait_live("console_tab", "prepare"));
    app.key("alt+1");
    REQUIRE(app.wait_live("console_tab", "steps"));
    CHECK(app.send({"add-plan-item", "Appeler le service RH"}).code == 0);
    finish(app);
    // Later: the preparation opened before the atelier ended starts the next one.
    app.key("alt+4");
    REQUIRE(app.wait_live("console_tab", "prepare"));
    app.key("ctrl+Return");
    REQUIRE(app.wait_for([](const Session& s) { return !s.finished; }));
    const Session next = app.saved()->session;
    CHECK(next.group.history.size() == held + 1);  // the atelier that ended is in the series
    CHECK(next.group.history.back().client == first);
    CHECK(next.group.history.back().plan == std::vector<std::string>{"Appeler le service RH"});
    CHECK(client_of(next) != first);  // the next client is one not yet client
    CHECK_FALSE(was_client(next.group, client_of(next)));
    CHECK(next.follow_up.client == first);
}
