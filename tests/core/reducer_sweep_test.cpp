#include "core/reducer.hpp"

#include <doctest/doctest.h>

#include <climits>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "core/invariant.hpp"
#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

// The sweep: every alternative of Command, with arguments near and far from
// what the session holds, applied at every moment of an atelier's life. After
// each, the session holds the invariant (find_violation), and a command that
// was refused changed nothing that is saved. A new command that is not given
// samples below does not compile (see samples_of).

namespace {

template <class>
inline constexpr bool kNoSamples = false;

struct Samples {
    const char* name;
    std::vector<Command> commands;
};

// Arguments for one alternative, from what `s` holds. The chain of `if
// constexpr` ends in a static_assert: a command added to the variant without
// samples here is a compile error, not a command the sweep silently skips.
template <class C>
Samples samples_of(const Session& s) {
    const int people = static_cast<int>(s.group.participants.size());
    const int steps = static_cast<int>(s.method.steps.size());
    const std::string taken = s.group.participants.empty() ? "Amélie" : s.group.participants.back();
    using namespace cmd;
    if constexpr (std::is_same_v<C, Next>) return {"Next", {Next{}}};
    else if constexpr (std::is_same_v<C, Previous>) return {"Previous", {Previous{}}};
    else if constexpr (std::is_same_v<C, StartPause>) return {"StartPause", {StartPause{}}};
    else if constexpr (std::is_same_v<C, ToggleBlank>) return {"ToggleBlank", {ToggleBlank{}}};
    else if constexpr (std::is_same_v<C, AddTime>)
        return {"AddTime", {AddTime{kMin}, AddTime{-kMin}, AddTime{-11 * 60 * kMin}, AddTime{11 * 60 * kMin}, AddTime{INT64_MIN}}};
    else if constexpr (std::is_same_v<C, Pass>) return {"Pass", {Pass{}}};
    else if constexpr (std::is_same_v<C, JumpTo>)
        return {"JumpTo", {JumpTo{-1}, JumpTo{0}, JumpTo{s.step}, JumpTo{s.step + 1}, JumpTo{steps - 1}, JumpTo{steps}}};
    else if constexpr (std::is_same_v<C, GiveFloor>)
        return {"GiveFloor", {GiveFloor{kNobody}, GiveFloor{kFacilitator}, GiveFloor{0}, GiveFloor{1}, GiveFloor{people - 1},
                              GiveFloor{people}}};
    else if constexpr (std::is_same_v<C, RotateOrder>) return {"RotateOrder", {RotateOrder{}}};
    else if constexpr (std::is_same_v<C, ShuffleOrder>) return {"ShuffleOrder", {ShuffleOrder{0}, ShuffleOrder{UINT32_MAX}}};
    else if constexpr (std::is_same_v<C, MoveInOrder>)
        return {"MoveInOrder", {MoveInOrder{1, 0}, MoveInOrder{people - 1, 1}, MoveInOrder{2, 99}, MoveInOrder{kFacilitator, 1},
                                MoveInOrder{people, 0}}};
    else if constexpr (std::is_same_v<C, OneMoreRound>) return {"OneMoreRound", {OneMoreRound{}}};
    else if constexpr (std::is_same_v<C, SetStepMinutes>)
        return {"SetStepMinutes", {SetStepMinutes{s.step, 1}, SetStepMinutes{s.step, 0}, SetStepMinutes{0, 600},
                                   SetStepMinutes{0, 601}, SetStepMinutes{steps, 5}, SetStepMinutes{-1, 5}}};
    else if constexpr (std::is_same_v<C, AddParticipant>)
        return {"AddParticipant", {AddParticipant{"Zoé Martin"}, AddParticipant{"Yann", 1}, AddParticipant{""},
                                   AddParticipant{taken}, AddParticipant{"Nul\x01"}, AddParticipant{"Xavier", people + 3}}};
    else if constexpr (std::is_same_v<C, ParticipantLeft>)
        return {"ParticipantLeft", {ParticipantLeft{s.client}, ParticipantLeft{1}, ParticipantLeft{people - 1},
                                    ParticipantLeft{people}, ParticipantLeft{kFacilitator}}};
    else if constexpr (std::is_same_v<C, ParticipantBack>)
        return {"ParticipantBack", {ParticipantBack{s.left.empty() ? 1 : *s.left.begin()}, ParticipantBack{people - 1},
                                    ParticipantBack{people}}};
    else if constexpr (std::is_same_v<C, Rename>)
        return {"Rename", {Rename{kFacilitator, "Sylvie"}, Rename{1, "Bertrand"}, Rename{1, ""}, Rename{0, taken},
                           Rename{people, "Personne"}}};
    else if constexpr (std::is_same_v<C, ChangeClient>)
        return {"ChangeClient", {ChangeClient{s.client}, ChangeClient{1}, ChangeClient{people - 1}, ChangeClient{-1},
                                 ChangeClient{people}}};
    else if constexpr (std::is_same_v<C, SetRequest>)
        return {"SetRequest", {SetRequest{"Savoir dire non à mon directeur"}, SetRequest{""}, SetRequest{std::string(5000, 'a')},
                               SetRequest{"bell\x07"}}};
    else if constexpr (std::is_same_v<C, SetContract>)
        return {"SetContract", {SetContract{"Préparer l’entretien de lundi"}, SetContract{""}, SetContract{"\xC3"}}};
    else if constexpr (std::is_same_v<C, AddPlanItem>)
        return {"AddPlanItem", {AddPlanItem{"Appeler Paul"}, AddPlanItem{""}, AddPlanItem{std::string(2000, 'b')}}};
    else if constexpr (std::is_same_v<C, EditPlanItem>)
        return {"EditPlanItem", {EditPlanItem{0, "Rappeler Paul"}, EditPlanItem{0, ""}, EditPlanItem{-1, "x"}, EditPlanItem{50, "x"}}};
    else if constexpr (std::is_same_v<C, ForgetContent>) return {"ForgetContent", {ForgetContent{false}, ForgetContent{true}}};
    else if constexpr (std::is_same_v<C, SetLang>) return {"SetLang", {SetLang{Lang::fr}, SetLang{Lang::en}}};
    else if constexpr (std::is_same_v<C, ToggleLang>) return {"ToggleLang", {ToggleLang{}}};
    else if constexpr (std::is_same_v<C, SetRules>)
        return {"SetRules", {SetRules{0, false, true}, SetRules{2000, true, false}, SetRules{-5, false, false},
                             SetRules{kMaxStepGuardMs + 1, true, true}}};
    else if constexpr (std::is_same_v<C, NewAtelier>) {
        NewAtelier same_group{s.group, four_step_method(), -1, "Suivant"};
        NewAtelier confirmed = same_group;
        confirmed.replace = true;
        NewAtelier other_group{group_of(3), four_step_method(), 1, "Autre", Lang::en, false, true};
        NewAtelier no_one = confirmed;
        no_one.group = Group{};
        NewAtelier no_step = confirmed;
        no_step.method.steps.clear();  // a method without steps (assigning Method{} here crashes GCC 12)
        return {"NewAtelier", {same_group, confirmed, other_group, no_one, no_step}};
    } else if constexpr (std::is_same_v<C, Restore>) {
        Session broken = session_of(3, 1);
        broken.step = 99;
        return {"Restore", {Restore{session_of(3, 1)}, Restore{broken}}};
    } else if constexpr (std::is_same_v<C, RequestQuit>) return {"RequestQuit", {RequestQuit{}}};
    else if constexpr (std::is_same_v<C, RequestReset>) return {"RequestReset", {RequestReset{}}};
    else if constexpr (std::is_same_v<C, Confirm>) return {"Confirm", {Confirm{}}};
    else if constexpr (std::is_same_v<C, Cancel>) return {"Cancel", {Cancel{}}};
    // A break until a quarter of an hour on, one already past, one far beyond any day.
    else if constexpr (std::is_same_v<C, StartBreak>)
        return {"StartBreak", {StartBreak{kT0 + 15 * kMin}, StartBreak{kT0 - kMin}, StartBreak{kT0 + 400 * 24 * 60 * kMin}}};
    else if constexpr (std::is_same_v<C, EndBreak>) return {"EndBreak", {EndBreak{}}};
    else if constexpr (std::is_same_v<C, SetMessage>)
        return {"SetMessage", {SetMessage{"Retour dans 5 minutes"}, SetMessage{""}, SetMessage{std::string(5000, 'x')}, SetMessage{"a\nb"}}};
    else static_assert(kNoSamples<C>, "a new Command alternative: give the sweep samples of it here");
}

template <size_t... I>
std::vector<Samples> every_command(const Session& s, std::index_sequence<I...>) {
    return {samples_of<std::variant_alternative_t<I, Command>>(s)...};
}

std::vector<Samples> every_command(const Session& s) {
    return every_command(s, std::make_index_sequence<std::variant_size_v<Command>>{});
}

Session without_pending(Session s) {
    s.pending = Pending::none;
    s.proposed_lang = Lang::fr;  // the language L proposes belongs to the pending question
    return s;
}

struct Moment {
    std::string name;
    Session session;
    int64_t now;
};

// One session at each moment of a step's life, in every kind of step, and
// with what the commands about people and content need to apply.
std::vector<Moment> moments() {
    std::vector<Moment> out;
    Session base = session_of(6, 0);
    base = apply(base, cmd::SetRequest{"Savoir dire non"}, kT0);
    base = apply(base, cmd::AddPlanItem{"Appeler Paul"}, kT0);
    for (int step = 0; step < 4; ++step) {
        const std::string in = " in step " + std::to_string(step);
        Session before = step == 0 ? base : apply(base, cmd::JumpTo{step}, kT0);
        REQUIRE(before.step == step);
        out.push_back({"before start" + in, before, kT0});
        const Session running = apply(before, cmd::StartPause{}, kT0);
        const int64_t planned = current_record(running).timer.planned_ms;
        out.push_back({"running" + in, running, kT0 + kSec});
        out.push_back({"warning" + in, running, kT0 + planned - 4 * kMin});
        out.push_back({"danger" + in, running, kT0 + planned - 20 * kSec});
        out.push_back({"overtime" + in, running, kT0 + planned + 5 * kMin});
        out.push_back({"paused" + in, apply(running, cmd::StartPause{}, kT0 + kMin), kT0 + 3 * kMin});
        out.push_back({"in a break" + in, apply(running, cmd::StartBreak{kT0 + 20 * kMin}, kT0 + kMin), kT0 + 2 * kMin});
        // Someone left (not the client, not the one speaking): ParticipantBack has someone to bring back.
        const Session left = apply(running, cmd::ParticipantLeft{4}, kT0 + kMin);
        REQUIRE(left.left.count(4) == 1);
        out.push_back({"running, someone left" + in, left, kT0 + 2 * kMin});
    }
    const Session last = apply(base, cmd::JumpTo{3}, kT0);
    const Session finished = apply(apply(last, cmd::StartPause{}, kT0), cmd::Next{}, kT0 + kMin);
    REQUIRE(finished.finished);
    out.push_back({"finished", finished, kT0 + 2 * kMin});
    out.push_back({"finished, hours later", finished, kT0 + 30 * 60 * kMin});
    out.push_back({"quit asked", apply(last, cmd::RequestQuit{}, kT0), kT0 + kSec});
    out.push_back({"reset asked", apply(apply(last, cmd::StartPause{}, kT0), cmd::RequestReset{}, kT0), kT0 + kSec});
    out.push_back({"blanked", apply(apply(base, cmd::StartPause{}, kT0), cmd::ToggleBlank{}, kT0), kT0 + kMin});
    return out;
}

}  // namespace

