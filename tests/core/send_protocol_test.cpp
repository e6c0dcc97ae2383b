#include "core/send_protocol.hpp"

#include <doctest/doctest.h>

#include "core/config_set.hpp"
#include "core/i18n.hpp"
#include "core/limits.hpp"
#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {
SendAction resolved(const std::vector<std::string>& args) {
    static const ConfigSet config = load_config({}, "/nowhere");
    static const Session s = sample_session(config);
    return resolve_request(args, s, config, 7);
}
template <class C>
const C* command(const SendAction& a) {
    if (const auto* c = std::get_if<Command>(&a)) return std::get_if<C>(c);
    return nullptr;
}
std::string error(const SendAction& a) {
    const auto* e = std::get_if<SendError>(&a);
    return e ? e->message : "";
}
}  // namespace

TEST_CASE("send: a request line round-trips, with any UTF-8 text") {
    const std::vector<std::string> args = {"set-request", "J’aimerais « vraiment » \"ça\"\nsur deux lignes"};
    const std::string line = encode_request(args);
    CHECK(line.back() == '\n');
    CHECK(std::count(line.begin(), line.end(), '\n') == 1);
    const auto back = decode_request(line);
    REQUIRE(back.ok());
    CHECK(*back.value == args);
}

TEST_CASE("send: oversized, malformed, empty and non-UTF-8 requests are errors, never a crash") {
    CHECK_FALSE(decode_request(std::string(kMaxRequestBytes + 1, 'x')).ok());
    CHECK_FALSE(decode_request("").ok());
    CHECK_FALSE(decode_request("next\n").ok());
    CHECK_FALSE(decode_request(R"({"send": []})").ok());
    CHECK_FALSE(decode_request(R"({"send": "next"})").ok());
    CHECK_FALSE(decode_request(R"({"send": [1.5]})").ok());
    CHECK_FALSE(decode_request("{\"send\": [\"\xC3\x28\"]}").ok());
    CHECK_FALSE(decode_request(R"({"send": ["next")").ok());
}

