#pragma once
// Reading JSON with cereal so that every error names the field it is about
// ("steps[3].minutes: expected a whole number"), not rapidjson's internals.
//
// cereal's json.hpp must come before anything that includes rapidjson: only
// then do rapidjson's assertions become exceptions instead of aborts.
#include <cereal/archives/json.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
// The rapidjson cereal reads with (Debian's cereal uses the system's), to say
// where a file stops being JSON: cereal only says that it is not.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/istreamwrapper.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/config_error.hpp"
#include "core/enum_table.hpp"
#include "core/limits.hpp"
#include "core/text.hpp"

namespace atelier::json {

inline std::string shown(std::string s);

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

// An enum by its name in `table`; an unknown name is an error quoting the allowed ones.
template <class E>
void field_enum(cereal::JSONInputArchive& ar, const char* name, E& value, const EnumTable<E>& table) {
    std::string text;
    field(ar, name, text);
    const auto parsed = table.parse(text);
    if (!parsed) throw FieldError(name, "unknown value \"" + shown(text) + "\" (" + table.allowed() + ")");
    value = *parsed;
}
template <class E>
bool optional_enum(cereal::JSONInputArchive& ar, const char* name, E& value, const EnumTable<E>& table) {
    std::string text;
    if (!optional_field(ar, name, text)) return false;
    const auto parsed = table.parse(text);
    if (!parsed) throw FieldError(name, "unknown value \"" + shown(text) + "\" (" + table.allowed() + ")");
    value = *parsed;
    return true;
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

namespace rj = RAPIDJSON_NAMESPACE;

// Where byte `offset` of `text` is, as an editor shows it: "line 3, column 25".
// Both count from 1; a column counts characters (UTF-8 code points), so an
// "é" is one column, and so is a tab.
inline std::string position(const std::string& text, size_t offset) {
    offset = std::min(offset, text.size());
    size_t line = 1, column = 1;
    for (size_t i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            line += 1;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            column += 1;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// A text from a file, as a message may quote it: cut at 40 bytes, control
// characters shown as '?' (a message is one line on stderr and in the console).
inline std::string shown(std::string s) {
    if (s.size() > 40) {
        size_t cut = 40;
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
        s = s.substr(0, cut) + "...";
    }
    for (char& c : s)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = '?';
    return s;
}

// What a JSON value is, for a message: "the number 5", "a text \"abc\"".
inline std::string describe(const rj::Value& v) {
    if (v.IsNull()) return "null";
    if (v.IsBool()) return v.GetBool() ? "true" : "false";
    if (v.IsInt64()) return "the number " + std::to_string(v.GetInt64());
    if (v.IsNumber()) return "a number";
    if (v.IsArray()) return "a list [ ... ]";
    if (v.IsObject()) return "an object { ... }";
    return "a text \"" + shown(std::string(v.GetString(), v.GetStringLength())) + "\"";
}

// What is wrong where rapidjson stopped (byte `at` of `text`), in the words
// of someone editing the file by hand.
inline std::string syntax_problem(rj::ParseErrorCode code, const std::string& text, size_t at) {
    switch (code) {
        case rj::kParseErrorDocumentRootNotSingular:
            return "more text after the end: the file holds one object { ... } and nothing after its closing }";
        case rj::kParseErrorValueInvalid:
            return "expected a value: a whole number, true, false, a text in double quotes \"...\", a list [ ... ] or an "
                   "object { ... }";
        case rj::kParseErrorObjectMissName: return "expected a field name in double quotes (a comma too many, or a name without quotes?)";
        case rj::kParseErrorObjectMissColon: return "expected a colon : between the field name and its value";
        case rj::kParseErrorObjectMissCommaOrCurlyBracket: return "expected a comma , before the next field, or a } to close the object";
        case rj::kParseErrorArrayMissCommaOrSquareBracket: return "expected a comma , before the next item, or a ] to close the list";
        case rj::kParseErrorStringUnicodeEscapeInvalidHex: return "\\u must be followed by four hexadecimal digits";
        case rj::kParseErrorStringUnicodeSurrogateInvalid: return "a \\u escape holding half a character (an invalid surrogate pair)";
        case rj::kParseErrorStringEscapeInvalid:
            // rapidjson says this of an unknown escape and of a raw control character in a text.
            if (at < text.size() && text[at] == '\\') return "a backslash \\ that starts no known escape (write \\\\ for a backslash)";
            return "a line break or a tab inside a text in quotes (close the quotes on the same line; write \\n for a line break)";
        case rj::kParseErrorStringMissQuotationMark: return "a text in quotes that is never closed: its closing \" is missing";
        case rj::kParseErrorNumberTooBig: return "a number too big";
        default: return std::string("not JSON here (") + rj::GetParseError_En(code) + ")";
    }
}

// Atelier's files hold whole numbers of at most 18 digits. Any other number
// is refused before rapidjson parses it: Debian's rapidjson reads fractions,
// exponents and over-long integers through its floating-point path, with
// undefined behaviour on some inputs ("0e-136", found by fuzzing), and no
// field of ours needs one. Returns the offset of the first such number, or npos.
inline size_t offset_of_decimal_number(const std::string& text) {
    bool in_string = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') {
            in_string = true;
        } else if (text.compare(i, 3, "NaN") == 0 || text.compare(i, 3, "Inf") == 0 || text.compare(i, 4, "-NaN") == 0 ||
                   text.compare(i, 4, "-Inf") == 0) {
            // cereal's flags let rapidjson read NaN and Infinity, and "NaNe2"
            // then trips an assertion inside a noexcept function: the process
            // ends (found by fuzz_remote). They are not whole numbers either.
            return i;
        } else if ((c >= '0' && c <= '9') || c == '-') {
            size_t j = i;
            int digits = 0;
            while (j < text.size() && text[j] != '\0' && std::strchr("0123456789+-.eE", text[j])) {
                if (text[j] == '.' || text[j] == 'e' || text[j] == 'E') return i;
                if (text[j] >= '0' && text[j] <= '9' && ++digits > 18) return i;
                ++j;
            }
            i = j - 1;
        }
    }
    return std::string::npos;
}

// Where a document nests deeper than limits::kJsonDepth or holds a text in
// quotes longer than limits::kJsonStringBytes: rapidjson's reader recurses
// once per level (a million "[" ran it out of stack), so this scan, which
// keeps no stack, runs before it. Returns the offset and what is wrong, or npos.
struct StructureProblem {
    size_t at = std::string::npos;
    std::string what;
    ErrorKind kind = ErrorKind::too_large;
};
// At `i`, "\uD800"-"\uDBFF" (2, a pair's first half), "\uDC00"-"\uDFFF" (1, its second), else 0.
inline int surrogate_at(const std::string& text, size_t i) {
    if (i + 6 > text.size() || text[i] != '\\' || text[i + 1] != 'u' || (text[i + 2] != 'd' && text[i + 2] != 'D')) return 0;
    const char c = text[i + 3];
    if (c == '8' || c == '9' || c == 'a' || c == 'A' || c == 'b' || c == 'B') return 2;
    if (c == 'c' || c == 'C' || c == 'd' || c == 'D' || c == 'e' || c == 'E' || c == 'f' || c == 'F') return 1;
    return 0;
}

inline StructureProblem structure_problem(const std::string& text) {
    int depth = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            const size_t start = i;
            for (++i; i < text.size() && text[i] != '"'; ++i) {
                if (text[i] != '\\') continue;
                // cereal reads texts as C strings: "a\u0000b" would quietly become "a".
                if (text.compare(i, 6, "\\u0000") == 0) return {i, "a NUL character (\\u0000) in a text", ErrorKind::bad_value};
                // Half of a UTF-16 pair alone ("\ud800"): rapidjson would make bytes that are not UTF-8 of it.
                if (const int half = surrogate_at(text, i); half == 2 && surrogate_at(text, i + 6) == 1) {
                    i += 6;  // a whole pair: one character beyond U+FFFF
                } else if (half != 0) {
                    return {i, "half of a UTF-16 pair (" + text.substr(i, 6) + ") alone in a text", ErrorKind::bad_value};
                }
                ++i;
            }
            if (i - start > limits::kJsonStringBytes)
                return {start, "a text in quotes of " + std::to_string(i - start) + " bytes (at most " +
                                   std::to_string(limits::kJsonStringBytes) + ")"};
        } else if (c == '[' || c == '{') {
            if (++depth > limits::kJsonDepth)
                return {i, "nested more than " + std::to_string(limits::kJsonDepth) + " levels deep (lists and objects inside each other)"};
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return {};
}

// A text without the byte order mark some editors put first (Windows
// Notepad): invisible, and neither cereal nor an editor's columns count it.
inline std::string without_bom(const std::string& text) { return text.rfind("\xEF\xBB\xBF", 0) == 0 ? text.substr(3) : text; }

// Parses `text` (without a BOM) as cereal does: the same stream type, and the
// same flags (cereal's json.hpp sets rapidjson's defaults), so that what parses
// here parses there. Otherwise throws a FieldError on "(file)" saying where
// and what: "line 3, column 25: expected a field name in double quotes (...)".
inline void parse_json(const std::string& text, rj::Document& dom) {
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) throw FieldError("(file)", "empty file", ErrorKind::unreadable);
    if (text.size() > limits::kFileBytes)
        throw FieldError("(file)", std::to_string(text.size()) + " bytes, over the limit of " + std::to_string(limits::kFileBytes) + " bytes",
                         ErrorKind::too_large);
    // Every file is UTF-8 text: a NUL byte or another encoding (a Latin-1
    // export, a binary file) would reach the wall as garbage, or cut a text
    // short where cereal reads it as a C string.
    if (const size_t at = text.find('\0'); at != std::string::npos)
        throw FieldError("(file)", position(text, at) + ": a NUL byte: this is not a text file", ErrorKind::unreadable);
    if (const size_t at = invalid_utf8_at(text); at != std::string::npos)
        throw FieldError("(file)", position(text, at) + ": not UTF-8 text (saved in another encoding? save it as UTF-8)", ErrorKind::unreadable);
    if (const StructureProblem p = structure_problem(text); p.at != std::string::npos)
        throw FieldError("(file)", position(text, p.at) + ": " + p.what, p.kind);
    if (const size_t at = offset_of_decimal_number(text); at != std::string::npos)
        throw FieldError("(file)", position(text, at) + ": a number with a decimal point, an exponent or over 18 digits; only whole numbers are used",
                         ErrorKind::unreadable);
    std::istringstream in(text);
    rj::IStreamWrapper stream(in);
    dom.ParseStream(stream);
    if (!dom.HasParseError()) return;
    const size_t at = dom.GetErrorOffset();
    const size_t last = text.find_last_not_of(" \t\r\n");  // not npos: the text is not blank
    if (at > last)  // nothing but spaces from there: the text ended too soon
        throw FieldError("(file)", position(text, last + 1) + ": the file ends before its JSON does (a } or ] missing, or the file cut short)",
                         ErrorKind::unreadable);
    throw FieldError("(file)", position(text, at) + ": " + syntax_problem(dom.GetParseError(), text, at), ErrorKind::unreadable);
}

// The offset of the document's first value, for a message about it.
inline size_t offset_of_root(const std::string& text) {
    const size_t at = text.find_first_not_of(" \t\r\n");
    return at == std::string::npos ? 0 : at;
}

// Opens a document; an empty, truncated or non-JSON text is an error that
// says where it breaks.
struct Document {
    explicit Document(const std::string& text);
    std::istringstream stream;
    std::unique_ptr<cereal::JSONInputArchive> archive;
};

inline Document::Document(const std::string& file_text) : stream(without_bom(file_text)) {
    const std::string text = stream.str();
    rj::Document dom;
    parse_json(text, dom);
    // cereal reads an object, or a list (as a list of its fields, which then go missing).
    if (!dom.IsObject() && !dom.IsArray())
        throw FieldError("(file)", position(text, offset_of_root(text)) + ": expected an object { ... } holding the fields, found " + describe(dom),
                         ErrorKind::unreadable);
    try {
        archive = std::make_unique<cereal::JSONInputArchive>(stream);
    } catch (const cereal::Exception&) {
        // parse_json accepted it with the same parser: not expected.
        throw FieldError("(file)", "not a JSON object", ErrorKind::unreadable);
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
