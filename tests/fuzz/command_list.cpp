// One command of each alternative for a session (the state target), and
// commands written out for the traps' messages.
#include <climits>
#include <cstdio>
#include <set>

#include "command_draw.hpp"
#include "fuzz_support.hpp"

namespace atelier::fuzz {

namespace {

const char* const kNames[] = {
    "Next",           "Previous",       "StartPause",      "ToggleBlank",     "AddTime",       "Pass",
    "JumpTo",         "GiveFloor",      "RotateOrder",     "ShuffleOrder",    "MoveInOrder",   "OneMoreRound",
    "SetStepMinutes", "AddParticipant", "ParticipantLeft", "ParticipantBack", "Rename",        "ChangeClient",
    "SetRequest",     "SetContract",    "AddPlanItem",     "EditPlanItem",    "ForgetContent", "SetLang",
    "ToggleLang",     "SetRules",       "NewAtelier",      "Restore",         "RequestQuit",   "RequestReset",
    "Confirm",        "Cancel",         "StartBreak",      "EndBreak",        "SetMessage"};
static_assert(std::size(kNames) == std::variant_size_v<Command>);

// Text in C-like quotes, every byte outside printable ASCII as \xNN, so that
// the message can be pasted into a regression test.
std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (unsigned char c : text) {
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
            out += static_cast<char>(c);
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", c);
            out += buf;
        }
    }
    return out + "\"";
}

std::string list(const std::vector<std::string>& items) {
    std::string out = "{";
    for (const std::string& item : items) out += (out.size() > 1 ? ", " : "") + quoted(item);
    return out + "}";
}

std::string arguments(const Command& command) {
    using std::to_string;
    return std::visit(
        [](const auto& c) -> std::string {
            using C = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<C, cmd::AddTime>)
                return "ms=" + to_string(c.ms);
            else if constexpr (std::is_same_v<C, cmd::JumpTo>)
                return "step=" + to_string(c.step);
            else if constexpr (std::is_same_v<C, cmd::GiveFloor> || std::is_same_v<C, cmd::ParticipantLeft> ||
                               std::is_same_v<C, cmd::ParticipantBack> || std::is_same_v<C, cmd::ChangeClient>)
                return "participant=" + to_string(c.participant);
            else if constexpr (std::is_same_v<C, cmd::ShuffleOrder>)
                return "seed=" + to_string(c.seed);
            else if constexpr (std::is_same_v<C, cmd::MoveInOrder>)
                return "who=" + to_string(c.who) + ", to=" + to_string(c.to);
            else if constexpr (std::is_same_v<C, cmd::SetStepMinutes>)
                return "step=" + to_string(c.step) + ", minutes=" + to_string(c.minutes);
            else if constexpr (std::is_same_v<C, cmd::AddParticipant>)
                return "name=" + quoted(c.name) + ", after=" + to_string(c.after);
            else if constexpr (std::is_same_v<C, cmd::Rename>)
                return "who=" + to_string(c.who) + ", name=" + quoted(c.name);
            else if constexpr (std::is_same_v<C, cmd::SetRequest> || std::is_same_v<C, cmd::SetContract> ||
                               std::is_same_v<C, cmd::AddPlanItem>)
                return "text=" + quoted(c.text);
            else if constexpr (std::is_same_v<C, cmd::EditPlanItem>)
                return "index=" + to_string(c.index) + ", text=" + quoted(c.text);
            else if constexpr (std::is_same_v<C, cmd::SetLang>)
                return std::string("lang=") + lang_code(c.lang);
            else if constexpr (std::is_same_v<C, cmd::SetRules>)
                return "step_guard_ms=" + to_string(c.step_guard_ms) + ", forget=" + to_string(c.forget_when_finished) +
                       ", keep_plan=" + to_string(c.keep_plan);
            else if constexpr (std::is_same_v<C, cmd::NewAtelier>) {
                std::string m = "steps=[";
                for (const Step& s : c.method.steps)
                    m += "{" + quoted(s.id) + " " + to_string(s.planned_ms) + "ms " + to_string(static_cast<int>(s.speaking)) +
                         " rounds=" + to_string(s.rounds) + " w=" + to_string(s.warning_ms) + " d=" + to_string(s.danger_ms) +
                         "}";
                return "participants=" + list(c.group.participants) + ", facilitator=" + quoted(c.group.facilitator) +
                       ", series_size=" + to_string(c.group.series_size) + ", history=" + to_string(c.group.history.size()) +
                       ", method=" + quoted(c.method.id) + " total=" + to_string(c.method.total_minutes) +
                       " margin=" + to_string(c.method.margin_minutes) + " " + m + "], client=" + to_string(c.client) +
                       ", name=" + quoted(c.atelier_name) + ", continues_series=" + to_string(c.continues_series) +
                       ", replace=" + to_string(c.replace);
            } else if constexpr (std::is_same_v<C, cmd::ForgetContent>)
                return "keep_plan=" + to_string(c.keep_plan);
            else if constexpr (std::is_same_v<C, cmd::StartBreak>)
                return "until=" + to_string(c.until);
            else if constexpr (std::is_same_v<C, cmd::SetMessage>)
                return "text=" + quoted(c.text);
            else if constexpr (std::is_same_v<C, cmd::Restore>)
                return "step=" + to_string(c.session.step) + ", atelier_id=" + quoted(c.session.atelier_id);
            else
                return "";
        },
        command);
}

}  // namespace

std::string describe(const Command& command) { return std::string(kNames[command.index()]) + "{" + arguments(command) + "}"; }