TEST_CASE("send: a request past a limit is refused by that limit, named, before it is parsed") {
    const auto reason = [](const std::string& line) {
        const auto r = decode_request(line);
        REQUIRE_FALSE(r.ok());
        return r.error.message();
    };
    // Nested far past the depth limit: refused by a scan, not by a recursion that runs out of stack.
    CHECK(reason("{\"send\": " + std::string(60'000, '[')).find("nested more than 32 levels") != std::string::npos);
    std::string many = "{\"send\": [\"next\"";
    for (size_t i = 0; i < limits::kRequestArgs; ++i) many += ", \"a\"";
    CHECK(reason(many + "]}").find("more than 64 arguments") != std::string::npos);
    CHECK(reason("{\"send\": [\"set-request\", \"" + std::string(limits::kJsonStringBytes + 1, 'a') + "\"]}").find("a text in quotes of") !=
          std::string::npos);
    // A NUL, escaped or raw, would cut a name short where it is read as a C string.
    CHECK(reason(R"({"send": ["add-participant", "a\u0000b"]})").find("\\u0000") != std::string::npos);
    CHECK(reason(std::string("{\"send\": [\"next\", \"a") + '\0' + "b\"]}").find("NUL") != std::string::npos);
    CHECK(decode_request("{\"send\": [\"next\"]}").ok());
}

TEST_CASE("send: every verb of --list resolves to the same command a key or the console gives") {
    CHECK(command<cmd::Next>(resolved({"next"})));
    CHECK(command<cmd::Previous>(resolved({"previous"})));
    CHECK(command<cmd::StartPause>(resolved({"toggle-timer"})));
    CHECK(command<cmd::ToggleBlank>(resolved({"blank"})));
    CHECK(command<cmd::AddTime>(resolved({"add-minute"}))->ms == 60'000);
    CHECK(command<cmd::AddTime>(resolved({"remove-minute"}))->ms == -60'000);
    CHECK(command<cmd::Pass>(resolved({"pass"})));
    CHECK(command<cmd::GiveFloor>(resolved({"give-floor", "Chloé Martin"}))->participant == 2);
    CHECK(command<cmd::GiveFloor>(resolved({"give-floor", "chloé martin"}))->participant == 2);
    CHECK(command<cmd::GiveFloor>(resolved({"give-floor", "Hél"}))->participant == 6);
    CHECK(command<cmd::GiveFloor>(resolved({"give-floor", "3"}))->participant == 2);
    CHECK(command<cmd::JumpTo>(resolved({"goto-step", "4"}))->step == 4);  // the step numbered 4 is index 4 (0 is the opening)
    CHECK(command<cmd::OneMoreRound>(resolved({"one-more-round"})));
    CHECK(command<cmd::RotateOrder>(resolved({"rotate"})));
    CHECK(command<cmd::ShuffleOrder>(resolved({"shuffle"})));
    CHECK(command<cmd::SetStepMinutes>(resolved({"set-minutes", "2", "30"}))->minutes == 30);
    CHECK(command<cmd::ChangeClient>(resolved({"set-client", "Éric Nguyen"}))->participant == 3);
    const SendAction late_action = resolved({"add-participant", "Zoé Martin", "--after", "Amélie Durand"});
    const auto* late = command<cmd::AddParticipant>(late_action);
    REQUIRE(late);
    CHECK(late->name == "Zoé Martin");
    CHECK(late->after == 0);
    CHECK(command<cmd::AddParticipant>(resolved({"add-participant", "Zoé"}))->after == kNobody);
    CHECK(command<cmd::ParticipantLeft>(resolved({"participant-left", "Jérôme Fabre"}))->participant == 7);
    CHECK(command<cmd::ParticipantBack>(resolved({"participant-back", "Jérôme Fabre"}))->participant == 7);
    CHECK(command<cmd::Rename>(resolved({"rename", "Benoît Lefèvre", "Benoit Lefevre"}))->who == 1);
    CHECK(command<cmd::Rename>(resolved({"rename", "Sophie Garnier", "Sophie G."}))->who == kFacilitator);
    CHECK(command<cmd::SetRequest>(resolved({"set-request", "J’aimerais", "que", "vous"}))->text == "J’aimerais que vous");
    CHECK(command<cmd::SetContract>(resolved({"set-contract", "M’aider"}))->text == "M’aider");
    CHECK(command<cmd::AddPlanItem>(resolved({"add-plan-item", "Appeler", "Paul"}))->text == "Appeler Paul");
    CHECK(command<cmd::EditPlanItem>(resolved({"edit-plan-item", "2"}))->index == 1);
    CHECK(command<cmd::ForgetContent>(resolved({"forget-content"})));
    CHECK(command<cmd::SetLang>(resolved({"language", "en"}))->lang == Lang::en);
    CHECK(std::holds_alternative<StatusQuery>(resolved({"status"})));
    // Every verb --list shows is known to the resolver.
    for (const SendVerb& v : send_verbs()) CHECK(error(resolved({v.name})).find("unknown command") == std::string::npos);
}

TEST_CASE("send: unknown commands, wrong arguments and unknown names say so, in the room's language") {
    CHECK(error(resolved({"explode"})) == "commande inconnue «\u202Fexplode\u202F» (atelier send --list)");
    CHECK(error(resolved({"next", "now"})) == "usage\u202F: atelier send next");
    CHECK(error(resolved({"give-floor"})) == "usage\u202F: atelier send give-floor NAME");
    CHECK(error(resolved({"give-floor", "Nobody"})) == "Pas de participant à ce nom ou ce numéro\u202F: Nobody");
    CHECK(error(resolved({"give-floor", "Zoé"})).find("Pas de participant") == 0);
    CHECK(error(resolved({"give-floor", "e"})).empty());  // only Éric's name starts with an e, accent aside
    CHECK(error(resolved({"goto-step", "12"})).find("Pas d’étape") == 0);
    CHECK(error(resolved({"language", "tlh"})) == "langue inconnue «\u202Ftlh\u202F» (fr, en, de, es, nl, qps)");
}

TEST_CASE("send: a remote client's errors are in its own language, whatever the room speaks") {
    static const ConfigSet config = load_config({}, "/nowhere");
    const Session s = sample_session(config);  // a French room
    const auto in = [&](Lang lang, const std::vector<std::string>& args) { return error(resolve_request(args, s, config, 7, {}, lang)); };
    CHECK(in(Lang::en, {"explode"}) == "unknown command \"explode\" (atelier send --list)");
    CHECK(in(Lang::de, {"explode"}) == "unbekannter Befehl „explode“ (atelier send --list)");
    CHECK(in(Lang::es, {"give-floor"}) == "uso: atelier send give-floor NAME");
    CHECK(in(Lang::nl, {"language", "tlh"}) == "onbekende taal “tlh” (fr, en, de, es, nl, qps)");
    CHECK(in(Lang::de, {"give-floor", "Nobody"}) == std::string(tr(Lang::de, Why::no_such_participant)) + ": Nobody");
    // A name with control characters is shown tamed, never echoed raw.
    CHECK(in(Lang::en, {"ex\x1b[2Jplode"}).find('\x1b') == std::string::npos);
}

TEST_CASE("send: replies read back as written") {
    for (const Reply& r : {Reply{ReplyKind::ok, ""}, Reply{ReplyKind::ok, "step: 2\ntimer: 12:00\n"},
                           Reply{ReplyKind::refused, "L’atelier est terminé"}, Reply{ReplyKind::error, "unknown command"}}) {
        const Reply back = decode_reply(encode_reply(r));
        CHECK(back.kind == r.kind);
        CHECK(back.text == r.text);
    }
    CHECK(decode_reply("garbage").kind == ReplyKind::error);
}
