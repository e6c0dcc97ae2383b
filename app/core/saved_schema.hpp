#pragma once
// The saved atelier, described once (see schema.hpp): state.json and the
// group files are read and written from these descriptions.
//
// Schemas: 1 (Atelier 0.1.0); 2: people who left, the request, contract and
// plan, the series' size and plans, one more round, the step guard, the
// rules, boards; 3: every atelier of the series with its own id, request,
// contract and times; who arrived late, left or came back, and when; the
// room's break and message; the clocks at the save; 4: texts in German,
// Spanish, Dutch (keyed by language id), the languages the L key cycles through.
// Include first (cereal's json.hpp before anything that includes rapidjson).
#include "core/schema.hpp"

#include <set>

#include "core/session.hpp"

namespace atelier::saved {

constexpr int kSchema = 4;

const EnumTable<Mark>& marks();
const EnumTable<Presence::Kind>& presence_kinds();
const EnumTable<Lang>& langs();

template <class Io>
void describe(Io& io, Text& t) {
    // Keyed by language id. Schema 4 added German, Spanish, Dutch and the pseudo-language.
    io.field("fr", t[Lang::fr]);
    io.field("en", t[Lang::en]);
    for (Lang l : {Lang::de, Lang::es, Lang::nl, Lang::qps}) io.field(lang_id(l), t[l], 4);
}

template <class Io>
void describe(Io& io, Step& s) {
    io.field("id", s.id);
    io.field("number", s.number);
    io.object("name", s.name, [](Io& i, Text& t) { describe(i, t); });
    io.object("instruction", s.instruction, [](Io& i, Text& t) { describe(i, t); });
    io.field("planned_ms", s.planned_ms);
    io.enumeration("speaking", s.speaking, speaking_modes());
    io.enumeration("client", s.client, client_activities());
    io.field("rounds", s.rounds);
    io.field("warning_ms", s.warning_ms);
    io.field("danger_ms", s.danger_ms);
    io.enumeration("board", s.board, boards(), 2);
}

template <class Io>
void describe(Io& io, Method& m) {
    io.field("id", m.id);
    io.object("name", m.name, [](Io& i, Text& t) { describe(i, t); });
    io.field("total_minutes", m.total_minutes);
    io.field("margin_minutes", m.margin_minutes);
    io.list("steps", m.steps, [](Io& i, Step& s) { describe(i, s); });
}

template <class Io>
void describe(Io& io, PastAtelier& p) {
    io.field("id", p.id, 3);
    io.field("date", p.date);
    io.field("method", p.method_id);
    io.field("client", p.client);
    io.field("request", p.request, 3);
    io.field("contract", p.contract, 3);
    io.field("plan", p.plan, 2);
    io.field("started_at", p.started_at, 3);
    io.field("finished_at", p.finished_at, 3);
    io.field("planned_ms", p.planned_ms, 3);
    io.field("actual_ms", p.actual_ms, 3);
}

template <class Io>
void describe(Io& io, Group& g) {
    io.field("name", g.name);
    io.field("facilitator", g.facilitator);
    io.field("participants", g.participants);
    io.field("series_size", g.series_size, 2);
    io.list("history", g.history, [](Io& i, PastAtelier& p) { describe(i, p); });
}

template <class Io>
void describe(Io& io, StepTimer& t) {
    io.field("planned_ms", t.planned_ms);
    io.field("added_ms", t.added_ms);
    io.field("started", t.started);
    io.field("started_at", t.started_at);
    io.field("paused", t.paused);
    io.field("paused_at", t.paused_at);
    io.field("paused_total", t.paused_total);
}

// Turns are saved as lists side by side (the orders, the marks by name, who
// spoke how long): the shape files have had since schema 1.
template <class Io>
void describe(Io& io, StepRecord& r) {
    io.field("visited", r.visited);
    io.field("rounds_granted", r.rounds_granted, 2);
    io.object("timer", r.timer, [](Io& i, StepTimer& t) { describe(i, t); });
    std::vector<std::vector<int>> orders;
    std::vector<std::vector<std::string>> mark_names;
    std::vector<int> who;
    std::vector<int64_t> ms;
    if constexpr (!Io::reading) {
        for (const Round& round : r.turns.rounds) {
            orders.emplace_back(round.order.begin(), round.order.end());
            mark_names.emplace_back();
            for (Mark m : round.marks) mark_names.back().push_back(marks().name(m));
        }
        for (const auto& [speaker, time] : r.turns.spoken_ms) who.push_back(speaker), ms.push_back(time);
    }
    io.field("round_orders", orders);
    io.field("round_marks", mark_names);
    io.field("position", r.turns.position);
    io.field("floor_since", r.turns.floor_since);
    io.field("spoken_by", who);
    io.field("spoken_ms", ms);
    if constexpr (Io::reading) {
        if (orders.size() != mark_names.size()) throw json::FieldError("round_marks", "not one list per round");
        r.turns.rounds.clear();
        for (size_t i = 0; i < orders.size(); ++i) {
            const std::string where = "round_marks[" + std::to_string(i) + "]";
            if (orders[i].size() != mark_names[i].size()) throw json::FieldError(where, "not one mark per speaker");
            Round round;
            round.order.assign(orders[i].begin(), orders[i].end());
            for (const std::string& name : mark_names[i]) {
                const auto mark = marks().parse(name);
                if (!mark) throw json::FieldError(where, "unknown mark \"" + json::shown(name) + "\" (" + marks().allowed() + ")");
                round.marks.push_back(*mark);
            }
            r.turns.rounds.push_back(std::move(round));
        }
        if (who.size() != ms.size()) throw json::FieldError("spoken_ms", "not one time per speaker");
        r.turns.spoken_ms.clear();
        for (size_t i = 0; i < who.size(); ++i)
            if (!r.turns.spoken_ms.emplace(who[i], ms[i]).second)
                throw json::FieldError("spoken_by[" + std::to_string(i) + "]", "the same speaker twice");
    }
}

template <class Io>
void describe(Io& io, Presence& p) {
    io.enumeration("kind", p.kind, presence_kinds());
    io.field("who", p.who);
    io.field("at", p.at);
}

template <class Io>
void describe(Io& io, Session& s) {
    io.object("group", s.group, [](Io& i, Group& g) { describe(i, g); });
    io.object("method", s.method, [](Io& i, Method& m) { describe(i, m); });
    io.field("atelier_name", s.atelier_name);
    io.field("atelier_id", s.atelier_id, 3);
    io.field("client", s.client);
    io.field("step", s.step);
    io.field("finished", s.finished);
    io.field("blanked", s.blanked);
    io.enumeration("lang", s.lang, langs());
    io.field("next_opener", s.next_opener);
    std::vector<int> left(s.left.begin(), s.left.end());
    io.field("left", left, 2);
    if constexpr (Io::reading) s.left = std::set<Speaker>(left.begin(), left.end());
    io.list("presence", s.presence, [](Io& i, Presence& p) { describe(i, p); }, 3);
    io.object("content", s.content, [](Io& i, Content& c) {
        i.field("request", c.request);
        i.field("contract", c.contract);
        i.field("plan", c.plan);
    }, 2);
    io.object("follow_up", s.follow_up, [](Io& i, FollowUp& f) {
        i.field("client", f.client);
        i.field("plan", f.plan);
    }, 2);
    io.object("room", s.room, [](Io& i, Room& r) {
        i.field("break_until", r.break_until);
        i.field("message", r.message);
    }, 3);
    io.field("started_at", s.started_at, 3);
    io.field("step_changed_at", s.step_changed_at, 2);
    io.object("rules", s.rules, [](Io& i, Rules& r) {
        i.field("step_guard_ms", r.step_guard_ms);
        i.field("forget_when_finished", r.forget_when_finished);
        i.field("keep_plan", r.keep_plan);
        std::vector<std::string> ids;
        for (Lang l : r.languages) ids.push_back(lang_id(l));
        i.field("languages", ids, 4);
        if constexpr (Io::reading) {
            std::vector<Lang> read;
            for (const std::string& id : ids)
                if (const auto l = lang_from_id(id)) read.push_back(*l);
            if (!read.empty()) r.languages = read;  // unknown ids: the invariant keeps the defaults
        }
    }, 2);
    io.list("records", s.records, [](Io& i, StepRecord& r) { describe(i, r); });
}

}  // namespace atelier::saved