std::vector<Command> every_command(const Session& s, const ConfigSet& config) {
    const int steps = static_cast<int>(s.method.steps.size()), people = static_cast<int>(s.group.participants.size());
    const int plan = static_cast<int>(s.content.plan.size());
    std::vector<Command> out = {
        cmd::Next{},        cmd::Previous{},     cmd::StartPause{},    cmd::ToggleBlank{},     cmd::Pass{},
        cmd::RotateOrder{}, cmd::OneMoreRound{}, cmd::ForgetContent{false}, cmd::ForgetContent{true}, cmd::SetLang{Lang::fr},
        cmd::SetLang{Lang::en},
        cmd::ToggleLang{},  cmd::RequestQuit{},  cmd::RequestReset{},  cmd::Confirm{},         cmd::Cancel{}};
    for (int64_t ms : {int64_t{60'000}, int64_t{-60'000}, int64_t{-36'000'001}, int64_t{36'000'000}, INT64_MIN, INT64_MAX})
        out.push_back(cmd::AddTime{ms});
    for (int step : {INT_MIN, -1, 0, s.step - 1, s.step, s.step + 1, steps - 1, steps}) {
        out.push_back(cmd::JumpTo{step});
        out.push_back(cmd::SetStepMinutes{step, 1});
    }
    for (int minutes : {INT_MIN, -1, 0, 600, 601}) out.push_back(cmd::SetStepMinutes{s.step, minutes});
    for (uint32_t seed : {0u, 1u, 0xFFFFFFFFu}) out.push_back(cmd::ShuffleOrder{seed});
    const std::string first = people > 0 ? s.group.participants[0] : "";
    // The people commands can tell apart: nobody, the facilitator, the first
    // two seats, the client, the speaker, who left, the last seat, one past it.
    std::set<Speaker> whom = {kNobody, kFacilitator, 0, 1, s.client, current_speaker(s).value_or(0), people - 1, people};
    whom.insert(s.left.begin(), s.left.end());
    for (Speaker who : whom) {
        out.push_back(cmd::GiveFloor{who});
        out.push_back(cmd::ParticipantLeft{who});
        out.push_back(cmd::ParticipantBack{who});
        out.push_back(cmd::ChangeClient{who});
        out.push_back(cmd::Rename{who, who == 1 ? first : "Nouveau nom " + std::to_string(who)});
        for (int to : {1, people - 1}) out.push_back(cmd::MoveInOrder{who, to});
    }
    for (int to : {INT_MIN, 0, people, INT_MAX}) out.push_back(cmd::MoveInOrder{people - 1, to});
    for (Speaker after : {kNobody, kFacilitator, 0, people - 1}) out.push_back(cmd::AddParticipant{"Nouvelle venue", after});
    for (const std::string& name : {first, std::string(""), std::string("\x01"), std::string(61, 'x')})
        out.push_back(cmd::AddParticipant{name, kNobody});
    for (const std::string& text : {std::string("Une demande"), std::string(""), std::string(241, 'a'), std::string("\xC3")}) {
        out.push_back(cmd::SetRequest{text});
        out.push_back(cmd::SetContract{text});
        out.push_back(cmd::AddPlanItem{text});
        for (int item : {-1, 0, plan - 1, plan}) out.push_back(cmd::EditPlanItem{item, text});
    }
    for (int64_t guard : {int64_t{-5}, int64_t{0}, int64_t{2'000}, int64_t{10'001}})
        out.push_back(cmd::SetRules{guard, guard == 0, guard != 2'000});
    const Group sample = config.sample_group.group;
    out.push_back(cmd::NewAtelier{s.group, s.method, s.client, s.atelier_name, s.lang});
    out.push_back(cmd::NewAtelier{sample, config.methods.front(), 0, "Atelier 4", Lang::en});
    out.push_back(cmd::NewAtelier{Group{}, s.method, 0, "", Lang::fr});
    out.push_back(cmd::NewAtelier{sample, Method{}, 0, "", Lang::fr});
    // The next atelier of this group, with the suggested client, replacing or not one under way; another group's series.
    for (bool replace : {false, true}) {
        cmd::NewAtelier next{s.group, s.method, -1, s.atelier_name, s.lang};
        next.replace = replace;
        out.push_back(next);
        cmd::NewAtelier other{sample, config.methods.front(), -1, "Autre", Lang::fr};
        other.continues_series = false;
        other.replace = replace;
        out.push_back(other);
    }
    // The room: a break from the past to past its limit, ended twice; a message set, refused, cleared.
    for (int64_t until : {int64_t{0}, s.step_changed_at, s.step_changed_at + 15 * 60'000, s.step_changed_at + 13 * 3'600'000, INT64_MAX})
        out.push_back(cmd::StartBreak{until});
    out.push_back(cmd::EndBreak{});
    out.push_back(cmd::EndBreak{});
    for (const std::string& text : {std::string("Retour dans 5 minutes"), std::string(""), std::string(121, 'm'), std::string("\x01")})
        out.push_back(cmd::SetMessage{text});
    out.push_back(cmd::Restore{s});
    Session broken = s;
    broken.step = -1;
    out.push_back(cmd::Restore{broken});
    std::vector<bool> seen(std::variant_size_v<Command>);
    for (const Command& c : out) seen[c.index()] = true;
    for (size_t i = 0; i < seen.size(); ++i)
        if (!seen[i]) fail("every_command lists no %s", kNames[i]);
    return out;
}

}  // namespace atelier::fuzz
