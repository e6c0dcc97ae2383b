#include "core/json_fields.hpp"  // first: see json_fields.hpp

#include "core/settings.hpp"

namespace atelier {

Parsed<Settings> parse_settings(const std::string& text, const std::string& file) {
    Parsed<Settings> out;
    try {
        json::Document doc(text);
        auto& ar = *doc.archive;
        Settings s;
        std::string lang = "fr";
        json::optional_field(ar, "lang", lang);
        if (lang == "fr") s.lang = Lang::fr;
        else if (lang == "en") s.lang = Lang::en;
        else throw json::FieldError("lang", "unknown language \"" + lang + "\" (fr, en)");
        json::optional_field(ar, "flash", s.flash);
        json::optional_field(ar, "method", s.method);
        out.value = s;
    } catch (const json::FieldError& e) {
        out.error = {file, e.path, e.reason};
    } catch (const std::exception& e) {
        out.error = {file, "(file)", e.what()};
    }
    return out;
}

}  // namespace atelier
