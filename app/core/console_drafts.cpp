#include "core/saved_schema.hpp"  // first: see json_fields.hpp

#include "core/console_drafts.hpp"

#include <sstream>

#include "core/text.hpp"

namespace atelier {

namespace {

template <class Io>
void describe(Io& io, FieldDraft& f) {
    io.field("text", f.text);
    io.field("base", f.base);
}

template <class Io>
void describe(Io& io, PrepareDraft& d) {
    io.field("source_path", d.source_path);
    io.field("continues_series", d.continues_series);
    io.field("group_name", d.group_name);
    io.field("facilitator", d.facilitator);
    io.field("atelier_name", d.atelier_name);
    io.field("participants", d.participants);
    io.list("history", d.history, [](Io& i, PastAtelier& p) { saved::describe(i, p); });
    io.field("series_size", d.series_size);
    io.field("client", d.client);
    io.field("method", d.method);
    io.field("minutes", d.minutes);
    io.enumeration("lang", d.lang, saved::langs());
    io.field("dirty", d.dirty);
}

// Maps of drafts are lists of {index, draft}: JSON objects have names, not numbers.
struct Keyed {
    int index = 0;
    FieldDraft draft;
};

template <class Io>
void describe_map(Io& io, const char* name, std::map<int, FieldDraft>& map) {
    std::vector<Keyed> list;
    for (const auto& [k, v] : map) list.push_back({k, v});
    io.list(name, list, [](Io& i, Keyed& k) {
        i.field("index", k.index);
        i.object("draft", k.draft, [](Io& j, FieldDraft& f) { describe(j, f); });
    });
    if constexpr (Io::reading) {
        map.clear();
        for (const Keyed& k : list)
            if (k.index >= 0 && k.index < 1000) map[k.index] = k.draft;
    }
}

template <class Io>
void describe(Io& io, ConsoleDrafts& d) {
    io.object("request", d.request, [](Io& i, FieldDraft& f) { describe(i, f); });
    io.object("contract", d.contract, [](Io& i, FieldDraft& f) { describe(i, f); });
    io.field("new_item", d.new_item);
    io.field("late_name", d.late_name);
    describe_map(io, "renames", d.renames);
    describe_map(io, "items", d.items);
    bool preparing = d.prepare.has_value();
    io.field("preparing", preparing);
    if (!preparing) return;
    if constexpr (Io::reading) d.prepare.emplace();
    io.object("prepare", *d.prepare, [](Io& i, PrepareDraft& p) { describe(i, p); });
}

bool tidy_enough(const std::string& text) { return is_valid_utf8(text) && text.size() <= 4096; }

}  // namespace

bool ConsoleDrafts::empty() const {
    for (const auto& [i, f] : renames)
        if (f.typed()) return false;
    for (const auto& [i, f] : items)
        if (f.typed()) return false;
    return !request.typed() && !contract.typed() && new_item.empty() && late_name.empty() && !prepare;
}

std::string drafts_to_json(const ConsoleDrafts& drafts) {
    std::ostringstream out;
    {
        cereal::JSONOutputArchive ar(out);
        int version = 1;
        ar(cereal::make_nvp("drafts", version));
        schema::Writer io(ar);
        ConsoleDrafts d = drafts;  // the writer takes references
        describe(io, d);
    }
    return out.str();
}

Parsed<ConsoleDrafts> parse_drafts(const std::string& text, const std::string& file) {
    return json::parse_file<ConsoleDrafts>(text, file, [](cereal::JSONInputArchive& ar) {
        int version = 0;
        json::field(ar, "drafts", version);
        if (version != 1) throw json::FieldError("drafts", "unknown version " + std::to_string(version));
        ConsoleDrafts d;
        schema::Reader io(ar, saved::kSchema, /*lenient=*/true);
        describe(io, d);
        // Scratch typed by hand in a field: any UTF-8 of a sane length. What is applied is checked by the reducer.
        for (const std::string* t : {&d.request.text, &d.contract.text, &d.new_item, &d.late_name})
            if (!tidy_enough(*t)) throw json::FieldError("(file)", "a text that is not UTF-8 or too long");
        if (d.prepare && (d.prepare->participants.size() > 100 || d.prepare->minutes.size() > 100))
            throw json::FieldError("prepare", "too many rows");
        return d;
    });
}

}  // namespace atelier
