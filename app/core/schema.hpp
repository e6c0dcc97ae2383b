#pragma once
// One description of each saved struct, and both directions from it.
//
// A struct's fields are listed once, in a function template
// `describe(Io& io, T& value)`; the Writer runs it to write the JSON, the
// Reader runs it to read it back, so the two can never disagree. A field
// added in schema N is marked `since N`: reading an older file leaves it at
// its default (that is the whole migration for such fields).
//
// The Reader names every error's place ("group.history[2].client: missing")
// and, strict by default, refuses a missing field; a lenient one (files
// people write by hand) keeps the default instead.
//
// Include this first (it includes cereal's json.hpp: see json_fields.hpp).
#include "core/json_fields.hpp"

#include <string>
#include <vector>

#include "core/enum_table.hpp"
#include "core/limits.hpp"

namespace atelier::schema {

class Writer {
public:
    explicit Writer(cereal::JSONOutputArchive& ar) : ar_(ar) {}
    static constexpr bool reading = false;

    template <class T>
    void field(const char* name, T& value, int /*since*/ = 1) {
        ar_(cereal::make_nvp(name, value));
    }
    template <class E>
    void enumeration(const char* name, E& value, const EnumTable<E>& table, int /*since*/ = 1) {
        std::string text = table.name(value);
        ar_(cereal::make_nvp(name, text));
    }
    template <class T, class Describe>
    void object(const char* name, T& value, Describe describe, int /*since*/ = 1) {
        ar_.setNextName(name);
        ar_.startNode();
        describe(*this, value);
        ar_.finishNode();
    }
    template <class T, class Describe>
    void list(const char* name, std::vector<T>& items, Describe describe, int /*since*/ = 1) {
        ar_.setNextName(name);
        ar_.startNode();
        ar_.makeArray();
        for (T& item : items) {
            ar_.startNode();
            describe(*this, item);
            ar_.finishNode();
        }
        ar_.finishNode();
    }

private:
    cereal::JSONOutputArchive& ar_;
};

class Reader {
public:
    Reader(cereal::JSONInputArchive& ar, int schema, bool lenient = false) : ar_(ar), schema_(schema), lenient_(lenient) {}
    static constexpr bool reading = true;
    int schema() const { return schema_; }

    template <class T>
    void field(const char* name, T& value, int since = 1) {
        if (schema_ < since) return;
        if (lenient_) json::optional_field(ar_, name, value);
        else json::field(ar_, name, value);
    }
    template <class E>
    void enumeration(const char* name, E& value, const EnumTable<E>& table, int since = 1) {
        if (schema_ < since) return;
        if (lenient_) json::optional_enum(ar_, name, value, table);
        else json::field_enum(ar_, name, value, table);
    }
    template <class T, class Describe>
    void object(const char* name, T& value, Describe describe, int since = 1) {
        if (schema_ < since || !enter(name)) return;
        try {
            describe(*this, value);
        } catch (const json::FieldError& e) {
            throw json::FieldError(json::joined(name, e.path), e.reason, e.kind);
        }
        ar_.finishNode();
    }
    template <class T, class Describe>
    void list(const char* name, std::vector<T>& items, Describe describe, int since = 1) {
        if (schema_ < since || !enter(name)) return;
        cereal::size_type n = 0;
        try {
            ar_.loadSize(n);
        } catch (const cereal::Exception&) {
            throw json::FieldError(name, "expected a list [ ... ]", ErrorKind::wrong_type);
        }
        items.assign(static_cast<size_t>(n), T{});
        for (size_t i = 0; i < items.size(); ++i) {
            const std::string where = std::string(name) + "[" + std::to_string(i) + "]";
            try {
                ar_.startNode();
            } catch (const cereal::Exception&) {
                throw json::FieldError(where, "expected an object { ... }", ErrorKind::wrong_type);
            }
            try {
                describe(*this, items[i]);
            } catch (const json::FieldError& e) {
                throw json::FieldError(json::joined(where, e.path), e.reason, e.kind);
            } catch (const cereal::Exception&) {
                throw json::FieldError(where, "expected an object { ... } of the right shape", ErrorKind::wrong_type);
            }
            ar_.finishNode();
        }
        ar_.finishNode();
    }

private:
    // Opens the member `name`; false when a lenient reader finds it missing.
    bool enter(const char* name) {
        try {
            ar_.setNextName(name);
            ar_.startNode();
            return true;
        } catch (const cereal::Exception& e) {
            const ErrorKind kind = json::kind_of(e);
            if (kind == ErrorKind::missing && lenient_) return false;
            throw json::FieldError(name, kind == ErrorKind::missing ? "missing" : "expected an object { ... } or a list [ ... ]", kind);
        }
    }

    cereal::JSONInputArchive& ar_;
    int schema_;
    bool lenient_;
};

}  // namespace atelier::schema
