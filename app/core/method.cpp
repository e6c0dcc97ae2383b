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

const char* to_string(SpeakingMode mode) {
    switch (mode) {
        case SpeakingMode::client: return "client";
        case SpeakingMode::round: return "round";
        case SpeakingMode::everyone: return "everyone";
        case SpeakingMode::free: return "free";
    }
    return "client";
}

const char* to_string(ClientActivity activity) {
    switch (activity) {
        case ClientActivity::speaks: return "speaks";
        case ClientActivity::answers: return "answers";
        case ClientActivity::listens: return "listens";
        case ClientActivity::back_turned: return "back_turned";
    }
    return "speaks";
}

const char* to_string(Board board) {
    switch (board) {
        case Board::none: return "none";
        case Board::request: return "request";
        case Board::plan: return "plan";
        case Board::follow_up: return "follow_up";
    }
    return "none";
}

bool parse(const std::string& text, Board& out) {
    for (Board b : {Board::none, Board::request, Board::plan, Board::follow_up}) {
        if (text == to_string(b)) {
            out = b;
            return true;
        }
    }
    return false;
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

bool parse(const std::string& text, SpeakingMode& out) {
    for (SpeakingMode m : {SpeakingMode::client, SpeakingMode::round, SpeakingMode::everyone, SpeakingMode::free}) {
        if (text == to_string(m)) {
            out = m;
            return true;
        }
    }
    return false;
}

bool parse(const std::string& text, ClientActivity& out) {
    for (ClientActivity a : {ClientActivity::speaks, ClientActivity::answers, ClientActivity::listens,
                             ClientActivity::back_turned}) {
        if (text == to_string(a)) {
            out = a;
            return true;
        }
    }
    return false;
}

}  // namespace atelier
