#include "command_draw.hpp"

#include <climits>

#include "core/invariant.hpp"

namespace atelier::fuzz {

namespace {

constexpr int64_t kMin = 60'000, kMaxStepMs = 600 * kMin;

// What text in the room is made of, and what tidy_text must catch: controls
// (C0, DEL, C1, U+2028), NUL, truncated, overlong and surrogate UTF-8.
const std::string kPieces[] = {"a",
                               "Zoé",
                               " ",
                               "  ",
                               "\t",
                               "\n",
                               "\r",
                               "é",
                               "Œ",
                               "\u202F",
                               "\u2028",
                               "\x7F",
                               "\xC2\x85",
                               "\xC3",
                               "\xE2\x82",
                               "\xF0\x9F\x98\x80",
                               "\xED\xA0\x80",
                               "\xC0\xAF",
                               "|",
                               ",",
                               "\"",
                               "\\",
                               "«",
                               "-",
                               "1",
                               std::string("\0", 1),
                               "Amélie Durand",
                               "--after"};
// Lengths at and around the limits of names (60), plan items (140) and requests (240).
const int kLengths[] = {0, 1, 59, 60, 61, 139, 140, 141, 239, 240, 241, 500};

template <class T, size_t N>
const T& pick(FuzzedDataProvider& in, const T (&options)[N]) {
    return options[in.ConsumeIntegralInRange<size_t>(0, N - 1)];
}

std::string some_name(FuzzedDataProvider& in, const Session& s) {
    const auto& p = s.group.participants;
    switch (in.ConsumeIntegralInRange(0, 3)) {
        case 0: return s.group.facilitator;
        case 1: return s.follow_up.client;
        default: return p.empty() ? "" : p[in.ConsumeIntegralInRange<size_t>(0, p.size() - 1)];
    }
}

std::string changed_a_little(FuzzedDataProvider& in, std::string text) {
    switch (in.ConsumeIntegralInRange(0, 5)) {
        case 0: return text;
        case 1: return " " + text + "  ";
        case 2: return text.substr(0, in.ConsumeIntegralInRange<size_t>(0, text.size()));
        case 3:
            for (char& c : text) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c >= 'A' && c <= 'Z' ? c + 32 : c);
            return text;
        case 4: return text + pick(in, kPieces);
        default: return pick(in, kPieces) + text;
    }
}

// Text the reducer stores without checking it (the atelier's name, a step's
// label, a series date) as every source gives it: JSON read by cereal, an
// ImGui field and a command line all end a text at its first NUL.
std::string c_string(std::string text) { return text.substr(0, text.find('\0')); }

int64_t draw_ms(FuzzedDataProvider& in) {
    const int64_t options[] = {0,
                               1,
                               -1,
                               kMin,
                               -kMin,
                               kMaxStepMs,
                               kMaxStepMs + 1,
                               -kMaxStepMs,
                               -kMaxStepMs - 1,
                               INT64_MIN,
                               INT64_MAX,
                               kMaxDurationMs,
                               kMaxClockMs};
    if (in.ConsumeBool()) return pick(in, options);
    return in.ConsumeIntegralInRange<int64_t>(-2 * kMaxStepMs, 2 * kMaxStepMs);
}

}  // namespace

int draw_index(FuzzedDataProvider& in, size_t size) {
    const int n = static_cast<int>(size);
    switch (in.ConsumeIntegralInRange(0, 7)) {
        case 6: {
            const int options[] = {INT_MIN, INT_MAX, -1, n, n + 1};
            return pick(in, options);
        }
        case 7: return in.ConsumeIntegral<int>();
        default: return in.ConsumeIntegralInRange(-2, n + 1);
    }
}

Speaker draw_speaker(FuzzedDataProvider& in, const Session& s) {
    switch (in.ConsumeIntegralInRange(0, 5)) {
        case 0: return kFacilitator;
        case 1: return kNobody;
        default: return draw_index(in, s.group.participants.size());
    }
}

std::string draw_text(FuzzedDataProvider& in, const Session& s) {
    switch (in.ConsumeIntegralInRange(0, 6)) {
        case 0: return in.ConsumeRandomLengthString(300);
        case 1:
        case 2: return changed_a_little(in, some_name(in, s));
        case 3: {
            std::string out;
            for (int k = in.ConsumeIntegralInRange(0, 12); k > 0; --k) out += pick(in, kPieces);
            return out;
        }
        case 4: {
            const std::string unit = pick(in, kPieces);
            std::string out;
            for (int k = pick(in, kLengths); k > 0; --k) out += unit;
            return changed_a_little(in, out);
        }
        case 5: {
            const auto& plan = s.content.plan;
            if (!plan.empty()) return changed_a_little(in, plan[in.ConsumeIntegralInRange<size_t>(0, plan.size() - 1)]);
            return changed_a_little(in, s.content.request);
        }
        default: return "";
    }
}

