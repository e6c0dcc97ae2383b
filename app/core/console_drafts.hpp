#pragma once
// What the facilitator is typing in the console and has not confirmed yet:
// not a change to the atelier (nothing goes through the reducer before Tab or
// Enter), but never lost either: kept across a tab switch, a window
// re-created (a projector plugged in or out), and a restart (saved beside the
// state, in drafts.json).
#include <map>
#include <optional>
#include <string>

#include "core/config_error.hpp"
#include "core/prepare_draft.hpp"

namespace atelier {

// A field's text and the session's value it started from: the text follows the
// session (a script, the other window) until the facilitator types; from then
// on it is a draft of theirs, kept until it is applied or emptied.
struct FieldDraft {
    std::string text;
    std::string base;
    bool typed() const { return text != base; }
    // The session's value is now `value`: taken unless something was typed.
    void follow(const std::string& value) {
        if (text == base || text == value) text = value;
        base = value;
    }
    bool operator==(const FieldDraft&) const = default;
};

struct ConsoleDrafts {
    FieldDraft request, contract;
    std::string new_item, late_name;       // fields that add something: empty when nothing is typed
    std::map<int, FieldDraft> renames;     // by participant
    std::map<int, FieldDraft> items;       // by plan item
    std::optional<PrepareDraft> prepare;   // the next atelier being prepared
    bool operator==(const ConsoleDrafts&) const = default;
    bool empty() const;
};

std::string drafts_to_json(const ConsoleDrafts& drafts);
// Drafts that do not read back are dropped with the reason (they are scratch, not the atelier).
Parsed<ConsoleDrafts> parse_drafts(const std::string& text, const std::string& file);

}  // namespace atelier
