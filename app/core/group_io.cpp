#include "core/json_fields.hpp"  // first: see json_fields.hpp

#include "core/group_io.hpp"

namespace atelier {
namespace {

bool is_iso_date(const std::string& d) {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (d[i] < '0' || d[i] > '9') return false;
    return true;
}

struct History {
    std::vector<PastAtelier>* items;
    template <class Archive>
    void load(Archive& ar) {
        json::elements(ar, *items, [](cereal::JSONInputArchive& a, PastAtelier& past) {
            a.startNode();
            json::field(a, "date", past.date);
            if (!is_iso_date(past.date)) throw json::FieldError("date", "expected a date like 2026-10-20");
            json::optional_field(a, "method", past.method_id);
            json::field(a, "client", past.client);
            a.finishNode();
        });
    }
};

}  // namespace

Parsed<GroupFile> parse_group(const std::string& text, const std::string& file) {
    return json::parse_file<GroupFile>(text, file, [](cereal::JSONInputArchive& ar) {
        GroupFile g;
        json::optional_field(ar, "name", g.group.name);
        json::optional_field(ar, "atelier", g.atelier_name);
        json::optional_field(ar, "facilitator", g.group.facilitator);
        json::optional_field(ar, "method", g.method_id);
        json::field(ar, "participants", g.group.participants);
        if (g.group.participants.size() > 24) throw json::FieldError("participants", "more than 24 participants");
        History history{&g.group.history};
        json::optional_field(ar, "history", history);
        if (const auto problem = validate_group(g.group)) throw json::FieldError(problem->field, problem->reason);
        return g;
    });
}

}  // namespace atelier