Group draw_group(FuzzedDataProvider& in, const Session& s, const ConfigSet& config) {
    Group g = in.ConsumeBool() ? s.group : config.sample_group.group;
    for (int k = in.ConsumeIntegralInRange(0, 4); k > 0; --k) {
        auto& p = g.participants;
        const size_t at = p.empty() ? 0 : in.ConsumeIntegralInRange<size_t>(0, p.size() - 1);
        switch (in.ConsumeIntegralInRange(0, 9)) {
            case 0: p.push_back(draw_text(in, s)); break;
            case 1:
                if (!p.empty()) p.erase(p.begin() + static_cast<long>(at));
                break;
            case 2:
                if (!p.empty()) p[at] = draw_text(in, s);
                break;
            case 3: g.facilitator = in.ConsumeBool() ? "" : draw_text(in, s); break;
            case 4: {
                const int options[] = {0, 1, kDefaultSeriesSize, kMaxSeriesSize, kMaxSeriesSize + 1, -1};
                g.series_size = in.ConsumeBool() ? pick(in, options) : in.ConsumeIntegral<int>();
                break;
            }
            case 5: {
                PastAtelier past;
                past.date = in.ConsumeBool() ? "2026-01-13" : c_string(draw_text(in, s));
                past.id = in.ConsumeBool() ? next_atelier_id(g, past.date) : c_string(draw_text(in, s));
                past.method_id = c_string(draw_text(in, s));
                past.client = in.ConsumeBool() && !p.empty() ? p[at] : draw_text(in, s);
                if (in.ConsumeBool()) past.request = draw_text(in, s);
                for (int i = in.ConsumeIntegralInRange(0, 11); i > 0; --i) past.plan.push_back(draw_text(in, s));
                g.history.push_back(past);
                break;
            }
            case 6: g.history.clear(); break;
            case 7: g.name = draw_text(in, s); break;
            case 8:
                if (!p.empty()) p.push_back(p[at]);
                break;
            default:
                for (int i = 0; i < kMaxParticipants + 1; ++i) p.push_back("P" + std::to_string(i));
        }
    }
    return g;
}

Method draw_method(FuzzedDataProvider& in, const Session& s, const ConfigSet& config) {
    Method m = s.method;
    if (in.ConsumeBool() && !config.methods.empty())
        m = config.methods[in.ConsumeIntegralInRange<size_t>(0, config.methods.size() - 1)];
    for (int k = in.ConsumeIntegralInRange(0, 4); k > 0; --k) {
        auto& steps = m.steps;
        Step* step = steps.empty() ? nullptr : &steps[in.ConsumeIntegralInRange<size_t>(0, steps.size() - 1)];
        switch (in.ConsumeIntegralInRange(0, 10)) {
            case 0:
                if (step) steps.erase(steps.begin() + (step - steps.data()));
                break;
            case 1:
                if (step) steps.push_back(*step);
                break;
            case 2:
                if (step) step->planned_ms = in.ConsumeBool() ? in.ConsumeIntegralInRange(0, 601) * kMin : draw_ms(in);
                break;
            case 3:
                if (step) step->rounds = in.ConsumeBool() ? in.ConsumeIntegralInRange(-1, 100) : in.ConsumeIntegral<int>();
                break;
            case 4:
                if (step) (in.ConsumeBool() ? step->warning_ms : step->danger_ms) = draw_ms(in);
                break;
            case 5:
                if (step) step->speaking = static_cast<SpeakingMode>(in.ConsumeIntegralInRange(0, 3));
                break;
            case 6:
                if (step) step->client = static_cast<ClientActivity>(in.ConsumeIntegralInRange(0, 3));
                if (step) step->board = static_cast<Board>(in.ConsumeIntegralInRange(0, 3));
                break;
            case 7: (in.ConsumeBool() ? m.total_minutes : m.margin_minutes) = in.ConsumeIntegral<int>(); break;
            case 8: steps.clear(); break;
            case 9:
                while (step && steps.size() < 51) steps.push_back(steps.front());
                break;
            default:
                if (step) (in.ConsumeBool() ? step->number : step->name[Lang::fr]) = c_string(draw_text(in, s));
        }
    }
    return m;
}

