#include "core/saved_schema.hpp"  // first: see json_fields.hpp

#include "core/state_io.hpp"

#include <sstream>

#include "core/invariant.hpp"
#include "core/text.hpp"

namespace atelier {

namespace saved {

const EnumTable<Mark>& marks() {
    static const EnumTable<Mark> table{
        {Mark::upcoming, "upcoming"}, {Mark::current, "current"}, {Mark::spoke, "spoke"}, {Mark::passed, "passed"}};
    return table;
}

const EnumTable<Presence::Kind>& presence_kinds() {
    static const EnumTable<Presence::Kind> table{
        {Presence::Kind::arrived, "arrived"}, {Presence::Kind::left, "left"}, {Presence::Kind::back, "back"}};
    return table;
}

const EnumTable<Lang>& langs() {
    static const EnumTable<Lang> table{{Lang::fr, "fr"}, {Lang::en, "en"}, {Lang::de, "de"},
                                       {Lang::es, "es"}, {Lang::nl, "nl"}, {Lang::qps, "qps"}};
    return table;
}

}  // namespace saved

namespace {

using In = cereal::JSONInputArchive;

// Schema 1 kept names as typed, knew no follow-up, and left the series entry
// alone when the client changed after the summary.
void migrate_from_1(Session& s, bool in_history) {
    auto tidy = [](std::string& name) {
        if (auto t = tidy_text(name, kMaxNameChars)) name = *t;
    };
    for (std::string& name : s.group.participants) tidy(name);
    tidy(s.group.facilitator);
    for (PastAtelier& past : s.group.history) tidy(past.client);
    auto& history = s.group.history;
    const bool client_known = s.client >= 0 && s.client < static_cast<int>(s.group.participants.size());
    if (in_history && !history.empty() && client_known) history.back().client = s.group.participants[static_cast<size_t>(s.client)];
    // 0.1.0 left the last floor holder of a step "current" when moving on.
    for (size_t i = 0; i < s.records.size(); ++i) {
        Turns& t = s.records[i].turns;
        const bool shown = static_cast<int>(i) == s.step && !s.finished;
        if (shown || t.rounds.empty() || t.position < 0 || t.position >= static_cast<int>(t.rounds.back().marks.size())) continue;
        Mark& mark = t.rounds.back().marks[static_cast<size_t>(t.position)];
        if (mark == Mark::current) mark = Mark::spoke;
    }
    for (Step& step : s.method.steps) step.board = default_board(step.id);
    const size_t mine = in_history ? 1 : 0;
    if (history.size() > mine) s.follow_up.client = history[history.size() - 1 - mine].client;
}

// Schema 2 knew the series by position: the atelier held last was this one
// when "in_history" said so. Each entry gets its id now (its date and its rank
// that day), and this atelier's entry what the session says of it.
void migrate_from_2(Session& s, bool in_history) {
    Group& g = s.group;
    for (size_t i = 0; i < g.history.size(); ++i) {
        PastAtelier& past = g.history[i];
        Group before;
        before.history.assign(g.history.begin(), g.history.begin() + static_cast<long>(i));
        past.id = next_atelier_id(before, past.date);
    }
    if (in_history && !g.history.empty()) {
        PastAtelier& mine = g.history.back();
        s.atelier_id = mine.id;
        mine.request = s.content.request;
        mine.contract = s.content.contract;
    }
    for (const StepRecord& r : s.records)
        if (r.timer.started && (s.started_at == 0 || r.timer.started_at < s.started_at)) s.started_at = r.timer.started_at;
}

SavedState read_state(In& ar, int schema) {
    SavedState st;
    json::field(ar, "saved_at", st.saved_at);
    // A restart runs the session clock from saved_at on: it must lie where the engine's arithmetic holds.
    if (st.saved_at < -kMaxClockMs || st.saved_at > kMaxClockMs) throw json::FieldError("saved_at", "out of range");
    schema::Reader io(ar, schema);
    io.object("clock", st.clock, [](schema::Reader& i, SavedClock& c) {
        i.field("wall_ms", c.wall_ms);
        i.field("boot_id", c.boot_id);
        i.field("boot_ms", c.boot_ms);
    }, 3);
    if (st.clock.wall_ms < -kMaxClockMs || st.clock.wall_ms > kMaxClockMs || st.clock.boot_ms < 0 || st.clock.boot_ms > kMaxClockMs)
        throw json::FieldError("clock", "out of range");
    if (st.clock.boot_id.size() > 64) throw json::FieldError("clock.boot_id", "over 64 characters");
    saved::describe(io, st.session);
    bool in_history = false;
    if (schema < 3) json::field(ar, "in_history", in_history);
    if (schema < 2) migrate_from_1(st.session, in_history);
    if (schema < 3) migrate_from_2(st.session, in_history);
    if (const auto broken = find_violation(st.session)) throw json::FieldError(broken->field, broken->reason);
    return st;
}

}  // namespace

Board default_board(const std::string& id) {
    if (id == "opening") return Board::follow_up;
    if (id == "contract" || id == "consultation" || id == "consulting" || id == "helping") return Board::request;
    if (id == "synthesis" || id == "action") return Board::plan;
    return Board::none;
}

std::string state_to_json(const Session& session, int64_t saved_at, const SavedClock& clock) {
    std::ostringstream out;
    {
        cereal::JSONOutputArchive ar(out);  // writes its closing braces when it goes out of scope
        int schema = kStateSchema;
        ar(cereal::make_nvp("schema", schema), cereal::make_nvp("saved_at", saved_at));
        schema::Writer io(ar);
        SavedClock c = clock;
        io.object("clock", c, [](schema::Writer& w, SavedClock& k) {
            w.field("wall_ms", k.wall_ms);
            w.field("boot_id", k.boot_id);
            w.field("boot_ms", k.boot_ms);
        });
        // The writer only reads through the description's references.
        saved::describe(io, const_cast<Session&>(session));
    }
    return out.str();
}

Parsed<SavedState> parse_state(const std::string& text, const std::string& file) {
    return json::parse_file<SavedState>(text, file, [](In& ar) {
        int schema = 0;
        json::field(ar, "schema", schema);
        if (schema > kStateSchema)
            throw json::FieldError("schema", "written by a newer Atelier (schema " + std::to_string(schema) +
                                                 ", this one reads up to " + std::to_string(kStateSchema) + ")",
                                   ErrorKind::newer_schema);
        if (schema < 1) throw json::FieldError("schema", "unknown schema " + std::to_string(schema));
        return read_state(ar, schema);
    });
}

}  // namespace atelier
