#pragma once
// Reading JSON with cereal so that every error names the field it is about
// ("steps[3].minutes: expected a whole number"), not rapidjson's internals.
//
// cereal's json.hpp must come before anything that includes rapidjson: only
// then do rapidjson's assertions become exceptions instead of aborts.
#include <cereal/archives/json.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/config_error.hpp"

namespace atelier::json {

// An error at a path inside a document.
struct FieldError : std::runtime_error {
    FieldError(std::string path_, std::string reason_, ErrorKind kind_ = ErrorKind::bad_value)
        : std::runtime_error(path_ + ": " + reason_), path(std::move(path_)), reason(std::move(reason_)), kind(kind_) {}
    std::string path;
    std::string reason;
    ErrorKind kind;
};

template <class T>
const char* expected_kind() {
    if constexpr (std::is_same_v<T, bool>) return "expected true or false";
    else if constexpr (std::is_integral_v<T>) return "expected a whole number";
    else if constexpr (std::is_floating_point_v<T>) return "expected a number";
    else if constexpr (std::is_same_v<T, std::string>) return "expected a text in quotes";
    else if constexpr (std::is_same_v<T, std::vector<std::string>>) return "expected a list of texts";
    else return "expected an object { ... } or a list [ ... ] of the right shape";
}

inline std::string joined(const std::string& outer, const std::string& inner) {
    if (inner.empty()) return outer;
    if (inner[0] == '[') return outer + inner;
    return outer + "." + inner;
}

// cereal 1.3.2 throws one exception type for every failure; only its text
// tells a missing member ("provided NVP (x) not found") from a wrong type.
// This is the one place that reads it: everything past here uses ErrorKind.
inline ErrorKind kind_of(const cereal::Exception& e) {
    return std::string(e.what()).find(") not found") != std::string::npos ? ErrorKind::missing : ErrorKind::wrong_type;
}

// Reads `name` into `value`; throws FieldError naming the field when it is
// missing or of the wrong type.
template <class T>
void field(cereal::JSONInputArchive& ar, const char* name, T& value) {
    try {
        ar(cereal::make_nvp(name, value));
    } catch (const FieldError& e) {
        throw FieldError(joined(name, e.path), e.reason, e.kind);
    } catch (const cereal::Exception& e) {
        const ErrorKind kind = kind_of(e);
        throw FieldError(name, kind == ErrorKind::missing ? "missing" : expected_kind<T>(), kind);
    }
}

// Like field(), but a missing field keeps `value` and returns false.
// cereal 1.3.2 has no optional NVP; its search throws before consuming anything.
template <class T>
bool optional_field(cereal::JSONInputArchive& ar, const char* name, T& value) {
    try {
        ar(cereal::make_nvp(name, value));
        return true;
    } catch (const FieldError& e) {
        throw FieldError(joined(name, e.path), e.reason, e.kind);
    } catch (const cereal::Exception& e) {
        if (kind_of(e) == ErrorKind::missing) return false;
        throw FieldError(name, expected_kind<T>(), ErrorKind::wrong_type);
    }
}

// Reads the elements of the array node the archive is in, labelling errors "[i]".
template <class T, class LoadOne>
void elements(cereal::JSONInputArchive& ar, std::vector<T>& out, LoadOne load_one) {
    cereal::size_type n = 0;
    try {
        ar(cereal::make_size_tag(n));
    } catch (const cereal::Exception&) {
        throw FieldError("", "expected a list [ ... ]", ErrorKind::wrong_type);
    }
    out.resize(static_cast<size_t>(n));
    for (size_t i = 0; i < out.size(); ++i) {
        try {
            load_one(ar, out[i]);
        } catch (const FieldError& e) {
            throw FieldError(joined("[" + std::to_string(i) + "]", e.path), e.reason, e.kind);
        } catch (const cereal::Exception& e) {
            throw FieldError("[" + std::to_string(i) + "]", expected_kind<T>(), kind_of(e));
        }
    }
}

// Opens a document; an empty, truncated or non-JSON text is a clear error.
struct Document {
    explicit Document(const std::string& text);
    std::istringstream stream;
    std::unique_ptr<cereal::JSONInputArchive> archive;
};

// Atelier's files hold whole numbers of at most 18 digits. Any other number
// is refused before rapidjson parses it: Debian's rapidjson reads fractions,
// exponents and over-long integers through its floating-point path, with
// undefined behaviour on some inputs ("0e-136", found by fuzzing), and no
// field of ours needs one. Returns the line of the first such number, or 0.
inline int line_of_decimal_number(const std::string& text) {
    bool in_string = false;
    int line = 1;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') ++line;
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') {
            in_string = true;
        } else if ((c >= '0' && c <= '9') || c == '-') {
            size_t j = i;
            int digits = 0;
            while (j < text.size() && text[j] != '\0' && std::strchr("0123456789+-.eE", text[j])) {
                if (text[j] == '.' || text[j] == 'e' || text[j] == 'E') return line;
                if (text[j] >= '0' && text[j] <= '9' && ++digits > 18) return line;
                ++j;
            }
            i = j - 1;
        }
    }
    return 0;
}

inline Document::Document(const std::string& text) : stream(text) {
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) throw FieldError("(file)", "empty file", ErrorKind::unreadable);
    if (const int line = line_of_decimal_number(text))
        throw FieldError("(file)", "line " + std::to_string(line) + ": a number with a decimal point, an exponent or over 18 digits; only whole numbers are used",
                         ErrorKind::unreadable);
    try {
        archive = std::make_unique<cereal::JSONInputArchive>(stream);
    } catch (const cereal::Exception&) {
        throw FieldError("(file)", "not a JSON object: truncated, or not JSON at all", ErrorKind::unreadable);
    }
}

// Reads a whole file with `read(archive)`, turning every failure into a
// ConfigError that names the file and the field.
template <class T, class Read>
Parsed<T> parse_file(const std::string& text, const std::string& file, Read read) {
    Parsed<T> out;
    try {
        Document doc(text);
        out.value = read(*doc.archive);
    } catch (const FieldError& e) {
        out.error = {file, e.path, e.reason, e.kind};
    } catch (const std::exception& e) {
        out.error = {file, "(file)", e.what(), ErrorKind::unreadable};
    }
    return out;
}

}  // namespace atelier::json