TEST_CASE("reducer: every command, at every moment of an atelier, leaves a sound session — a refused one changes nothing") {
    constexpr size_t kAlternatives = std::variant_size_v<Command>;
    std::vector<int> applied(kAlternatives, 0), tried(kAlternatives, 0);
    std::vector<std::string> names(kAlternatives);
    const std::vector<Moment> all = moments();
    for (const Moment& m : all) {
        REQUIRE_MESSAGE(!find_violation(m.session), m.name);
        const std::vector<Samples> commands = every_command(m.session);
        REQUIRE(commands.size() == kAlternatives);
        for (size_t alternative = 0; alternative < kAlternatives; ++alternative) {
            names[alternative] = commands[alternative].name;
            for (size_t k = 0; k < commands[alternative].commands.size(); ++k) {
                const Command& c = commands[alternative].commands[k];
                REQUIRE(c.index() == alternative);
                const Outcome out = reduce(m.session, c, m.now);
                ++tried[alternative];
                const auto broken = find_violation(out.session);
                CHECK_MESSAGE(!broken, commands[alternative].name << " (sample " << k << ") " << m.name << ": "
                                                                  << (broken ? broken->field + ": " + broken->reason : ""));
                if (out.why == Why::ok) {
                    ++applied[alternative];
                    if (!out.changed)  // applied but not saved: nothing saved may differ
                        CHECK_MESSAGE(without_pending(out.session) == without_pending(m.session),
                                      commands[alternative].name << " (sample " << k << ") " << m.name << " changed the session unsaved");
                } else {
                    // Refused: the reason is said, and nothing that is saved moved.
                    CHECK_MESSAGE(!out.changed, commands[alternative].name << " (sample " << k << ") " << m.name);
                    CHECK_MESSAGE(!out.quit, commands[alternative].name << " (sample " << k << ") " << m.name);
                    CHECK_MESSAGE(without_pending(out.session) == without_pending(m.session),
                                  commands[alternative].name << " (sample " << k << ") " << m.name << " refused but changed the session");
                }
            }
        }
    }
    // The sweep means something only if every command also applies somewhere.
    for (size_t alternative = 0; alternative < kAlternatives; ++alternative) {
        CAPTURE(names[alternative]);
        CHECK(tried[alternative] >= static_cast<int>(all.size()));
        CHECK(applied[alternative] > 0);
    }
}
