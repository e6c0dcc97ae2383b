#include "core/method.hpp"

#include <algorithm>

namespace atelier {

Thresholds default_thresholds(int64_t planned_ms) {
    const int64_t warning = std::clamp<int64_t>(planned_ms / 5, 60'000, 300'000);
    const int64_t danger = std::clamp<int64_t>(planned_ms / 20, 30'000, 120'000);
    return {std::min(warning, planned_ms), std::min(danger, planned_ms)};
}

int64_t planned_total_ms(const Method& method) {
    int64_t total = 0;
    for (const Step& step : method.steps) total += step.planned_ms;
    return total;
}

const EnumTable<SpeakingMode>& speaking_modes() {
    static const EnumTable<SpeakingMode> table{{SpeakingMode::client, "client"},
                                               {SpeakingMode::round, "round"},
                                               {SpeakingMode::everyone, "everyone"},
                                               {SpeakingMode::free, "free"}};
    return table;
}

const EnumTable<ClientActivity>& client_activities() {
    static const EnumTable<ClientActivity> table{{ClientActivity::speaks, "speaks"},
                                                 {ClientActivity::answers, "answers"},
                                                 {ClientActivity::listens, "listens"},
                                                 {ClientActivity::back_turned, "back_turned"}};
    return table;
}

const EnumTable<Board>& boards() {
    static const EnumTable<Board> table{
        {Board::none, "none"}, {Board::request, "request"}, {Board::plan, "plan"}, {Board::follow_up, "follow_up"}};
    return table;
}

std::string display_number(const Method& method, int index) {
    if (index < 0 || index >= static_cast<int>(method.steps.size())) return "";
    bool any_numbered = false;
    for (const Step& s : method.steps) any_numbered = any_numbered || !s.number.empty();
    if (!any_numbered) return std::to_string(index + 1);
    return method.steps[static_cast<size_t>(index)].number;
}

int step_numbered(const Method& method, const std::string& number) {
    if (number.empty()) return -1;
    for (int i = 0; i < static_cast<int>(method.steps.size()); ++i)
        if (display_number(method, i) == number) return i;
    return -1;
}

}  // namespace atelier
