#pragma once
// One table per enum: its values and their names in files, written once.
// Both directions come from it, and so does the list of allowed values that
// an error message quotes ("unknown value \"x\" (client, round, everyone, free)").
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace atelier {

template <class E>
class EnumTable {
public:
    EnumTable(std::initializer_list<std::pair<E, const char*>> entries) : entries_(entries) {}
    const char* name(E value) const {
        for (const auto& [v, n] : entries_)
            if (v == value) return n;
        return entries_.front().second;
    }
    std::optional<E> parse(const std::string& text) const {
        for (const auto& [v, n] : entries_)
            if (text == n) return v;
        return std::nullopt;
    }
    bool contains(E value) const {
        for (const auto& [v, n] : entries_)
            if (v == value) return true;
        return false;
    }
    // "client, round, everyone, free"
    std::string allowed() const {
        std::string out;
        for (const auto& [v, n] : entries_) out += (out.empty() ? "" : ", ") + std::string(n);
        return out;
    }
    const std::vector<std::pair<E, const char*>>& entries() const { return entries_; }

private:
    std::vector<std::pair<E, const char*>> entries_;
};

}  // namespace atelier
