#include "fuzz_support.hpp"

#include <cstdarg>
#include <cstdio>
#include <cstdlib>

#include "core/demo.hpp"
#include "core/i18n.hpp"
#include "core/invariant.hpp"
#include "core/record.hpp"
#include "core/state_io.hpp"
#include "core/wall_model.hpp"

namespace atelier::fuzz {

void fail(const char* what, ...) {
    std::fputs("\n==== atelier fuzz trap: ", stderr);
    va_list args;
    va_start(args, what);
    std::vfprintf(stderr, what, args);
    va_end(args);
    std::fputs("\n\n", stderr);
    std::fflush(stderr);
    __builtin_trap();
}

std::string describe(const Where& w) {
    std::string out = std::string("from ") + w.from;
    if (w.index >= 0) out += ", command " + std::to_string(w.index);
    if (w.command) out += " " + describe(*w.command);
    return out + " at now=" + std::to_string(w.now);
}

namespace {

constexpr int64_t kUtcOffsetMs = 3'600'000;

template <class T>
bool differs(const T& a, const T& b, const std::string& name, std::string& out) {
    if (out.empty() && !(a == b)) out = name;
    return !out.empty();
}

// Whole sessions (each starting over) where nothing recorded before carries on.
bool starts_afresh(const Session& before, const Command& c) {
    return std::holds_alternative<cmd::NewAtelier>(c) ||
           (std::holds_alternative<cmd::Confirm>(c) && before.pending == Pending::reset);
}

Session without_pending(Session s) {
    s.pending = Pending::none;
    s.proposed_lang = Lang::fr;  // the language L proposes belongs to the pending question (not saved)
    return s;
}

// Equal as saved (pending is not): copies only when the pendings differ,
// as copying sessions is most of what a check costs.
bool same_saved(const Session& a, const Session& b) {
    if (a.pending == b.pending && a.proposed_lang == b.proposed_lang) return a == b;
    return without_pending(a) == without_pending(b);
}

// Next does what preview_next announced (the wall's "next: …" line).
void require_next_as_announced(const Session& before, const Outcome& out, int64_t now, const Where& where) {
    const NextPreview next = preview_next(before, now);
    const Session& after = out.session;
    if (before.blanked) {
        if (out.why != Why::ok || after.blanked)
            fail("%s: Next on a blanked wall did not bring it back", describe(where).c_str());
        return;
    }
    if (next.kind == Upcoming::nothing && out.why != Why::finished)
        fail("%s: nothing was announced, yet Next answered %s", describe(where).c_str(), tr(Lang::en, out.why));
    if (next.kind == Upcoming::nothing) return;
    if (next.guarded && (next.kind == Upcoming::step || next.kind == Upcoming::summary)) {
        if (out.why != Why::step_just_changed)
            fail("%s: the step guard was announced, yet Next answered %s", describe(where).c_str(), tr(Lang::en, out.why));
        return;
    }
    if (out.why != Why::ok)
        fail("%s: Next was announced (kind %d) but refused: %s", describe(where).c_str(), static_cast<int>(next.kind),
             tr(Lang::en, out.why));
    const auto who = current_speaker(after);
    switch (next.kind) {
        case Upcoming::speaker:
        case Upcoming::new_round:
            if (after.step != before.step || (next.speaker != kNobody && who != next.speaker))
                fail("%s: Next announced speaker %d, the floor went to %d (step %d -> %d)", describe(where).c_str(), next.speaker,
                     who.value_or(kNobody), before.step, after.step);
            if (next.kind == Upcoming::new_round &&
                round_number(current_record(after).turns) != round_number(current_record(before).turns) + 1)
                fail("%s: Next announced a new round, none began", describe(where).c_str());
            break;
        case Upcoming::step:
            if (after.step != next.step || after.finished)
                fail("%s: Next announced step %d, went to %d", describe(where).c_str(), next.step, after.step);
            break;
        case Upcoming::summary:
            if (!after.finished) fail("%s: Next announced the summary, it is not shown", describe(where).c_str());
            break;
        case Upcoming::nothing: break;
    }
}

}  // namespace

std::string first_difference(const Session& a, const Session& b) {
    std::string d;
    differs(a.group.name, b.group.name, "group.name", d);
    differs(a.group.participants, b.group.participants, "group.participants", d);
    differs(a.group.facilitator, b.group.facilitator, "group.facilitator", d);
    differs(a.group.series_size, b.group.series_size, "group.series_size", d);
    differs(a.group.history, b.group.history, "group.history", d);
    differs(a.method.id, b.method.id, "method.id", d);
    differs(a.method.name, b.method.name, "method.name", d);
    differs(a.method.total_minutes, b.method.total_minutes, "method.total_minutes", d);
    differs(a.method.margin_minutes, b.method.margin_minutes, "method.margin_minutes", d);
    differs(a.method.steps.size(), b.method.steps.size(), "method.steps", d);
    for (size_t i = 0; d.empty() && i < a.method.steps.size(); ++i)
        differs(a.method.steps[i], b.method.steps[i], "method.steps[" + std::to_string(i) + "]", d);
    differs(a.atelier_name, b.atelier_name, "atelier_name", d);
    differs(a.client, b.client, "client", d);
    differs(a.step, b.step, "step", d);
    differs(a.finished, b.finished, "finished", d);
    differs(a.atelier_id, b.atelier_id, "atelier_id", d);
    differs(a.blanked, b.blanked, "blanked", d);
    differs(a.lang, b.lang, "lang", d);
    differs(a.next_opener, b.next_opener, "next_opener", d);
    differs(a.records.size(), b.records.size(), "records", d);
    for (size_t i = 0; d.empty() && i < a.records.size(); ++i) {
        const std::string f = "records[" + std::to_string(i) + "]";
        differs(a.records[i].timer, b.records[i].timer, f + ".timer", d);
        differs(a.records[i].turns.rounds, b.records[i].turns.rounds, f + ".turns.rounds", d);
        differs(a.records[i].turns, b.records[i].turns, f + ".turns", d);
        differs(a.records[i].visited, b.records[i].visited, f + ".visited", d);
        differs(a.records[i].rounds_granted, b.records[i].rounds_granted, f + ".rounds_granted", d);
    }
    differs(a.left, b.left, "left", d);
    differs(a.content, b.content, "content", d);
    differs(a.follow_up, b.follow_up, "follow_up", d);
    differs(a.presence, b.presence, "presence", d);
    differs(a.room, b.room, "room", d);
    differs(a.started_at, b.started_at, "started_at", d);
    differs(a.step_changed_at, b.step_changed_at, "step_changed_at", d);
    differs(a.rules, b.rules, "rules", d);
    differs(a.pending, b.pending, "pending", d);
    return d;
}

void require_sound(const Session& s, const Where& where) {
    if (const auto v = find_violation(s))
        fail("%s: invariant broken: %s: %s", describe(where).c_str(), v->field.c_str(), v->reason.c_str());
}

// The line `error` names in `text` ("line 196, column 22: ..."), bytes beyond ASCII in hex: what a reproducer must show.
std::string line_named(const std::string& text, const std::string& error) {
    const size_t at = error.find("line ");
    if (at == std::string::npos) return "";
    const long wanted = std::strtol(error.c_str() + at + 5, nullptr, 10);
    size_t start = 0;
    for (long n = 1; n < wanted && start != std::string::npos; ++n) start = text.find('\n', start) == std::string::npos ? std::string::npos : text.find('\n', start) + 1;
    if (start == std::string::npos) return "";
    std::string out;
    for (size_t i = start; i < text.size() && text[i] != '\n'; ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        char hex[8];
        std::snprintf(hex, sizeof hex, "\\x%02X", c);
        out += c < 0x80 ? std::string(1, static_cast<char>(c)) : std::string(hex);
    }
    return out;
}

void require_round_trip(const Session& s, int64_t now, const Where& where) {
    const std::string saved = state_to_json(s, now);
    const Parsed<SavedState> back = parse_state(saved, "round-trip");
    if (!back.ok())
        fail("%s: the saved session does not load back: %s\n    the line: %s", describe(where).c_str(), back.error.message().c_str(),
             line_named(saved, back.error.message()).c_str());
    const Session expected = without_pending(s);
    if (!(back.value->session == expected))
        fail("%s: saved and loaded back, the session differs at %s", describe(where).c_str(),
             first_difference(expected, back.value->session).c_str());
    if (back.value->saved_at != now)
        fail("%s: saved_at came back as %lld", describe(where).c_str(), static_cast<long long>(back.value->saved_at));
}

void draw_views(const Session& s, int64_t now, bool with_record, const Where& where) {
    const WallModel m = wall_model(s, now, kUtcOffsetMs);
    if (m.strip.size() != s.method.steps.size() || m.finished != s.finished)
        fail("%s: the wall's strip or summary disagrees with the session", describe(where).c_str());
    if (s.finished && m.summary_rows.size() != s.method.steps.size())
        fail("%s: the summary has %zu rows for %zu steps", describe(where).c_str(), m.summary_rows.size(), s.method.steps.size());
    if (const auto who = current_speaker(s); who && (m.speaker_name.empty() || m.speaker_name != speaker_name(s.group, *who)))
        fail("%s: speaker %d has the floor, the wall shows \"%s\"", describe(where).c_str(), *who, m.speaker_name.c_str());
    const NextPreview next = preview_next(s, now);
    if ((next.kind == Upcoming::speaker || next.kind == Upcoming::new_round) && next.speaker != kNobody &&
        speaker_name(s.group, next.speaker).empty())
        fail("%s: the next speaker %d has no name", describe(where).c_str(), next.speaker);
    if (next.kind == Upcoming::step && (next.step <= s.step || next.step >= static_cast<int>(s.method.steps.size())))
        fail("%s: the next step %d does not follow step %d", describe(where).c_str(), next.step, s.step);
    (void)round_plan(s, now);
    (void)all_text(s);
    if (!with_record) return;
    const Record r = make_record(s, now, kUtcOffsetMs);
    const size_t people = s.group.participants.size() + (s.group.facilitator.empty() ? 0 : 1);
    if (r.steps.size() != s.method.steps.size() || r.people.size() != people)
        fail("%s: the record has %zu steps and %zu people", describe(where).c_str(), r.steps.size(), r.people.size());
    if (record_markdown(r).empty() || record_csv(r).empty()) fail("%s: an empty record", describe(where).c_str());
}

bool require_contract(const Session& before, const Command& c, const Outcome& out, int64_t now, const Where& where) {
    if (std::holds_alternative<cmd::Next>(c)) require_next_as_announced(before, out, now, where);
    const Session& a = before;
    const Session& b = out.session;
    const bool same = same_saved(a, b);
    const auto difference = [&] { return first_difference(without_pending(a), without_pending(b)); };
    if (out.why != Why::ok) {
        if (!same)
            fail("%s: refused (%s) but the session changed at %s", describe(where).c_str(), tr(Lang::en, out.why),
                 difference().c_str());
        if (out.changed || out.quit || out.scrub)
            fail("%s: refused (%s) but reports a change, a flash, a quit or a scrub", describe(where).c_str(),
                 tr(Lang::en, out.why));
        return false;
    }
    if (!out.changed && !same)
        fail("%s: applied as unchanged (not saved) but the session changed at %s", describe(where).c_str(), difference().c_str());
    const bool quit_confirmed = std::holds_alternative<cmd::Confirm>(c) && before.pending == Pending::quit;
    if (out.quit != quit_confirmed) fail("%s: quit=%d", describe(where).c_str(), out.quit);
    if (starts_afresh(before, c)) return !same;
    // Nothing recorded is lost: people, the series, speaking time, step time.
    if (b.group.participants.size() < a.group.participants.size()) fail("%s: a participant vanished", describe(where).c_str());
    if (b.group.history.size() < a.group.history.size()) fail("%s: an atelier of the series vanished", describe(where).c_str());
    for (Speaker who = kFacilitator; who < static_cast<int>(a.group.participants.size()); ++who) {
        const int64_t was = speaking_time(a, who, now), is = speaking_time(b, who, now);
        if (is < was)
            fail("%s: speaker %d's speaking time went from %lld to %lld ms", describe(where).c_str(), who,
                 static_cast<long long>(was), static_cast<long long>(is));
    }
    for (size_t i = 0; i < a.records.size() && i < b.records.size(); ++i) {
        const int64_t was = elapsed(a.records[i].timer, now), is = elapsed(b.records[i].timer, now);
        if (is < was)
            fail("%s: step %zu's time went from %lld to %lld ms", describe(where).c_str(), i, static_cast<long long>(was),
                 static_cast<long long>(is));
    }
    return !same;
}

Session apply_checked(const Session& before, const Command& c, int64_t now, bool round_trip, bool with_record,
                      const Where& where) {
    Outcome out = reduce(before, c, now);
    const bool changed = require_contract(before, c, out, now, where);
    require_sound(out.session, where);
    draw_views(out.session, now, with_record, where);
    // `before` came back from its own save: only a change needs another.
    if (round_trip && changed) require_round_trip(out.session, now, where);
    return std::move(out.session);
}

// Parsed once per process: libFuzzer calls each target millions of times.
const ConfigSet& shipped_config() {
    static const ConfigSet config = load_config({}, "/nowhere");
    return config;
}

const std::vector<Start>& starts() {
    static const std::vector<Start> all = [] {
        constexpr int64_t kT0 = 1'780'000'000'000;  // an afternoon in 2026
        std::vector<Start> out;
        out.push_back({"sample", sample_session(shipped_config()), kT0});
        for (const std::string& name : demo_names())
            if (auto s = demo_session(shipped_config(), name, kT0)) out.push_back({"demo " + name, *s, kT0});
        for (const SeedFile& f : seed_files()) {
            const Parsed<SavedState> p = parse_state(f.text, f.name);
            if (!p.ok()) fail("seed %s is refused: %s", f.name, p.error.message().c_str());
            out.push_back({std::string("seed ") + f.name, p.value->session, p.value->saved_at});
        }
        for (const Start& s : out) {
            require_sound(s.session, Where{s.name.c_str(), -1, nullptr, s.now});
            require_round_trip(s.session, s.now, Where{s.name.c_str(), -1, nullptr, s.now});
        }
        return out;
    }();
    return all;
}

}  // namespace atelier::fuzz
