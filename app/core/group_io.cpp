#include "core/saved_schema.hpp"  // first: see json_fields.hpp

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

// A group file is written by hand too: what the description reads is then
// tidied and checked, each problem named by its field.
void tidy_history(Group& g) {
    if (g.history.size() > static_cast<size_t>(limits::kSeriesHeld))
        throw json::FieldError("history", "more than " + std::to_string(limits::kSeriesHeld) + " ateliers");
    for (size_t k = 0; k < g.history.size(); ++k) {
        PastAtelier& past = g.history[k];
        const std::string at = "history[" + std::to_string(k) + "]";
        if (!is_iso_date(past.date)) throw json::FieldError(at + ".date", "expected a date like 2026-10-20");
        if (past.client.empty()) throw json::FieldError(at + ".client", "missing");
        tidy_name(past.client, at + ".client");
        tidy_name(past.method_id, at + ".method");
        if (past.plan.size() > kMaxPlanItems) throw json::FieldError(at + ".plan", "more than " + std::to_string(kMaxPlanItems) + " items");
        for (size_t i = 0; i < past.plan.size(); ++i) {
            const auto item = tidy_text(past.plan[i], kMaxPlanItemChars);
            if (!item || item->empty())
                throw json::FieldError(at + ".plan[" + std::to_string(i) + "]",
                                       "not a text of 1 to " + std::to_string(kMaxPlanItemChars) + " characters");
            past.plan[i] = *item;
        }
        for (std::string* text : {&past.request, &past.contract}) {
            const auto tidy = tidy_text(*text, kMaxRequestChars);
            if (!tidy) throw json::FieldError(at + (text == &past.request ? ".request" : ".contract"), "not a text of at most " +
                                                                                                     std::to_string(kMaxRequestChars) + " characters");
            *text = *tidy;
        }
        // Files before schema 3 knew no ids: each gets its date and its rank that day.
        Group before;
        before.history.assign(g.history.begin(), g.history.begin() + static_cast<long>(k));
        if (past.id.empty() || find_in_series(before, past.id)) past.id = next_atelier_id(before, past.date);
    }
}

}  // namespace

Parsed<GroupFile> parse_group(const std::string& text, const std::string& file) {
    return json::parse_file<GroupFile>(text, file, [](cereal::JSONInputArchive& ar) {
        GroupFile g;
        int schema = 2;  // files without a schema were written before schema 3
        json::optional_field(ar, "schema", schema);
        if (schema > saved::kSchema)
            throw json::FieldError("schema", "written by a newer Atelier (schema " + std::to_string(schema) + ")", ErrorKind::newer_schema);
        schema::Reader io(ar, schema, /*lenient=*/true);
        io.field("name", g.group.name);
        io.field("atelier", g.atelier_name);
        const auto atelier = tidy_text(g.atelier_name, limits::kGroupNameChars);
        if (!atelier) throw json::FieldError("atelier", "control characters, invalid UTF-8, or over " + std::to_string(limits::kGroupNameChars) + " characters");
        g.atelier_name = *atelier;
        io.field("facilitator", g.group.facilitator);
        io.field("method", g.method_id);
        json::field(ar, "participants", g.group.participants);  // the one field a group cannot do without
        if (g.group.participants.size() > static_cast<size_t>(kMaxParticipants))
            throw json::FieldError("participants", "more than " + std::to_string(kMaxParticipants) + " participants");
        for (size_t i = 0; i < g.group.participants.size(); ++i)
            tidy_name(g.group.participants[i], "participants[" + std::to_string(i) + "]");
        tidy_name(g.group.facilitator, "facilitator");
        io.field("series_size", g.group.series_size);
        io.list("history", g.group.history, [](schema::Reader& i, PastAtelier& p) { saved::describe(i, p); });
        tidy_history(g.group);
        if (const auto problem = validate_group(g.group)) throw json::FieldError(problem->field, problem->reason);
        return g;
    });
}

std::string group_to_json(const GroupFile& file) {
    std::ostringstream out;
    {
        cereal::JSONOutputArchive ar(out);
        GroupFile g = file;  // the writer takes references
        int schema = saved::kSchema;
        ar(cereal::make_nvp("schema", schema));
        schema::Writer io(ar);
        io.field("name", g.group.name);
        io.field("atelier", g.atelier_name);
        io.field("facilitator", g.group.facilitator);
        io.field("method", g.method_id);
        io.field("participants", g.group.participants);
        io.field("series_size", g.group.series_size);
        io.list("history", g.group.history, [](schema::Writer& w, PastAtelier& p) { saved::describe(w, p); });
    }
    return out.str();
}

}  // namespace atelier
