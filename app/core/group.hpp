#pragma once
// The group: participants in seating order, the facilitator, and the series of
// ateliers it has held (so the next client can be suggested).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace atelier {

// A speaker is a participant's index in seating order, or one of these.
using Speaker = int;
constexpr Speaker kFacilitator = -1;
constexpr Speaker kNobody = -2;

struct PastAtelier {
    std::string date;  // "2026-10-20" (ISO dates sort as text)
    std::string method_id;
    std::string client;  // by name: seating order may change between ateliers
};

struct Group {
    std::string name;
    std::vector<std::string> participants;  // seating order
    std::string facilitator;
    std::vector<PastAtelier> history;
};

// The first participant in seating order who has never been client; when all
// have, the one whose last date as client is the oldest. -1 for an empty group.
int suggest_client(const Group& group);

// "Name", or the facilitator's name, or "" for nobody.
std::string speaker_name(const Group& group, Speaker speaker);

// What makes a group unusable: the field ("participants[3]") and why.
struct GroupProblem {
    enum class Kind { empty_list, empty_name, duplicate_name } kind;
    std::string field;
    std::string reason;  // in English, for files and logs; the setup screen translates `kind`
};
// Nothing when the group is sound.
std::optional<GroupProblem> validate_group(const Group& group);

}  // namespace atelier
