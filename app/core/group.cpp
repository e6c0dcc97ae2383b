#include "core/group.hpp"

#include <set>

#include "core/text.hpp"

namespace atelier {

bool was_client(const Group& group, const std::string& name) {
    for (const PastAtelier& past : group.history)
        if (past.client == name) return true;
    return false;
}

int suggest_client(const Group& group) {
    const int n = static_cast<int>(group.participants.size());
    if (n == 0) return -1;
    int best = -1;
    std::string best_last;
    for (int i = 0; i < n; ++i) {
        bool client_before = false;
        std::string last;
        for (const PastAtelier& past : group.history) {
            if (past.client == group.participants[static_cast<size_t>(i)]) {
                client_before = true;
                if (past.date > last) last = past.date;
            }
        }
        if (!client_before) return i;
        if (best < 0 || last < best_last) {
            best = i;
            best_last = last;
        }
    }
    return best;
}

std::string speaker_name(const Group& group, Speaker speaker) {
    if (speaker == kFacilitator) return group.facilitator;
    if (speaker >= 0 && speaker < static_cast<int>(group.participants.size()))
        return group.participants[static_cast<size_t>(speaker)];
    return "";
}

std::optional<int> find_participant(const Group& group, const std::string& name) {
    const int n = static_cast<int>(group.participants.size());
    for (int i = 0; i < n; ++i)
        if (group.participants[static_cast<size_t>(i)] == name) return i;
    // A script's "eric" or "HELENE" finds Éric and Hélène.
    const std::string wanted = folded(name);
    if (wanted.empty()) return std::nullopt;
    for (int i = 0; i < n; ++i)
        if (folded(group.participants[static_cast<size_t>(i)]) == wanted) return i;
    std::optional<int> only;
    for (int i = 0; i < n; ++i) {
        if (folded(group.participants[static_cast<size_t>(i)]).rfind(wanted, 0) == 0) {
            if (only) return std::nullopt;  // several: ambiguous
            only = i;
        }
    }
    return only;
}

std::optional<std::string> clean_name(const std::string& name) {
    auto tidy = tidy_text(name, kMaxNameChars);
    if (!tidy || tidy->empty()) return std::nullopt;
    return tidy;
}

std::optional<GroupProblem> validate_group(const Group& group) {
    using K = GroupProblem::Kind;
    if (group.participants.empty()) return GroupProblem{K::empty_list, "participants", "the list is empty"};
    if (group.participants.size() > static_cast<size_t>(kMaxParticipants))
        return GroupProblem{K::too_many, "participants", "more than " + std::to_string(kMaxParticipants) + " participants"};
    std::set<std::string> seen;
    for (size_t i = 0; i < group.participants.size(); ++i) {
        const std::string& name = group.participants[i];
        const std::string field = "participants[" + std::to_string(i) + "]";
        if (name.find_first_not_of(" \t") == std::string::npos) return GroupProblem{K::empty_name, field, "empty name"};
        if (clean_name(name) != name)
            return GroupProblem{K::bad_text, field, "not a tidy name (control characters, spaces at the ends, or over " +
                                                        std::to_string(kMaxNameChars) + " characters)"};
        if (!seen.insert(name).second) return GroupProblem{K::duplicate_name, field, "duplicate name \"" + name + "\""};
    }
    if (!group.facilitator.empty() && clean_name(group.facilitator) != group.facilitator)
        return GroupProblem{K::bad_text, "facilitator", "not a tidy name"};
    if (!is_clean_text(group.name)) return GroupProblem{K::bad_text, "name", "control characters or invalid UTF-8"};
    if (group.series_size < 1 || group.series_size > kMaxSeriesSize)
        return GroupProblem{K::bad_text, "series_size", "must be between 1 and " + std::to_string(kMaxSeriesSize)};
    return std::nullopt;
}

}  // namespace atelier
