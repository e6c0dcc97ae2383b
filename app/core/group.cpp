#include "core/group.hpp"

#include <set>

#include "core/text.hpp"

namespace atelier {

std::string next_atelier_id(const Group& group, const std::string& date) {
    for (int rank = 1;; ++rank) {
        const std::string id = date + "-" + std::to_string(rank);
        if (!find_in_series(group, id)) return id;
    }
}

const PastAtelier* find_in_series(const Group& group, const std::string& id) {
    for (const PastAtelier& past : group.history)
        if (past.id == id) return &past;
    return nullptr;
}

PastAtelier* find_in_series(Group& group, const std::string& id) {
    for (PastAtelier& past : group.history)
        if (past.id == id) return &past;
    return nullptr;
}

bool was_client(const Group& group, const std::string& name) {
    for (const PastAtelier& past : group.history)
        if (past.client == name) return true;
    return false;
}

int suggest_client(const Group& group) {
    const int n = static_cast<int>(group.participants.size());
    if (n == 0) return -1;
    // When each was client last: by date, then by place in the series (a
    // journée codév holds several ateliers on one date).
    using When = std::pair<std::string, size_t>;
    int best = -1;
    When best_last;
    for (int i = 0; i < n; ++i) {
        std::optional<When> last;
        for (size_t k = 0; k < group.history.size(); ++k) {
            const PastAtelier& past = group.history[k];
            if (past.client == group.participants[static_cast<size_t>(i)] && (!last || When{past.date, k} > *last))
                last = When{past.date, k};
        }
        if (!last) return i;
        if (best < 0 || *last < best_last) best = i, best_last = *last;
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
    // A name of zero-width spaces alone would be a blank chip on the wall.
    if (!tidy || !has_visible_character(*tidy)) return std::nullopt;
    return tidy;
}

namespace {
GroupProblem make_problem(GroupProblem::Kind kind, std::string field, std::string reason, std::string name = "") {
    GroupProblem p{kind, std::move(field), std::move(reason), std::move(name)};
    return p;
}
}  // namespace

std::optional<GroupProblem> validate_group(const Group& group) {
    using K = GroupProblem::Kind;
    if (group.participants.empty()) return make_problem(K::empty_list, "participants", "the list is empty");
    if (group.participants.size() > static_cast<size_t>(kMaxParticipants))
        return make_problem(K::too_many, "participants", "more than " + std::to_string(kMaxParticipants) + " participants");
    std::set<std::string> seen;
    for (size_t i = 0; i < group.participants.size(); ++i) {
        const std::string& name = group.participants[i];
        const std::string field = "participants[" + std::to_string(i) + "]";
        if (!has_visible_character(name)) return make_problem(K::empty_name, field, "empty name (nothing visible)");
        if (clean_name(name) != name)
            return make_problem(K::bad_text, field, "not a tidy name (control characters, spaces at the ends, or over " +
                                                        std::to_string(kMaxNameChars) + " characters)");
        if (!seen.insert(name).second) return make_problem(K::duplicate_name, field, "duplicate name \"" + name + "\"", name);
    }
    if (!group.facilitator.empty() && clean_name(group.facilitator) != group.facilitator)
        return make_problem(K::bad_text, "facilitator", "not a tidy name");
    if (!is_clean_text(group.name)) return make_problem(K::bad_text, "name", "control characters or invalid UTF-8");
    if (group.series_size < 1 || group.series_size > kMaxSeriesSize)
        return make_problem(K::bad_text, "series_size", "must be between 1 and " + std::to_string(kMaxSeriesSize));
    return std::nullopt;
}

}  // namespace atelier
