#include "core/json_fields.hpp"  // first: see json_fields.hpp

#include "core/state_io.hpp"

#include <sstream>

namespace atelier {
namespace {

using Out = cereal::JSONOutputArchive;
using In = cereal::JSONInputArchive;

// ---- writing -------------------------------------------------------------

struct TextOut {
    const Text& t;
    template <class A>
    void save(A& ar) const {
        ar(cereal::make_nvp("fr", t.fr), cereal::make_nvp("en", t.en));
    }
};

struct StepOut {
    const Step& s;
    template <class A>
    void save(A& ar) const {
        ar(cereal::make_nvp("id", s.id), cereal::make_nvp("number", s.number), cereal::make_nvp("name", TextOut{s.name}),
           cereal::make_nvp("instruction", TextOut{s.instruction}), cereal::make_nvp("planned_ms", s.planned_ms),
           cereal::make_nvp("speaking", std::string(to_string(s.speaking))),
           cereal::make_nvp("client", std::string(to_string(s.client))), cereal::make_nvp("rounds", s.rounds),
           cereal::make_nvp("warning_ms", s.warning_ms), cereal::make_nvp("danger_ms", s.danger_ms));
    }
};

const char* mark_name(Mark m) {
    switch (m) {
        case Mark::upcoming: return "upcoming";
        case Mark::current: return "current";
        case Mark::spoke: return "spoke";
        case Mark::passed: return "passed";
    }
    return "upcoming";
}

struct RecordOut {
    const StepRecord& r;
    template <class A>
    void save(A& ar) const {
        const StepTimer& t = r.timer;
        ar(cereal::make_nvp("visited", r.visited));
        ar.setNextName("timer");
        ar.startNode();
        ar(cereal::make_nvp("planned_ms", t.planned_ms), cereal::make_nvp("added_ms", t.added_ms),
           cereal::make_nvp("started", t.started), cereal::make_nvp("started_at", t.started_at),
           cereal::make_nvp("paused", t.paused), cereal::make_nvp("paused_at", t.paused_at),
           cereal::make_nvp("paused_total", t.paused_total));
        ar.finishNode();
        std::vector<std::vector<int>> orders;
        std::vector<std::vector<std::string>> marks;
        for (const Round& round : r.turns.rounds) {
            orders.emplace_back(round.order.begin(), round.order.end());
            marks.emplace_back();
            for (Mark m : round.marks) marks.back().push_back(mark_name(m));
        }
        std::vector<int> who;
        std::vector<int64_t> ms;
        for (const auto& [speaker, time] : r.turns.spoken_ms) {
            who.push_back(speaker);
            ms.push_back(time);
        }
        ar(cereal::make_nvp("round_orders", orders), cereal::make_nvp("round_marks", marks),
           cereal::make_nvp("position", r.turns.position), cereal::make_nvp("floor_since", r.turns.floor_since),
           cereal::make_nvp("spoken_by", who), cereal::make_nvp("spoken_ms", ms));
    }
};

struct PastOut {
    const PastAtelier& p;
    template <class A>
    void save(A& ar) const {
        ar(cereal::make_nvp("date", p.date), cereal::make_nvp("method", p.method_id), cereal::make_nvp("client", p.client));
    }
};

template <class T, class Wrap>
struct ListOut {
    const std::vector<T>& items;
    template <class A>
    void save(A& ar) const {
        ar(cereal::make_size_tag(static_cast<cereal::size_type>(items.size())));
        for (const T& item : items) ar(Wrap{item});
    }
};

// ---- reading -------------------------------------------------------------

struct TextIn {
    Text* t;
    template <class A>
    void load(A& ar) {
        json::field(ar, "fr", t->fr);
        json::field(ar, "en", t->en);
    }
};

void load_step(In& ar, Step& s) {
    ar.startNode();
    json::field(ar, "id", s.id);
    json::field(ar, "number", s.number);
    TextIn name{&s.name}, instruction{&s.instruction};
    json::field(ar, "name", name);
    json::field(ar, "instruction", instruction);
    json::field(ar, "planned_ms", s.planned_ms);
    if (s.planned_ms < 0) throw json::FieldError("planned_ms", "negative duration");
    std::string speaking, client;
    json::field(ar, "speaking", speaking);
    if (!parse(speaking, s.speaking)) throw json::FieldError("speaking", "unknown value \"" + speaking + "\"");
    json::field(ar, "client", client);
    if (!parse(client, s.client)) throw json::FieldError("client", "unknown value \"" + client + "\"");
    json::field(ar, "rounds", s.rounds);
    json::field(ar, "warning_ms", s.warning_ms);
    json::field(ar, "danger_ms", s.danger_ms);
    if (s.rounds < 0 || s.warning_ms < 0 || s.danger_ms < 0) throw json::FieldError("rounds", "negative value");
    ar.finishNode();
}

bool parse_mark(const std::string& text, Mark& out) {
    for (Mark m : {Mark::upcoming, Mark::current, Mark::spoke, Mark::passed})
        if (text == mark_name(m)) {
            out = m;
            return true;
        }
    return false;
}

struct TimerIn {
    StepTimer* t;
    template <class A>
    void load(A& ar) {
        json::field(ar, "planned_ms", t->planned_ms);
        json::field(ar, "added_ms", t->added_ms);
        json::field(ar, "started", t->started);
        json::field(ar, "started_at", t->started_at);
        json::field(ar, "paused", t->paused);
        json::field(ar, "paused_at", t->paused_at);
        json::field(ar, "paused_total", t->paused_total);
        if (t->planned_ms < 0 || t->paused_total < 0) throw json::FieldError("planned_ms", "negative duration");
    }
};

void load_record(In& ar, StepRecord& r) {
    ar.startNode();
    json::field(ar, "visited", r.visited);
    TimerIn timer{&r.timer};
    json::field(ar, "timer", timer);
    std::vector<std::vector<int>> orders;
    std::vector<std::vector<std::string>> marks;
    json::field(ar, "round_orders", orders);
    json::field(ar, "round_marks", marks);
    json::field(ar, "position", r.turns.position);
    json::field(ar, "floor_since", r.turns.floor_since);
    if (orders.size() != marks.size()) throw json::FieldError("round_marks", "not one list per round");
    for (size_t i = 0; i < orders.size(); ++i) {
        if (orders[i].size() != marks[i].size())
            throw json::FieldError("round_marks[" + std::to_string(i) + "]", "not one mark per speaker");
        Round round;
        round.order.assign(orders[i].begin(), orders[i].end());
        for (const std::string& m : marks[i]) {
            Mark mark;
            if (!parse_mark(m, mark)) throw json::FieldError("round_marks[" + std::to_string(i) + "]", "unknown mark \"" + m + "\"");
            round.marks.push_back(mark);
        }
        r.turns.rounds.push_back(std::move(round));
    }
    std::vector<int> who;
    std::vector<int64_t> ms;
    json::field(ar, "spoken_by", who);
    json::field(ar, "spoken_ms", ms);
    if (who.size() != ms.size()) throw json::FieldError("spoken_ms", "not one time per speaker");
    for (size_t i = 0; i < who.size(); ++i) {
        if (ms[i] < 0) throw json::FieldError("spoken_ms[" + std::to_string(i) + "]", "negative time");
        r.turns.spoken_ms[who[i]] = ms[i];
    }
    ar.finishNode();
}

template <class T>
struct ListIn {
    std::vector<T>* items;
    void (*load_one)(In&, T&);
    template <class A>
    void load(A& ar) {
        json::elements(ar, *items, load_one);
    }
};

void load_past(In& ar, PastAtelier& p) {
    ar.startNode();
    json::field(ar, "date", p.date);
    json::field(ar, "method", p.method_id);
    json::field(ar, "client", p.client);
    ar.finishNode();
}

void check_speaker(const Session& s, Speaker who, const std::string& where) {
    const bool ok = who == kFacilitator || (who >= 0 && who < static_cast<int>(s.group.participants.size()));
    if (!ok) throw json::FieldError(where, "no participant " + std::to_string(who));
}

// The loaded session must be one the engine could have reached.
void validate(const Session& s) {
    if (const auto problem = validate_group(s.group)) throw json::FieldError("group." + problem->field, problem->reason);
    if (s.method.steps.empty()) throw json::FieldError("method.steps", "no step");
    if (s.records.size() != s.method.steps.size()) throw json::FieldError("records", "not one record per step");
    if (s.step < 0 || s.step >= static_cast<int>(s.method.steps.size())) throw json::FieldError("step", "no such step");
    if (s.client < 0 || s.client >= static_cast<int>(s.group.participants.size())) throw json::FieldError("client", "no such participant");
    for (size_t i = 0; i < s.records.size(); ++i) {
        const std::string where = "records[" + std::to_string(i) + "]";
        const Turns& t = s.records[i].turns;
        for (const Round& round : t.rounds)
            for (Speaker who : round.order) check_speaker(s, who, where + ".round_orders");
        for (const auto& entry : t.spoken_ms) check_speaker(s, entry.first, where + ".spoken_by");
        const int size = t.rounds.empty() ? 0 : static_cast<int>(t.rounds.back().order.size());
        if (t.position < 0 || (size > 0 && t.position >= size) || (size == 0 && t.position != 0))
            throw json::FieldError(where + ".position", "outside the round");
    }
}

}  // namespace

std::string state_to_json(const Session& s, int64_t saved_at) {
    std::ostringstream out;
    {
        Out ar(out);  // writes its closing braces when it goes out of scope
        ar(cereal::make_nvp("schema", kStateSchema), cereal::make_nvp("saved_at", saved_at));
        ar.setNextName("group");
        ar.startNode();
        ar(cereal::make_nvp("name", s.group.name), cereal::make_nvp("facilitator", s.group.facilitator),
           cereal::make_nvp("participants", s.group.participants),
           cereal::make_nvp("history", ListOut<PastAtelier, PastOut>{s.group.history}));
        ar.finishNode();
        ar.setNextName("method");
        ar.startNode();
        ar(cereal::make_nvp("id", s.method.id), cereal::make_nvp("name", TextOut{s.method.name}),
           cereal::make_nvp("total_minutes", s.method.total_minutes),
           cereal::make_nvp("margin_minutes", s.method.margin_minutes),
           cereal::make_nvp("steps", ListOut<Step, StepOut>{s.method.steps}));
        ar.finishNode();
        ar(cereal::make_nvp("atelier_name", s.atelier_name), cereal::make_nvp("client", s.client),
           cereal::make_nvp("step", s.step), cereal::make_nvp("finished", s.finished),
           cereal::make_nvp("in_history", s.in_history), cereal::make_nvp("blanked", s.blanked),
           cereal::make_nvp("lang", std::string(lang_code(s.lang))), cereal::make_nvp("next_opener", s.next_opener),
           cereal::make_nvp("records", ListOut<StepRecord, RecordOut>{s.records}));
    }
    return out.str();
}

namespace {
struct GroupIn {
    Group* g;
    template <class A>
    void load(A& ar) {
        json::field(ar, "name", g->name);
        json::field(ar, "facilitator", g->facilitator);
        json::field(ar, "participants", g->participants);
        ListIn<PastAtelier> history{&g->history, load_past};
        json::field(ar, "history", history);
    }
};
struct MethodIn {
    Method* m;
    template <class A>
    void load(A& ar) {
        json::field(ar, "id", m->id);
        TextIn name{&m->name};
        json::field(ar, "name", name);
        json::field(ar, "total_minutes", m->total_minutes);
        json::field(ar, "margin_minutes", m->margin_minutes);
        ListIn<Step> steps{&m->steps, load_step};
        json::field(ar, "steps", steps);
    }
};
}  // namespace

Parsed<SavedState> parse_state(const std::string& text, const std::string& file) {
    Parsed<SavedState> out;
    try {
        json::Document doc(text);
        auto& ar = *doc.archive;
        int schema = 0;
        json::field(ar, "schema", schema);
        if (schema > kStateSchema)
            throw json::FieldError("schema", "written by a newer Atelier (schema " + std::to_string(schema) +
                                                 ", this one reads up to " + std::to_string(kStateSchema) + ")");
        if (schema < 1) throw json::FieldError("schema", "unknown schema " + std::to_string(schema));
        SavedState st;
        Session& s = st.session;
        json::field(ar, "saved_at", st.saved_at);
        GroupIn group{&s.group};
        json::field(ar, "group", group);
        MethodIn method{&s.method};
        json::field(ar, "method", method);
        json::field(ar, "atelier_name", s.atelier_name);
        json::field(ar, "client", s.client);
        json::field(ar, "step", s.step);
        json::field(ar, "finished", s.finished);
        json::field(ar, "in_history", s.in_history);
        json::field(ar, "blanked", s.blanked);
        std::string lang;
        json::field(ar, "lang", lang);
        if (lang != "fr" && lang != "en") throw json::FieldError("lang", "unknown language \"" + lang + "\"");
        s.lang = lang == "en" ? Lang::en : Lang::fr;
        json::field(ar, "next_opener", s.next_opener);
        ListIn<StepRecord> records{&s.records, load_record};
        json::field(ar, "records", records);
        validate(s);
        out.value = std::move(st);
    } catch (const json::FieldError& e) {
        out.error = {file, e.path, e.reason};
    } catch (const std::exception& e) {
        out.error = {file, "(file)", e.what()};
    }
    return out;
}

bool is_newer_schema(const ConfigError& error) {
    return error.field == "schema" && error.reason.find("newer") != std::string::npos;
}

}  // namespace atelier
