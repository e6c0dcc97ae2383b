#include "core/json_fields.hpp"  // first: see json_fields.hpp

#include "core/group_io.hpp"

#include <sstream>

#include "core/text.hpp"

namespace atelier {
namespace {

bool is_iso_date(const std::string& d) {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (d[i] < '0' || d[i] > '9') return false;
    return true;
}

void tidy_name(std::string& name, const std::string& field) {
    const auto t = tidy_text(name, kMaxNameChars);
    if (!t) throw json::FieldError(field, "control characters, invalid UTF-8, or over " + std::to_string(kMaxNameChars) + " characters");
    name = *t;
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
            tidy_name(past.client, "client");
            json::optional_field(a, "plan", past.plan);
            if (past.plan.size() > kMaxPlanItems) throw json::FieldError("plan", "more than " + std::to_string(kMaxPlanItems) + " items");
            for (size_t i = 0; i < past.plan.size(); ++i) {
                const auto item = tidy_text(past.plan[i], kMaxPlanItemChars);
                if (!item || item->empty()) throw json::FieldError("plan[" + std::to_string(i) + "]", "not a text of 1 to " +
                                                                    std::to_string(kMaxPlanItemChars) + " characters");
                past.plan[i] = *item;
            }
            a.finishNode();
        });
    }
};

struct PastOut {
    const PastAtelier& p;
    template <class A>
    void save(A& ar) const {
        ar(cereal::make_nvp("date", p.date), cereal::make_nvp("method", p.method_id), cereal::make_nvp("client", p.client),
           cereal::make_nvp("plan", p.plan));
    }
};

struct HistoryOut {
    const std::vector<PastAtelier>& items;
    template <class A>
    void save(A& ar) const {
        ar(cereal::make_size_tag(static_cast<cereal::size_type>(items.size())));
        for (const PastAtelier& p : items) ar(PastOut{p});
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
        if (g.group.participants.size() > static_cast<size_t>(kMaxParticipants))
            throw json::FieldError("participants", "more than " + std::to_string(kMaxParticipants) + " participants");
        for (size_t i = 0; i < g.group.participants.size(); ++i)
            tidy_name(g.group.participants[i], "participants[" + std::to_string(i) + "]");
        tidy_name(g.group.facilitator, "facilitator");
        json::optional_field(ar, "series_size", g.group.series_size);
        History history{&g.group.history};
        json::optional_field(ar, "history", history);
        if (const auto problem = validate_group(g.group)) throw json::FieldError(problem->field, problem->reason);
        return g;
    });
}

std::string group_to_json(const GroupFile& g) {
    std::ostringstream out;
    {
        cereal::JSONOutputArchive ar(out);
        ar(cereal::make_nvp("name", g.group.name), cereal::make_nvp("atelier", g.atelier_name),
           cereal::make_nvp("facilitator", g.group.facilitator), cereal::make_nvp("method", g.method_id),
           cereal::make_nvp("participants", g.group.participants), cereal::make_nvp("series_size", g.group.series_size),
           cereal::make_nvp("history", HistoryOut{g.group.history}));
    }
    return out.str();
}

}  // namespace atelier
