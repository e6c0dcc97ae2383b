// What is said: the request, the contract, the plan, and forgetting them.
#include "core/reducer.hpp"

#include <doctest/doctest.h>

#include "core/invariant.hpp"
#include "core/state_io.hpp"
#include "core/text.hpp"
#include "core/wall_model.hpp"
#include "core/i18n.hpp"
#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {
Session codev() {
    Session s = session_of(4, 2);
    s.method.steps[1].board = Board::request;
    s.method.steps[1].client = ClientActivity::back_turned;
    s.method.steps[2].board = Board::plan;
    return s;
}
}  // namespace

TEST_CASE("content: the request and contract are tidied, kept, and shown with the client's name") {
    Session s = apply(codev(), cmd::SetRequest{"  J’aimerais que vous\n m’aidiez à   déléguer "}, kT0);
    CHECK(s.content.request == "J’aimerais que vous m’aidiez à déléguer");
    s = apply(s, cmd::JumpTo{1}, kT0);
    WallModel m = wall_model(s, kT0, 0);
    CHECK(m.board.kind == Board::request);
    CHECK(m.board.title == "La demande de Chloé\u202F:");
    CHECK(m.board.text == "\u00AB\u202FJ’aimerais que vous m’aidiez à déléguer\u202F\u00BB");
    s = apply(s, cmd::SetContract{"M’aider à déléguer sans tout reprendre"}, kT0);
    m = wall_model(s, kT0, 0);
    CHECK(m.board.title == "Le contrat de Chloé\u202F:");
    CHECK(m.posture.text == "Chloé écoute, dos tourné");
    CHECK(m.client_activity.empty());
    CHECK(reduce(s, cmd::SetRequest{std::string(kMaxRequestChars + 1, 'x')}, kT0).why == Why::text_too_long);
    CHECK(reduce(s, cmd::SetRequest{std::string(kMaxRequestChars, 'x')}, kT0).why == Why::ok);
    CHECK(reduce(s, cmd::SetRequest{"a\x07"}, kT0).why == Why::bad_text);
}

TEST_CASE("content: the plan is written item by item during the synthesis and shown then") {
    Session s = apply(codev(), cmd::JumpTo{2}, kT0);
    CHECK(wall_model(s, kT0, 0).board.note == "Pas encore d’action notée");
    s = apply(s, cmd::AddPlanItem{"Choisir deux dossiers à confier"}, kT0);
    s = apply(s, cmd::AddPlanItem{"En parler à Paul lundi"}, kT0);
    s = apply(s, cmd::EditPlanItem{0, "Choisir trois dossiers à confier"}, kT0);
    CHECK(wall_model(s, kT0, 0).board.items == std::vector<std::string>{"Choisir trois dossiers à confier", "En parler à Paul lundi"});
    s = apply(s, cmd::EditPlanItem{1, ""}, kT0);
    CHECK(s.content.plan.size() == 1);
    CHECK(reduce(s, cmd::EditPlanItem{4, "x"}, kT0).why == Why::no_such_item);
    CHECK(reduce(s, cmd::AddPlanItem{"  "}, kT0).why == Why::empty_text);
    for (int i = 0; i < 9; ++i) s = apply(s, cmd::AddPlanItem{"Action " + std::to_string(i)}, kT0);
    CHECK(reduce(s, cmd::AddPlanItem{"Une de trop"}, kT0).why == Why::too_many_items);
}

TEST_CASE("content: the request, contract and plan survive every other command and a restart") {
    Session s = codev();
    s = apply(s, cmd::SetRequest{"Demande"}, kT0);
    s = apply(s, cmd::SetContract{"Contrat"}, kT0);
    s = apply(s, cmd::AddPlanItem{"Action"}, kT0);
    const Content before = s.content;
    int64_t t = kT0;
    const Command others[] = {cmd::StartPause{}, cmd::Next{}, cmd::Next{}, cmd::Pass{}, cmd::RotateOrder{},
                              cmd::AddTime{kMin}, cmd::ToggleBlank{}, cmd::ToggleBlank{}, cmd::ChangeClient{1},
                              cmd::AddParticipant{"Zoé", kNobody}, cmd::ParticipantLeft{3}, cmd::Rename{0, "Amélie D."},
                              cmd::OneMoreRound{}, cmd::ToggleLang{}, cmd::Previous{}, cmd::JumpTo{3}, cmd::RequestReset{},
                              cmd::Confirm{}};
    for (const Command& c : others) {
        s = reduce(s, c, t += 5 * kSec).session;
        CHECK(s.content == before);
        const Parsed<SavedState> back = parse_state(state_to_json(s, t), "state.json");
        REQUIRE_MESSAGE(back.ok(), c.index() << ": " << back.error.message());
        CHECK(back.value->session.content == before);
    }
}

