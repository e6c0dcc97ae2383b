#include "core/json_fields.hpp"  // first: see json_fields.hpp

#include "core/settings.hpp"

namespace atelier {

// "chimes": {"step": true, "volume": 60}; every field optional.
template <class Archive>
void load(Archive& ar, ChimeSettings& c) {
    json::optional_field(ar, "step", c.step);
    json::optional_field(ar, "warning", c.warning);
    json::optional_field(ar, "danger", c.danger);
    json::optional_field(ar, "overtime", c.overtime);
    json::optional_field(ar, "volume", c.volume);
    if (c.volume < 0 || c.volume > 100)
        throw json::FieldError("volume", "must be between 0 and 100 (percent), got " + std::to_string(c.volume));
}

Parsed<Settings> parse_settings(const std::string& text, const std::string& file) {
    return json::parse_file<Settings>(text, file, [](cereal::JSONInputArchive& ar) {
        Settings s;
        std::string lang = "fr";
        json::optional_field(ar, "lang", lang);
        if (lang == "fr") s.lang = Lang::fr;
        else if (lang == "en") s.lang = Lang::en;
        else throw json::FieldError("lang", "unknown language \"" + lang + "\" (fr, en)");
        json::optional_field(ar, "flash", s.flash);
        json::optional_field(ar, "method", s.method);
        json::optional_field(ar, "step_guard_ms", s.step_guard_ms);
        if (s.step_guard_ms < 0 || s.step_guard_ms > 10'000)
            throw json::FieldError("step_guard_ms", "must be between 0 (no guard) and 10000 milliseconds");
        json::optional_field(ar, "forget_content_when_finished", s.forget_content_when_finished);
        json::optional_field(ar, "keep_plan_for_follow_up", s.keep_plan_for_follow_up);
        json::optional_field(ar, "chimes", s.chimes);
        return s;
    });
}

}  // namespace atelier
