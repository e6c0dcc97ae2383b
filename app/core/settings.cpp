#include "core/json_fields.hpp"  // first: see json_fields.hpp

#include "core/settings.hpp"

namespace atelier {

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
        return s;
    });
}

}  // namespace atelier
