// `atelier send`: every command of --list reaches the running atelier through
// the same path as its keys; refusals say why; bad requests and a missing
// atelier are told apart by the exit code.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/reducer.hpp"
#include "core/send_protocol.hpp"
#include "driver.hpp"
#include "platform/command_socket.hpp"

using namespace atelier;
using namespace atelier::e2e;

namespace {
const Speaker kChloe = 2, kAmelie = 0;  // the sample group: Chloé Martin is the client
std::vector<Speaker> order_of(const Session& s) { return current_record(s).turns.rounds.back().order; }
}  // namespace

TEST_CASE("send: the clicker's commands, the order and the rounds") {
    Atelier app(make_temp_dir("send-run"));
    REQUIRE(app.start());
    CHECK(app.send({"toggle-timer"}).code == 0);
    CHECK(app.wait_for([](const Session& s) { return is_running(current_record(s).timer); }));
    CHECK(app.send({"next"}).code == 0);
    CHECK(app.wait_for([](const Session& s) { return current_speaker(s) == kAmelie; }));
    CHECK(app.send({"previous"}).code == 0);
    CHECK(app.wait_for([](const Session& s) { return current_speaker(s) == kChloe; }));
    CHECK(app.send({"add-minute"}).code == 0);
    CHECK(app.send({"add-minute"}).code == 0);
    CHECK(app.send({"remove-minute"}).code == 0);
    CHECK(app.wait_for([](const Session& s) { return current_record(s).timer.added_ms == 60'000; }));
    CHECK(app.send({"blank"}).code == 0);
    CHECK(app.wait_for([](const Session& s) { return s.blanked; }));
    CHECK(app.send({"blank"}).code == 0);
    CHECK(app.send({"goto-step", "2"}).code == 0);  // the clarification round
    CHECK(app.wait_for([](const Session& s) { return s.step == 2 && !s.blanked; }));
    CHECK(app.send({"pass"}).code == 0);
    CHECK(app.wait_for([](const Session& s) { return current_record(s).turns.rounds.back().marks[0] == Mark::passed; }));
    const std::vector<Speaker> before = order_of(app.saved()->session);
    CHECK(app.send({"rotate"}).code == 0);
    CHECK(app.wait_for([&](const Session& s) { return order_of(s) != before; }));
    CHECK(app.send({"shuffle"}).code == 0);
    CHECK(app.send({"give-floor", "Jérôme Fabre"}).code == 0);
    CHECK(app.wait_for([](const Session& s) { return current_speaker(s) == 7; }));
    CHECK(app.send({"one-more-round"}).code == 0);
    CHECK(app.wait_for([](const Session& s) { return current_record(s).rounds_granted == 2; }));
    CHECK(app.send({"set-minutes", "2", "30"}).code == 0);
    CHECK(app.wait_for([](const Session& s) { return current_record(s).timer.added_ms == 5 * 60'000; }));
    CHECK(app.send({"language", "en"}).code == 0);
    CHECK(app.wait_for([](const Session& s) { return s.lang == Lang::en; }));
    CHECK(app.send({"status"}).out.find("step_name: Clarification: questions of information") != std::string::npos);
}

TEST_CASE("send: people, live: a late arrival, a departure, a return, a new name, the client") {
    Atelier app(make_temp_dir("send-people"));
    REQUIRE(app.start());
    CHECK(app.send({"goto-step", "2"}).code == 0);
    CHECK(app.send({"add-participant", "Zoé Martin", "--after", "Amélie Durand"}).code == 0);
    CHECK(app.wait_for([](const Session& s) { return s.group.participants.size() == 9 && order_of(s)[1] == 8; }));
    CHECK(app.send({"participant-left", "Éric Nguyen"}).code == 0);
    CHECK(app.wait_for([](const Session& s) {
        const auto o = order_of(s);
        return s.left.count(3) && std::find(o.begin(), o.end(), 3) == o.end();
    }));
    CHECK(app.send({"participant-back", "Éric"}).code == 0);
    CHECK(app.wait_for([](const Session& s) { return !s.left.count(3) && order_of(s).back() == 3; }));
    CHECK(app.send({"rename", "Benoît Lefèvre", "Benoit Lefevre"}).code == 0);
    CHECK(app.wait_for([](const Session& s) { return s.group.participants[1] == "Benoit Lefevre"; }));
    CHECK(app.send({"set-client", "Hélène Moreau"}).code == 0);
    CHECK(app.wait_for([](const Session& s) { return s.client == 6; }));
}

TEST_CASE("send: the request, the contract and the plan; forgetting them leaves no trace in either file") {
    const std::string dir = make_temp_dir("send-content");
    Atelier app(dir);
    REQUIRE(app.start());
    CHECK(app.send({"set-request", "J’aimerais", "que", "vous", "m’aidiez", "à", "DÉLÉGUER-SECRET"}).code == 0);
    CHECK(app.send({"set-contract", "CONTRAT-SECRET"}).code == 0);
    CHECK(app.send({"add-plan-item", "PLAN-SECRET-1"}).code == 0);
    CHECK(app.send({"add-plan-item", "PLAN-SECRET-2"}).code == 0);
    CHECK(app.send({"edit-plan-item", "2", "PLAN-SECRET-2b"}).code == 0);
    CHECK(app.wait_for([](const Session& s) {
        return s.content.request == "J’aimerais que vous m’aidiez à DÉLÉGUER-SECRET" && s.content.plan.size() == 2 &&
               s.content.plan[1] == "PLAN-SECRET-2b";
    }));
    CHECK(app.send({"next"}).code == 0);  // one more save: the backup holds the secrets too
    REQUIRE(app.wait_for([](const Session& s) { return current_record(s).turns.position == 1; }));
    REQUIRE(read_bytes(dir + "/state.json.bak").find("SECRET") != std::string::npos);
    CHECK(app.send({"forget-content"}).code == 0);
    CHECK(app.wait_for([](const Session& s) { return s.content.empty(); }));
    for (const char* file : {"/state.json", "/state.json.bak"}) {
        CAPTURE(file);
        const std::string bytes = read_bytes(dir + file);
        CHECK_FALSE(bytes.empty());
        CHECK(bytes.find("SECRET") == std::string::npos);
        CHECK(bytes.find("Chloé Martin") != std::string::npos);  // names stay
    }
    CHECK(app.live("request").empty());
}

TEST_CASE("send: a refused command exits 1 with the wall's reason, a bad one 2, no atelier 3") {
    Atelier app(make_temp_dir("send-refused"));
    REQUIRE(app.start());
    CHECK(app.send({"goto-step", "1"}).code == 0);  // the client holds the floor: no turns to pass
    const auto no_turns = app.send({"pass"});
    CHECK(no_turns.code == 1);
    CHECK(no_turns.err.find("Pas de tour de parole dans cette étape") != std::string::npos);
    const auto unknown = app.send({"explode"});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.find("commande inconnue «\u202Fexplode\u202F»") != std::string::npos);  // in the room's language
    CHECK(app.send({"give-floor"}).code == 2);
    const auto nobody = app.send({"give-floor", "Personne"});
    CHECK(nobody.code == 2);
    CHECK(nobody.err.find("Personne") != std::string::npos);
    Atelier none(make_temp_dir("send-none"));
    const auto missing = none.send({"next"});
    CHECK(missing.code == 3);
    CHECK(missing.err.find("no atelier is running") != std::string::npos);
    // --list names every command.
    const Ran list = run_code(std::string(ATELIER_BIN) + " send --list");
    CHECK(list.code == 0);
    for (const SendVerb& v : send_verbs()) CHECK(list.out.find(v.name) != std::string::npos);
}

TEST_CASE("send: malformed, oversized and non-UTF-8 requests on the socket get an error reply, the atelier runs on") {
    Atelier app(make_temp_dir("send-bad"));
    REQUIRE(app.start());
    const std::string path = platform::socket_path(app.state_dir());
    const std::string garbage[] = {"not json\n", "{\"send\": [1, 2]}\n", "{\"send\": [\"\xC3\x28\"]}\n",
                                   std::string(70'000, 'x') + "\n", "{\"send\": []}\n", "\n"};
    for (const std::string& request : garbage) {
        const std::string reply = socket_exchange(path, request);
        CHECK(reply.rfind("error: ", 0) == 0);
    }
    CHECK(app.alive());
    CHECK(app.send({"next"}).code == 0);
}