int64_t draw_time_step(FuzzedDataProvider& in) {
    switch (in.ConsumeIntegralInRange(0, 5)) {
        case 0: return 0;
        case 1: return in.ConsumeIntegralInRange<int64_t>(0, 999);
        case 2: return in.ConsumeIntegralInRange<int64_t>(0, 600'000);
        case 3: return in.ConsumeIntegralInRange<int64_t>(0, 3 * 3'600'000);
        case 4: return in.ConsumeIntegralInRange<int64_t>(0, 10 * 86'400'000LL);
        default: return in.ConsumeIntegralInRange<int64_t>(1'999, 2'001);  // the step guard's edge
    }
}

Command draw_command(FuzzedDataProvider& in, const Session& s, const ConfigSet& config) {
    static_assert(std::variant_size_v<Command> == 35, "a new command: draw it here and list it in every_command");
    const size_t which = in.ConsumeIntegralInRange<size_t>(0, std::variant_size_v<Command> - 1);
    const auto index = [&](size_t size) { return draw_index(in, size); };
    const size_t steps = s.method.steps.size(), people = s.group.participants.size();
    Command c;
    switch (which) {  // case N builds alternative N of the variant
        case 0: c = cmd::Next{}; break;
        case 1: c = cmd::Previous{}; break;
        case 2: c = cmd::StartPause{}; break;
        case 3: c = cmd::ToggleBlank{}; break;
        case 4: c = cmd::AddTime{draw_ms(in)}; break;
        case 5: c = cmd::Pass{}; break;
        case 6: c = cmd::JumpTo{index(steps)}; break;
        case 7: c = cmd::GiveFloor{index(people)}; break;
        case 8: c = cmd::RotateOrder{}; break;
        case 9: c = cmd::ShuffleOrder{in.ConsumeIntegral<uint32_t>()}; break;
        case 10: c = cmd::MoveInOrder{draw_speaker(in, s), index(people + 2)}; break;
        case 11: c = cmd::OneMoreRound{}; break;
        case 12:
            c = cmd::SetStepMinutes{index(steps),
                                    in.ConsumeBool() ? in.ConsumeIntegralInRange(-1, 601) : in.ConsumeIntegral<int>()};
            break;
        case 13: c = cmd::AddParticipant{draw_text(in, s), draw_speaker(in, s)}; break;
        case 14: c = cmd::ParticipantLeft{index(people)}; break;
        case 15: c = cmd::ParticipantBack{index(people)}; break;
        case 16: c = cmd::Rename{draw_speaker(in, s), draw_text(in, s)}; break;
        case 17: c = cmd::ChangeClient{index(people)}; break;
        case 18: c = cmd::SetRequest{draw_text(in, s)}; break;
        case 19: c = cmd::SetContract{draw_text(in, s)}; break;
        case 20: c = cmd::AddPlanItem{draw_text(in, s)}; break;
        case 21: c = cmd::EditPlanItem{index(s.content.plan.size()), draw_text(in, s)}; break;
        case 22: c = cmd::ForgetContent{in.ConsumeBool()}; break;
        case 23: c = cmd::SetLang{in.ConsumeBool() ? Lang::fr : Lang::en}; break;
        case 24: c = cmd::ToggleLang{}; break;
        case 25:
            c = cmd::SetRules{in.ConsumeBool() ? in.ConsumeIntegralInRange<int64_t>(-1, kMaxStepGuardMs + 1) : draw_ms(in),
                              in.ConsumeBool(), in.ConsumeBool()};
            break;
        case 26: {
            cmd::NewAtelier n{draw_group(in, s, config), draw_method(in, s, config), 0, c_string(draw_text(in, s)),
                              in.ConsumeBool() ? Lang::fr : Lang::en};
            n.client = in.ConsumeBool() ? -1 : draw_index(in, n.group.participants.size());
            n.continues_series = in.ConsumeBool();
            n.replace = in.ConsumeBool();
            c = std::move(n);
            break;
        }
        case 27: {
            // Going back to a saved atelier: this one, another moment of it, or a broken one.
            Session other = s;
            if (in.ConsumeBool()) other.step = draw_index(in, s.method.steps.size() + 1);
            if (in.ConsumeBool()) other.atelier_id = c_string(draw_text(in, s));
            c = cmd::Restore{other};
            break;
        }
        case 28: c = cmd::RequestQuit{}; break;
        case 29: c = cmd::RequestReset{}; break;
        case 30: c = cmd::Confirm{}; break;
        case 31: c = cmd::Cancel{}; break;
        case 32: c = cmd::StartBreak{in.ConsumeBool() ? s.step_changed_at + draw_time_step(in) : in.ConsumeIntegral<int64_t>()}; break;
        case 33: c = cmd::EndBreak{}; break;
        default: c = cmd::SetMessage{draw_text(in, s)}; break;
    }
    if (c.index() != which) __builtin_trap();  // the cases above follow the variant's order
    return c;
}

}  // namespace atelier::fuzz
