#include "core/group.hpp"

#include <set>

namespace atelier {

int suggest_client(const Group& group) {
    const int n = static_cast<int>(group.participants.size());
    if (n == 0) return -1;
    int best = -1;
    std::string best_last;
    for (int i = 0; i < n; ++i) {
        bool was_client = false;
        std::string last;
        for (const PastAtelier& past : group.history) {
            if (past.client == group.participants[static_cast<size_t>(i)]) {
                was_client = true;
                if (past.date > last) last = past.date;
            }
        }
        if (!was_client) return i;
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

std::optional<GroupProblem> validate_group(const Group& group) {
    if (group.participants.empty()) return GroupProblem{GroupProblem::Kind::empty_list, "participants", "the list is empty"};
    std::set<std::string> seen;
    for (size_t i = 0; i < group.participants.size(); ++i) {
        const std::string& name = group.participants[i];
        const std::string field = "participants[" + std::to_string(i) + "]";
        if (name.find_first_not_of(" \t") == std::string::npos) return GroupProblem{GroupProblem::Kind::empty_name, field, "empty name"};
        if (!seen.insert(name).second) return GroupProblem{GroupProblem::Kind::duplicate_name, field, "duplicate name \"" + name + "\""};
    }
    return std::nullopt;
}

}  // namespace atelier