TEST_CASE("content: forgetting erases every text said, keeps times and names, and says so to the store") {
    Session s = apply(codev(), cmd::SetRequest{"Demande"}, kT0);
    s = apply(apply(s, cmd::AddPlanItem{"Action"}, kT0), cmd::StartPause{}, kT0);
    s.follow_up = {"Benoît", {"Ancienne action"}};
    s.group.history.push_back(past("2026-01-01", "test", "Benoît", {"Ancienne action"}));
    const Outcome out = reduce(s, cmd::ForgetContent{}, kT0 + kMin);
    CHECK(out.scrub);
    CHECK(out.session.content.empty());
    CHECK(out.session.follow_up.plan.empty());
    CHECK(out.session.follow_up.client == "Benoît");
    CHECK(out.session.group.history.back().plan.empty());
    CHECK(elapsed(current_record(out.session).timer, kT0 + kMin) == kMin);
    CHECK(reduce(out.session, cmd::ForgetContent{}, kT0).why == Why::nothing_to_forget);
}

TEST_CASE("content: with the setting, the summary erases the request and contract, and keeps the plan for the follow-up") {
    Session s = apply(codev(), cmd::SetRules{2000, true, true}, kT0);
    s = apply(apply(apply(s, cmd::SetRequest{"Demande"}, kT0), cmd::SetContract{"Contrat"}, kT0), cmd::AddPlanItem{"Action"}, kT0);
    const Outcome out = reduce(apply(s, cmd::JumpTo{3}, kT0), cmd::Next{}, kT0 + kMin);
    REQUIRE(out.session.finished);
    CHECK(out.scrub);
    CHECK(out.session.content.request.empty());
    CHECK(out.session.content.contract.empty());
    CHECK(out.session.group.history.back().plan == std::vector<std::string>{"Action"});
    CHECK_FALSE(find_violation(out.session));
    Session no_plan = apply(s, cmd::SetRules{2000, true, false}, kT0);
    const Outcome gone = reduce(apply(no_plan, cmd::JumpTo{3}, kT0), cmd::Next{}, kT0 + kMin);
    CHECK(gone.session.content.plan.empty());
    CHECK(gone.session.group.history.back().plan.empty());
}

TEST_CASE("content: the opening of the next atelier shows the previous client's plan") {
    Session s = codev();
    s.method.steps[0].board = Board::follow_up;
    s.follow_up = {"Benoît", {"Déléguer deux dossiers", "Revoir le planning"}};
    const WallModel m = wall_model(s, kT0, 0);
    CHECK(m.board.kind == Board::follow_up);
    CHECK(m.board.title == "Retour de Benoît sur son plan d’action");
    CHECK(m.board.items.size() == 2);
}

TEST_CASE("content: forgetting and keeping the plans erases the requests and contracts, and the next opening still reads the plan") {
    Session s = apply(apply(codev(), cmd::SetRequest{"Demande"}, kT0), cmd::SetContract{"Contrat"}, kT0);
    s = apply(s, cmd::AddPlanItem{"Action"}, kT0);
    s.follow_up = {"Benoît", {"Ancienne action"}};
    s.group.history.push_back(past("2026-01-01", "test", "Benoît", {"Ancienne action"}));
    s.group.history.back().request = "Ancienne demande";
    const Outcome out = reduce(s, cmd::ForgetContent{true}, kT0 + kMin);
    CHECK(out.scrub);
    CHECK(out.session.content.request.empty());
    CHECK(out.session.content.contract.empty());
    CHECK(out.session.content.plan == std::vector<std::string>{"Action"});
    CHECK(out.session.group.history.back().request.empty());
    CHECK(out.session.group.history.back().plan == std::vector<std::string>{"Ancienne action"});
    CHECK(out.session.follow_up.plan == std::vector<std::string>{"Ancienne action"});
    CHECK_FALSE(find_violation(out.session));
}

TEST_CASE("content: the series' first atelier opens with a round of welcome, not with a previous client who does not exist") {
    Session s = codev();
    s.method.steps[0].board = Board::follow_up;
    REQUIRE(s.follow_up.client.empty());
    const WallModel m = wall_model(s, kT0, 0);
    CHECK(m.step_name == tr(Lang::fr, Word::opening_first_name));
    CHECK(m.instruction == tr(Lang::fr, Word::opening_first_instruction));
    CHECK(m.instruction.find("précédent") == std::string::npos);
    s.follow_up = {"Benoît", {"Déléguer deux dossiers"}};
    CHECK(wall_model(s, kT0, 0).step_name == s.method.steps[0].name.in(Lang::fr));
}
