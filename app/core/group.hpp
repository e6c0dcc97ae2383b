#pragma once
// The group: participants in seating order, the facilitator, and the series of
// ateliers it holds (who was client when, and the plan they left with).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/limits.hpp"

namespace atelier {

// A speaker is a participant's index in seating order, or one of these.
// Indices only grow during an atelier (a late arrival is appended), so every
// record that names a speaker stays valid.
using Speaker = int;
constexpr Speaker kFacilitator = -1;
constexpr Speaker kNobody = -2;

constexpr int kMaxParticipants = limits::kParticipants;
constexpr int kDefaultSeriesSize = 8;
constexpr int kMaxSeriesSize = limits::kSeriesSize;

// One atelier of the series, kept once it is held: any number a day (a
// journée codév runs two or three), each known by its own id.
struct PastAtelier {
    std::string id;    // "2026-12-03-2": its date and its rank that day; unique in the group
    std::string date;  // "2026-10-20" (ISO dates sort as text)
    std::string method_id;
    std::string client;  // by name: seating order may change between ateliers
    std::string request, contract;  // what the client asked for (erased by forget-content)
    std::vector<std::string> plan;  // the client's action plan, for the follow-up
    int64_t started_at = 0;   // session clock, ms; 0 when not known (older files)
    int64_t finished_at = 0;
    int64_t planned_ms = 0;   // the method's time, and the time it really took
    int64_t actual_ms = 0;
    bool operator==(const PastAtelier&) const = default;
};


struct Group {
    std::string name;
    std::vector<std::string> participants;  // seating order
    std::string facilitator;
    int series_size = kDefaultSeriesSize;   // ateliers planned in the series
    std::vector<PastAtelier> history;       // ateliers held, oldest first
    bool operator==(const Group&) const = default;
};

// A new id for an atelier of `group` held on `date`: the date and the next rank that day.
std::string next_atelier_id(const Group& group, const std::string& date);
// The entry of the series with this id, or nullptr.
const PastAtelier* find_in_series(const Group& group, const std::string& id);
PastAtelier* find_in_series(Group& group, const std::string& id);

// The first participant in seating order who has never been client; when all
// have, the one whose last date as client is the oldest. -1 for an empty group.
int suggest_client(const Group& group);
bool was_client(const Group& group, const std::string& name);

// "Name", or the facilitator's name, or "" for nobody.
std::string speaker_name(const Group& group, Speaker speaker);

// The participant called `name`: exact, then ignoring case, then the only one
// whose name starts with it. nullopt when none or several match.
std::optional<int> find_participant(const Group& group, const std::string& name);

// What makes a group unusable: the field ("participants[3]") and why.
struct GroupProblem {
    enum class Kind { empty_list, empty_name, duplicate_name, too_many, bad_text } kind;
    std::string field;
    std::string reason;  // in English, for files and logs; screens translate `kind`
    std::string name;    // the name the problem is about (a duplicate), when there is one
};
// Nothing when the group is sound.
std::optional<GroupProblem> validate_group(const Group& group);

// A name as the group stores it: trimmed; nullopt when empty, too long, or
// holding control characters or invalid UTF-8.
std::optional<std::string> clean_name(const std::string& name);

}  // namespace atelier
