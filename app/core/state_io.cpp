#include "core/json_fields.hpp"  // first: see json_fields.hpp

#include "core/state_io.hpp"

#include <sstream>

#include "core/invariant.hpp"
#include "core/text.hpp"

namespace atelier {
namespace {

using Out = cereal::JSONOutputArchive;
using In = cereal::JSONInputArchive;
using cereal::make_nvp;

// ---- writing -------------------------------------------------------------

struct TextOut {
    const Text& t;
    template <class A>
    void save(A& ar) const {
        ar(make_nvp("fr", t.fr), make_nvp("en", t.en));
    }
};

struct StepOut {
    const Step& s;
    template <class A>
    void save(A& ar) const {
        ar(make_nvp("id", s.id), make_nvp("number", s.number), make_nvp("name", TextOut{s.name}),
           make_nvp("instruction", TextOut{s.instruction}), make_nvp("planned_ms", s.planned_ms),
           make_nvp("speaking", std::string(to_string(s.speaking))), make_nvp("client", std::string(to_string(s.client))),
           make_nvp("rounds", s.rounds), make_nvp("warning_ms", s.warning_ms), make_nvp("danger_ms", s.danger_ms),
           make_nvp("board", std::string(to_string(s.board))));
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

struct TimerOut {
    const StepTimer& t;
    template <class A>
    void save(A& ar) const {
        ar(make_nvp("planned_ms", t.planned_ms), make_nvp("added_ms", t.added_ms), make_nvp("started", t.started),
           make_nvp("started_at", t.started_at), make_nvp("paused", t.paused), make_nvp("paused_at", t.paused_at),
           make_nvp("paused_total", t.paused_total));
    }
};

struct RecordOut {
    const StepRecord& r;
    template <class A>
    void save(A& ar) const {
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
        ar(make_nvp("visited", r.visited), make_nvp("rounds_granted", r.rounds_granted), make_nvp("timer", TimerOut{r.timer}),
           make_nvp("round_orders", orders), make_nvp("round_marks", marks), make_nvp("position", r.turns.position),
           make_nvp("floor_since", r.turns.floor_since), make_nvp("spoken_by", who), make_nvp("spoken_ms", ms));
    }
};

struct PastOut {
    const PastAtelier& p;
    template <class A>
    void save(A& ar) const {
        ar(make_nvp("date", p.date), make_nvp("method", p.method_id), make_nvp("client", p.client), make_nvp("plan", p.plan));
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

struct GroupOut {
    const Group& g;
    template <class A>
    void save(A& ar) const {
        ar(make_nvp("name", g.name), make_nvp("facilitator", g.facilitator), make_nvp("participants", g.participants),
           make_nvp("series_size", g.series_size), make_nvp("history", ListOut<PastAtelier, PastOut>{g.history}));
    }
};

struct MethodOut {
    const Method& m;
    template <class A>
    void save(A& ar) const {
        ar(make_nvp("id", m.id), make_nvp("name", TextOut{m.name}), make_nvp("total_minutes", m.total_minutes),
           make_nvp("margin_minutes", m.margin_minutes), make_nvp("steps", ListOut<Step, StepOut>{m.steps}));
    }
};

struct ContentOut {
    const Content& c;
    template <class A>
    void save(A& ar) const {
        ar(make_nvp("request", c.request), make_nvp("contract", c.contract), make_nvp("plan", c.plan));
    }
};

struct FollowUpOut {
    const FollowUp& f;
    template <class A>
    void save(A& ar) const {
        ar(make_nvp("client", f.client), make_nvp("plan", f.plan));
    }
};

struct RulesOut {
    const Rules& r;
    template <class A>
    void save(A& ar) const {
        ar(make_nvp("step_guard_ms", r.step_guard_ms), make_nvp("forget_when_finished", r.forget_when_finished),
           make_nvp("keep_plan", r.keep_plan));
    }
};

// ---- reading -------------------------------------------------------------
// `v2`: the file is schema 2; a schema-1 file lacks the fields marked so,
// which keep their defaults (that is the whole migration).

struct TextIn {
    Text* t;
    template <class A>
    void load(A& ar) {
        json::field(ar, "fr", t->fr);
        json::field(ar, "en", t->en);
    }
};

template <class E>
void enum_field(In& ar, const char* name, E& out) {
    std::string text;
    json::field(ar, name, text);
    if (!parse(text, out)) throw json::FieldError(name, "unknown value \"" + text + "\"");
}

bool parse_mark(const std::string& text, Mark& out) {
    for (Mark m : {Mark::upcoming, Mark::current, Mark::spoke, Mark::passed})
        if (text == mark_name(m)) {
            out = m;
            return true;
        }
    return false;
}

struct StepIn {
    Step* s;
    bool v2;
    void load(In& ar) {
        ar.startNode();
        json::field(ar, "id", s->id);
        json::field(ar, "number", s->number);
        TextIn name{&s->name}, instruction{&s->instruction};
        json::field(ar, "name", name);
        json::field(ar, "instruction", instruction);
        json::field(ar, "planned_ms", s->planned_ms);
        enum_field(ar, "speaking", s->speaking);
        enum_field(ar, "client", s->client);
        json::field(ar, "rounds", s->rounds);
        json::field(ar, "warning_ms", s->warning_ms);
        json::field(ar, "danger_ms", s->danger_ms);
        if (v2) enum_field(ar, "board", s->board);
        else s->board = default_board(s->id);
        ar.finishNode();
    }
};

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
    }
};

struct RecordIn {
    StepRecord* r;
    bool v2;
    void load(In& ar) {
        ar.startNode();
        json::field(ar, "visited", r->visited);
        if (v2) json::field(ar, "rounds_granted", r->rounds_granted);
        TimerIn timer{&r->timer};
        json::field(ar, "timer", timer);
        std::vector<std::vector<int>> orders;
        std::vector<std::vector<std::string>> marks;
        json::field(ar, "round_orders", orders);
        json::field(ar, "round_marks", marks);
        json::field(ar, "position", r->turns.position);
        json::field(ar, "floor_since", r->turns.floor_since);
        if (orders.size() != marks.size()) throw json::FieldError("round_marks", "not one list per round");
        for (size_t i = 0; i < orders.size(); ++i) {
            const std::string where = "round_marks[" + std::to_string(i) + "]";
            if (orders[i].size() != marks[i].size()) throw json::FieldError(where, "not one mark per speaker");
            Round round;
            round.order.assign(orders[i].begin(), orders[i].end());
            for (const std::string& m : marks[i]) {
                Mark mark;
                if (!parse_mark(m, mark)) throw json::FieldError(where, "unknown mark \"" + m + "\"");
                round.marks.push_back(mark);
            }
            r->turns.rounds.push_back(std::move(round));
        }
        std::vector<int> who;
        std::vector<int64_t> ms;
        json::field(ar, "spoken_by", who);
        json::field(ar, "spoken_ms", ms);
        if (who.size() != ms.size()) throw json::FieldError("spoken_ms", "not one time per speaker");
        for (size_t i = 0; i < who.size(); ++i)
            if (!r->turns.spoken_ms.emplace(who[i], ms[i]).second)
                throw json::FieldError("spoken_by[" + std::to_string(i) + "]", "the same speaker twice");
        ar.finishNode();
    }
};

template <class T, class Loader>
struct ListIn {
    std::vector<T>* items;
    bool v2;
    template <class A>
    void load(A& ar) {
        json::elements(ar, *items, [this](In& a, T& item) { Loader{&item, v2}.load(a); });
    }
};

struct PastIn {
    PastAtelier* p;
    bool v2;
    void load(In& ar) {
        ar.startNode();
        json::field(ar, "date", p->date);
        json::field(ar, "method", p->method_id);
        json::field(ar, "client", p->client);
        if (v2) json::field(ar, "plan", p->plan);
        ar.finishNode();
    }
};

struct GroupIn {
    Group* g;
    bool v2;
    template <class A>
    void load(A& ar) {
        json::field(ar, "name", g->name);
        json::field(ar, "facilitator", g->facilitator);
        json::field(ar, "participants", g->participants);
        if (v2) json::field(ar, "series_size", g->series_size);
        ListIn<PastAtelier, PastIn> history{&g->history, v2};
        json::field(ar, "history", history);
    }
};

struct MethodIn {
    Method* m;
    bool v2;
    template <class A>
    void load(A& ar) {
        json::field(ar, "id", m->id);
        TextIn name{&m->name};
        json::field(ar, "name", name);
        json::field(ar, "total_minutes", m->total_minutes);
        json::field(ar, "margin_minutes", m->margin_minutes);
        ListIn<Step, StepIn> steps{&m->steps, v2};
        json::field(ar, "steps", steps);
    }
};

struct ContentIn {
    Content* c;
    template <class A>
    void load(A& ar) {
        json::field(ar, "request", c->request);
        json::field(ar, "contract", c->contract);
        json::field(ar, "plan", c->plan);
    }
};

struct FollowUpIn {
    FollowUp* f;
    template <class A>
    void load(A& ar) {
        json::field(ar, "client", f->client);
        json::field(ar, "plan", f->plan);
    }
};

struct RulesIn {
    Rules* r;
    template <class A>
    void load(A& ar) {
        json::field(ar, "step_guard_ms", r->step_guard_ms);
        json::field(ar, "forget_when_finished", r->forget_when_finished);
        json::field(ar, "keep_plan", r->keep_plan);
    }
};

// Schema 1 kept names as typed, knew no follow-up, and left the series entry
// alone when the client changed after the summary.
void migrate_from_1(Session& s) {
    auto tidy = [](std::string& name) {
        if (auto t = tidy_text(name, kMaxNameChars)) name = *t;
    };
    for (std::string& name : s.group.participants) tidy(name);
    tidy(s.group.facilitator);
    for (PastAtelier& past : s.group.history) tidy(past.client);
    auto& history = s.group.history;
    const bool client_known = s.client >= 0 && s.client < static_cast<int>(s.group.participants.size());
    if (s.in_history && !history.empty() && client_known) history.back().client = s.group.participants[static_cast<size_t>(s.client)];
    // 0.1.0 left the last floor holder of a step "current" when moving on.
    for (size_t i = 0; i < s.records.size(); ++i) {
        Turns& t = s.records[i].turns;
        const bool shown = static_cast<int>(i) == s.step && !s.finished;
        if (shown || t.rounds.empty() || t.position < 0 || t.position >= static_cast<int>(t.rounds.back().marks.size())) continue;
        Mark& mark = t.rounds.back().marks[static_cast<size_t>(t.position)];
        if (mark == Mark::current) mark = Mark::spoke;
    }
    const size_t mine = s.in_history ? 1 : 0;
    if (history.size() > mine) s.follow_up.client = history[history.size() - 1 - mine].client;
}

SavedState read_state(In& ar, int schema) {
    const bool v2 = schema >= 2;
    SavedState st;
    Session& s = st.session;
    json::field(ar, "saved_at", st.saved_at);
    // A restart runs the session clock from saved_at on: it must lie where the engine's arithmetic holds.
    if (st.saved_at < -kMaxClockMs || st.saved_at > kMaxClockMs) throw json::FieldError("saved_at", "out of range");
    GroupIn group{&s.group, v2};
    json::field(ar, "group", group);
    MethodIn method{&s.method, v2};
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
    if (v2) {
        std::vector<int> left;
        json::field(ar, "left", left);
        s.left.insert(left.begin(), left.end());
        ContentIn content{&s.content};
        json::field(ar, "content", content);
        FollowUpIn follow_up{&s.follow_up};
        json::field(ar, "follow_up", follow_up);
        json::field(ar, "step_changed_at", s.step_changed_at);
        RulesIn rules{&s.rules};
        json::field(ar, "rules", rules);
    }
    ListIn<StepRecord, RecordIn> records{&s.records, v2};
    json::field(ar, "records", records);
    if (!v2) migrate_from_1(s);
    if (const auto broken = find_violation(s)) throw json::FieldError(broken->field, broken->reason);
    return st;
}

}  // namespace

Board default_board(const std::string& id) {
    if (id == "opening") return Board::follow_up;
    if (id == "contract" || id == "consultation" || id == "consulting" || id == "helping") return Board::request;
    if (id == "synthesis" || id == "action") return Board::plan;
    return Board::none;
}

std::string state_to_json(const Session& s, int64_t saved_at) {
    std::ostringstream out;
    {
        Out ar(out);  // writes its closing braces when it goes out of scope
        ar(make_nvp("schema", kStateSchema), make_nvp("saved_at", saved_at), make_nvp("group", GroupOut{s.group}),
           make_nvp("method", MethodOut{s.method}), make_nvp("atelier_name", s.atelier_name), make_nvp("client", s.client),
           make_nvp("step", s.step), make_nvp("finished", s.finished), make_nvp("in_history", s.in_history),
           make_nvp("blanked", s.blanked), make_nvp("lang", std::string(lang_code(s.lang))),
           make_nvp("next_opener", s.next_opener), make_nvp("left", std::vector<int>(s.left.begin(), s.left.end())),
           make_nvp("content", ContentOut{s.content}), make_nvp("follow_up", FollowUpOut{s.follow_up}),
           make_nvp("step_changed_at", s.step_changed_at), make_nvp("rules", RulesOut{s.rules}),
           make_nvp("records", ListOut<StepRecord, RecordOut>{s.records}));
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
