#include "core/json_fields.hpp"  // first: see json_fields.hpp

#include "core/method_io.hpp"

#include <set>

#include "core/invariant.hpp"
#include "core/limits.hpp"

namespace atelier {

template <class Archive>
void load(Archive& ar, Text& text) {
    // Keyed by language id; a preset may speak only its own language.
    for (size_t i = 0; i < kLangCount; ++i) json::optional_field(ar, lang_id(static_cast<Lang>(i)), text.by_lang[i]);
    if (text.empty()) throw json::FieldError("fr", "empty text: give it in at least one of " + lang_ids_list());
}

namespace {

void load_step(cereal::JSONInputArchive& ar, Step& step) {
    ar.startNode();
    json::field(ar, "id", step.id);
    if (step.id.empty()) throw json::FieldError("id", "empty id");
    json::optional_field(ar, "number", step.number);
    json::field(ar, "name", step.name);
    json::optional_field(ar, "instruction", step.instruction);

    int minutes = 0;
    json::field(ar, "minutes", minutes);
    if (minutes < 1 || minutes > limits::kStepMinutes)
        throw json::FieldError("minutes", "must be between 1 and " + std::to_string(limits::kStepMinutes) + ", got " + std::to_string(minutes));
    step.planned_ms = int64_t{minutes} * 60'000;

    json::field_enum(ar, "speaking", step.speaking, speaking_modes());
    step.client = ClientActivity::speaks;
    json::optional_enum(ar, "client", step.client, client_activities());
    step.board = Board::none;
    json::optional_enum(ar, "board", step.board, boards());

    json::optional_field(ar, "rounds", step.rounds);
    if (step.rounds < 0 || step.rounds > limits::kRounds)
        throw json::FieldError("rounds", "must be between 0 (as time allows) and " + std::to_string(limits::kRounds));
    int warning_s = 0, danger_s = 0;
    if (json::optional_field(ar, "warning_seconds", warning_s) && (warning_s < 1 || warning_s > minutes * 60))
        throw json::FieldError("warning_seconds", "must be between 1 and the step's length");
    if (json::optional_field(ar, "danger_seconds", danger_s) && (danger_s < 1 || danger_s > minutes * 60))
        throw json::FieldError("danger_seconds", "must be between 1 and the step's length");
    step.warning_ms = int64_t{warning_s} * 1000;
    step.danger_ms = int64_t{danger_s} * 1000;
    ar.finishNode();
}

struct StepList {
    std::vector<Step>* steps;
    template <class Archive>
    void load(Archive& ar) {
        json::elements(ar, *steps, load_step);
    }
};

}  // namespace

Parsed<Method> parse_method(const std::string& text, const std::string& file) {
    return json::parse_file<Method>(text, file, [](cereal::JSONInputArchive& ar) {
        Method method;
        json::field(ar, "id", method.id);
        if (method.id.empty()) throw json::FieldError("id", "empty id");
        json::field(ar, "name", method.name);
        StepList list{&method.steps};
        json::field(ar, "steps", list);
        if (method.steps.empty()) throw json::FieldError("steps", "no step");
        // The session's invariant allows these steps and minutes: a method
        // beyond them could be loaded, but its atelier could not be saved and restored.
        if (method.steps.size() > static_cast<size_t>(limits::kSteps))
            throw json::FieldError("steps", "more than " + std::to_string(limits::kSteps) + " steps");
        std::set<std::string> ids;
        for (size_t i = 0; i < method.steps.size(); ++i)
            if (!ids.insert(method.steps[i].id).second)
                throw json::FieldError("steps[" + std::to_string(i) + "].id", "duplicate id \"" + method.steps[i].id + "\"");
        json::optional_field(ar, "margin_minutes", method.margin_minutes);
        if (method.margin_minutes < 0 || method.margin_minutes > limits::kMethodMinutes)
            throw json::FieldError("margin_minutes", "must be between 0 and " + std::to_string(limits::kMethodMinutes));
        const int sum = static_cast<int>(planned_total_ms(method) / 60'000) + method.margin_minutes;
        if (sum > limits::kMethodMinutes)
            throw json::FieldError("margin_minutes", "steps and margin sum to more than " + std::to_string(limits::kMethodMinutes) + " minutes");
        if (json::optional_field(ar, "total_minutes", method.total_minutes)) {
            if (method.total_minutes != sum)
                throw json::FieldError("total_minutes", "says " + std::to_string(method.total_minutes) +
                                                            " but steps and margin sum to " + std::to_string(sum));
        } else {
            method.total_minutes = sum;
        }
        // What a session's invariant holds a method to (texts clean and bounded...), named as in the file.
        if (const auto v = find_method_violation(method)) throw json::FieldError(v->field.substr(v->field.rfind("method.", 0) == 0 ? 7 : 0), v->reason);
        return method;
    });
}

}  // namespace atelier
