#include "core/json_fields.hpp"  // first: see json_fields.hpp

#include "core/send_protocol.hpp"

#include <sstream>

#include "core/catalog.hpp"
#include "core/i18n.hpp"
#include "core/text.hpp"

namespace atelier {
namespace {

std::string joined(const std::vector<std::string>& args, size_t from) {
    std::string out;
    for (size_t i = from; i < args.size(); ++i) out += (i > from ? " " : "") + args[i];
    return out;
}

SendError usage(Lang lang, const SendVerb& verb) {
    const std::string call = std::string("atelier send ") + verb.name + (verb.args[0] ? std::string(" ") + verb.args : "");
    return {fill(lang, translate(lang, NC_("request", "usage: {}")), call)};
}

SendError not_found(Lang lang, const std::string& name) {
    return {std::string(tr(lang, Why::no_such_participant)) + colon(lang) + " " + name};
}

// A participant by name (exact, any case, or a unique beginning) or by seat number.
std::optional<int> person(const Session& s, const std::string& name) {
    if (auto found = find_participant(s.group, name)) return found;
    if (!name.empty() && name.size() <= 2 && name.find_first_not_of("0123456789") == std::string::npos) {
        const int seat = std::stoi(name);
        if (seat >= 1 && seat <= static_cast<int>(s.group.participants.size())) return seat - 1;
    }
    return std::nullopt;
}

std::optional<int> whole_number(const std::string& text) {
    if (text.empty() || text.size() > 6 || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    return std::stoi(text);
}

}  // namespace

const std::vector<SendVerb>& send_verbs() {
    static const std::vector<SendVerb> verbs = {
        {"next", "", "next speaker, new round or next step (as the clicker's Next)"},
        {"previous", "", "back one speaker, then one step"},
        {"toggle-timer", "", "start, pause or resume the step's timer"},
        {"blank", "", "blank the wall or bring it back"},
        {"add-minute", "", "one more minute for this step"},
        {"remove-minute", "", "one minute less for this step"},
        {"pass", "", "the current speaker passes"},
        {"give-floor", "NAME", "NAME speaks now (open floor, or still to speak in this round)"},
        {"goto-step", "N", "go to the step the wall numbers N"},
        {"one-more-round", "", "the round step adds one more round"},
        {"rotate", "", "rotate who is still to speak"},
        {"shuffle", "", "shuffle who is still to speak"},
        {"set-minutes", "N MINUTES", "the step numbered N lasts MINUTES"},
        {"set-client", "NAME", "NAME becomes the client"},
        {"add-participant", "NAME [--after NAME]", "a late arrival joins (at the end of this round, or after NAME)"},
        {"participant-left", "NAME", "NAME left: skipped from now on, their time kept"},
        {"participant-back", "NAME", "NAME is back"},
        {"rename", "OLD NEW", "correct a name (use quotes around names with spaces)"},
        {"set-request", "TEXT", "the client's request"},
        {"set-contract", "TEXT", "the request as agreed at the contract step"},
        {"add-plan-item", "TEXT", "one more action in the client's plan"},
        {"edit-plan-item", "N TEXT", "replace action N (1-based); an empty TEXT removes it"},
        {"forget-content", "[--keep-plan]", "erase the requests, contracts and plans from this machine (times and names stay)"},
        {"new-atelier", "CLIENT [--method ID] [--replace]", "the group's next atelier with CLIENT (\"next\": the one not yet client)"},
        {"language", "ID", "the wall's language: fr, en, de, es, nl (qps: the pseudo-language)"},
        {"break", "HH:MM|MINUTES", "a break until a time of day (or for MINUTES): the wall counts down, the step's timer is held"},
        {"end-break", "", "end the break (Next or Start end it too)"},
        {"message", "TEXT", "a short message to the room on the wall"},
        {"clear-message", "", "take the message off the wall"},
        {"status", "", "print what the wall shows now"},
        {"remote", "", "the remote service: url, PIN, viewer link, API key"},
        {"show-console", "", "bring the facilitator's console to the front"},
    };
    return verbs;
}

std::string encode_request(const std::vector<std::string>& args) {
    std::ostringstream out;
    {
        cereal::JSONOutputArchive ar(out, cereal::JSONOutputArchive::Options::NoIndent());
        ar(cereal::make_nvp("send", args));
    }
    std::string line = out.str();
    for (char& c : line)
        if (c == '\n') c = ' ';
    return line + "\n";
}

Parsed<std::vector<std::string>> decode_request(const std::string& line) {
    Parsed<std::vector<std::string>> out;
    if (line.size() > kMaxRequestBytes) {
        out.error = {"request", "(request)", "over " + std::to_string(kMaxRequestBytes) + " bytes", ErrorKind::unreadable};
        return out;
    }
    out = json::parse_file<std::vector<std::string>>(line, "request", [](cereal::JSONInputArchive& ar) {
        std::vector<std::string> args;
        json::field(ar, "send", args);
        if (args.empty()) throw json::FieldError("send", "no command");
        if (args.size() > limits::kRequestArgs)
            throw json::FieldError("send", "more than " + std::to_string(limits::kRequestArgs) + " arguments");
        for (size_t i = 0; i < args.size(); ++i)
            if (!is_valid_utf8(args[i])) throw json::FieldError("send[" + std::to_string(i) + "]", "not UTF-8");
        return args;
    });
    return out;
}

std::optional<int64_t> break_end(const std::string& text, const SendClock& clock) {
    if (const auto minutes = whole_number(text)) {
        if (text.size() > 3 || *minutes < 1) return std::nullopt;
        return clock.now + int64_t{*minutes} * 60'000;
    }
    const auto sep = text.find_first_of(":hH");
    if (sep == std::string::npos || sep == 0 || sep > 2 || text.size() != sep + 3) return std::nullopt;
    const auto hours = whole_number(text.substr(0, sep)), minutes = whole_number(text.substr(sep + 1));
    if (!hours || !minutes || *hours > 23 || *minutes > 59) return std::nullopt;
    constexpr int64_t kDay = 86'400'000;
    const int64_t offset = clock.local.at(clock.now);
    const int64_t local_now = clock.now + offset;
    const int64_t midnight = local_now - ((local_now % kDay) + kDay) % kDay;
    int64_t until = midnight + (int64_t{*hours} * 60 + *minutes) * 60'000;
    if (until <= local_now) until += kDay;  // the next 10:15 to come
    return until - offset;
}

SendAction resolve_request(const std::vector<std::string>& args, const Session& s, const ConfigSet& config, uint32_t seed,
                           const SendClock& clock, std::optional<Lang> answer_in) {
    const Lang L = answer_in.value_or(s.lang);
    if (args.empty()) return SendError{translate(L, NC_("request", "no command (atelier send --list)"))};
    const std::string& name = args[0];
    const SendVerb* verb = nullptr;
    for (const SendVerb& v : send_verbs())
        if (name == v.name) verb = &v;
    if (!verb) return SendError{fill(L, translate(L, NC_("request", "unknown command \"{}\" (atelier send --list)")), json::shown(name))};
    const size_t n = args.size() - 1;
    auto exactly = [&](size_t count) { return n == count; };

    if (name == "next" && exactly(0)) return cmd::Next{};
    if (name == "previous" && exactly(0)) return cmd::Previous{};
    if (name == "toggle-timer" && exactly(0)) return cmd::StartPause{};
    if (name == "blank" && exactly(0)) return cmd::ToggleBlank{};
    if (name == "add-minute" && exactly(0)) return cmd::AddTime{60'000};
    if (name == "remove-minute" && exactly(0)) return cmd::AddTime{-60'000};
    if (name == "pass" && exactly(0)) return cmd::Pass{};
    if (name == "one-more-round" && exactly(0)) return cmd::OneMoreRound{};
    if (name == "rotate" && exactly(0)) return cmd::RotateOrder{};
    if (name == "shuffle" && exactly(0)) return cmd::ShuffleOrder{seed};
    if (name == "forget-content" && exactly(0)) return cmd::ForgetContent{false};
    if (name == "forget-content" && exactly(1) && args[1] == "--keep-plan") return cmd::ForgetContent{true};
    if (name == "new-atelier" && n >= 1) {
        // The group on the wall carries on its series: the same people, the same name, the next atelier.
        cmd::NewAtelier c;
        c.group = s.group;
        const Method* same = find_method(config, s.method.id);  // the method as configured, not this atelier's minutes
        c.method = same ? *same : s.method;
        c.atelier_name = s.atelier_name;
        c.lang = s.lang;
        c.continues_series = true;
        for (size_t i = 2; i < args.size(); ++i) {
            if (args[i] == "--replace") {
                c.replace = true;
            } else if (args[i] == "--method" && i + 1 < args.size()) {
                const Method* method = find_method(config, args[++i]);
                if (!method) {
                    std::string ids;
                    for (const Method& m : config.methods) ids += (ids.empty() ? "" : ", ") + m.id;
                    return SendError{fill(L, translate(L, NC_("request", "no method \"{}\" ({})")), json::shown(args[i]), ids)};
                }
                c.method = *method;
            } else {
                return usage(L, *verb);
            }
        }
        if (args[1] != "next") {
            const auto who = person(s, args[1]);
            if (!who) return not_found(L, args[1]);
            c.client = *who;
        }
        return c;
    }
    if (name == "status" && exactly(0)) return StatusQuery{};
    if (name == "remote" && exactly(0)) return RemoteQuery{};
    if (name == "break" && exactly(1)) {
        const auto until = break_end(args[1], clock);
        if (!until) return usage(L, *verb);
        return cmd::StartBreak{*until};
    }
    if (name == "end-break" && exactly(0)) return cmd::EndBreak{};
    if (name == "message" && n >= 1) return cmd::SetMessage{joined(args, 1)};
    if (name == "clear-message" && exactly(0)) return cmd::SetMessage{""};
    if (name == "show-console" && exactly(0)) return ShowConsole{};
    if (name == "goto-step" && exactly(1)) {
        const int step = step_numbered(s.method, args[1]);
        if (step < 0) return SendError{std::string(tr(L, Why::no_such_step)) + colon(L) + " " + args[1]};
        return cmd::JumpTo{step};
    }
    if (name == "set-minutes" && exactly(2)) {
        const int step = step_numbered(s.method, args[1]);
        const auto minutes = whole_number(args[2]);
        if (step < 0) return SendError{std::string(tr(L, Why::no_such_step)) + colon(L) + " " + args[1]};
        if (!minutes) return usage(L, *verb);
        return cmd::SetStepMinutes{step, *minutes};
    }
    if (name == "language" && exactly(1)) {
        if (const auto lang = lang_from_id(args[1])) return cmd::SetLang{*lang};
        return SendError{fill(L, translate(L, NC_("request", "unknown language \"{}\" ({})")), json::shown(args[1]), lang_ids_list())};
    }
    if ((name == "give-floor" || name == "set-client" || name == "participant-left" || name == "participant-back") && exactly(1)) {
        const auto who = person(s, args[1]);
        if (!who) return not_found(L, args[1]);
        if (name == "give-floor") return cmd::GiveFloor{*who};
        if (name == "set-client") return cmd::ChangeClient{*who};
        if (name == "participant-left") return cmd::ParticipantLeft{*who};
        return cmd::ParticipantBack{*who};
    }
    if (name == "add-participant" && n >= 1) {
        if (n == 3 && args[2] == "--after") {
            const auto after = person(s, args[3]);
            if (!after) return not_found(L, args[3]);
            return cmd::AddParticipant{args[1], *after};
        }
        if (n == 1) return cmd::AddParticipant{args[1], kNobody};
        return usage(L, *verb);
    }
    if (name == "rename" && exactly(2)) {
        if (!s.group.facilitator.empty() && args[1] == s.group.facilitator) return cmd::Rename{kFacilitator, args[2]};
        const auto who = person(s, args[1]);
        if (!who) return not_found(L, args[1]);
        return cmd::Rename{*who, args[2]};
    }
    if (name == "set-request" && n >= 1) return cmd::SetRequest{joined(args, 1)};
    if (name == "set-contract" && n >= 1) return cmd::SetContract{joined(args, 1)};
    if (name == "add-plan-item" && n >= 1) return cmd::AddPlanItem{joined(args, 1)};
    if (name == "edit-plan-item" && n >= 1) {
        const auto index = whole_number(args[1]);
        if (!index || *index < 1) return usage(L, *verb);
        return cmd::EditPlanItem{*index - 1, joined(args, 2)};
    }
    return usage(L, *verb);
}

std::string encode_reply(const Reply& reply) {
    switch (reply.kind) {
        case ReplyKind::ok: return reply.text.empty() ? "ok\n" : "ok\n" + reply.text + (reply.text.back() == '\n' ? "" : "\n");
        case ReplyKind::refused: return "refused: " + reply.text + "\n";
        case ReplyKind::error: return "error: " + reply.text + "\n";
    }
    return "error: unknown reply\n";
}

Reply decode_reply(const std::string& text) {
    const auto eol = text.find('\n');
    const std::string first = text.substr(0, eol);
    const std::string rest = eol == std::string::npos ? "" : text.substr(eol + 1);
    if (first == "ok") return {ReplyKind::ok, rest};
    if (first.rfind("refused: ", 0) == 0) return {ReplyKind::refused, first.substr(9)};
    if (first.rfind("error: ", 0) == 0) return {ReplyKind::error, first.substr(7)};
    return {ReplyKind::error, "unreadable reply from the atelier"};
}

}  // namespace atelier
