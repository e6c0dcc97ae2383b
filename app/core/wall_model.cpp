#include "core/wall_model.hpp"

#include "core/format.hpp"
#include "core/i18n.hpp"
#include "core/i18n_room.hpp"
#include "core/reducer.hpp"

namespace atelier {
namespace {

std::string role_of(const Session& s, Speaker who) {
    if (who == kFacilitator) return tr(s.lang, Word::role_facilitator);
    return tr(s.lang, who == s.client ? Word::role_client : Word::role_consultant);
}

std::string step_title(const Session& s, int index) {
    const Step& step = s.method.steps[static_cast<size_t>(index)];
    const std::string number = display_number(s.method, index);
    return number.empty() ? step.name.in(s.lang)
                          : std::string(tr(s.lang, Word::step)) + " " + number + " — " + step.name.in(s.lang);
}

// What Next will do, in words; `brief`: a next step by its number alone
// ("Suivant : Étape 4"), for a wall with no room for its whole name.
std::string next_label(const Session& s, int64_t now, bool brief) {
    const NextPreview next = preview_next(s, now);
    std::string what;
    switch (next.kind) {
        case Upcoming::speaker: what = speaker_name(s.group, next.speaker); break;
        case Upcoming::new_round:
            what = std::string(tr(s.lang, Word::next_round)) + " — " + speaker_name(s.group, next.speaker);
            break;
        case Upcoming::step: {
            const std::string number = display_number(s.method, next.step);
            what = brief && !number.empty() ? std::string(tr(s.lang, Word::step)) + " " + number : step_title(s, next.step);
            break;
        }
        case Upcoming::summary: what = tr(s.lang, Word::next_summary); break;
        case Upcoming::nothing: return "";
    }
    if (next.guarded) what += std::string(" (") + tr(s.lang, Word::next_in_a_moment) + ")";
    return std::string(tr(s.lang, Word::next)) + " " + what;
}


BoardView board_of(const Session& s) {
    BoardView b;
    const Step& step = current_step(s);
    const std::string client = speaker_name(s.group, s.client);
    const Content& c = s.content;
    const bool has_contract = !c.contract.empty();
    const std::string& request = has_contract ? c.contract : c.request;
    switch (step.board) {
        case Board::none: break;
        case Board::request:
            if (request.empty()) break;
            b.kind = Board::request;
            b.title = fill(s.lang, tr(s.lang, has_contract ? Word::board_contract : Word::board_request), client);
            b.text = quoted(s.lang, request);
            break;
        case Board::plan:
            b.kind = Board::plan;
            b.title = fill(s.lang, tr(s.lang, Word::board_plan), client);
            if (!request.empty()) b.text = quoted(s.lang, request);
            b.items = c.plan;
            if (c.plan.empty()) b.note = tr(s.lang, Word::board_no_plan);
            break;
        case Board::follow_up:
            // The previous client is named even when no plan was kept (erased, or none written).
            if (s.follow_up.client.empty()) break;
            b.kind = Board::follow_up;
            b.title = fill(s.lang, tr(s.lang, Word::board_follow_up), s.follow_up.client);
            b.items = s.follow_up.plan;
            if (b.items.empty()) b.note = tr(s.lang, Word::board_no_follow_up_plan);
            break;
    }
    return b;
}

void fill_stage(WallModel& m, const Session& s) {
    for (int i = 0; i < static_cast<int>(s.method.steps.size()); ++i) {
        const Step& step = s.method.steps[static_cast<size_t>(i)];
        StripEntry e;
        e.number = display_number(s.method, i);
        e.name = step.name.in(s.lang);
        e.current = !s.finished && i == s.step;
        e.done = s.finished || (i < s.step && s.records[static_cast<size_t>(i)].visited);
        m.strip.push_back(e);
    }
    if (s.finished) return;
    const Step& step = current_step(s);
    const std::string number = display_number(s.method, s.step);
    if (!number.empty()) m.step_label = std::string(tr(s.lang, Word::step)) + " " + number;
    m.step_name = step.name.in(s.lang);
    m.instruction = step.instruction.in(s.lang);
    if (step.board == Board::follow_up && s.follow_up.client.empty()) {
        // The series' first atelier: no previous client to hear from.
        m.step_name = tr(s.lang, Word::opening_first_name);
        m.instruction = tr(s.lang, Word::opening_first_instruction);
    }
    const std::string client = speaker_name(s.group, s.client);
    if (step.client == ClientActivity::listens || step.client == ClientActivity::back_turned) {
        m.posture.activity = step.client;
        const bool listens = step.client == ClientActivity::listens;
        m.posture.text = fill(s.lang, tr(s.lang, listens ? Word::posture_listens : Word::posture_back_turned), client);
        m.posture.brief = tr(s.lang, listens ? Word::posture_listens_brief : Word::posture_back_turned_brief);
    } else if (step.speaking != SpeakingMode::everyone) {
        // In a round of everyone the client speaks in turn like the others:
        // "the client speaks" over a consultant's turn would be wrong.
        m.client_activity = tr(s.lang, step.client);
    }
    m.board = board_of(s);
}

void fill_timer(WallModel& m, const Session& s, int64_t now) {
    const StepRecord& rec = current_record(s);
    const int64_t left = remaining(rec.timer, now);
    m.phase = phase(rec.timer, thresholds(current_step(s)), now);
    m.overtime = left < 0;
    m.remaining_ms = left;
    m.timer_text = m.overtime ? overtime_text(-left) : countdown_text(left);
    m.phase_word = tr(s.lang, m.phase);
    if (m.phase == Phase::paused && m.overtime)
        m.phase_word += std::string(" — ") + tr(s.lang, Phase::overtime);
    if (m.phase == Phase::not_started) m.phase_word += std::string(" — ") + tr(s.lang, Word::press_start);
    m.progress = progress(rec.timer, now);
}

std::string round_label(const Session& s, int64_t now) {
    const RoundPlan plan = round_plan(s, now);
    if (!plan.round_step) return "";
    std::string label = plan.limit > 0 ? fill(s.lang, tr(s.lang, Word::round_of), std::to_string(plan.round), std::to_string(plan.limit))
                                       : std::string(tr(s.lang, Word::round)) + " " + std::to_string(plan.round);
    if (plan.last) label += std::string(" — ") + tr(s.lang, Word::last_round);
    else if (plan.limit == 0) label += " — " + fill(s.lang, tr(s.lang, Word::rounds_while), duration_text(plan.until_ms));
    return label;
}

void fill_turns(WallModel& m, const Session& s, int64_t now) {
    const StepRecord& rec = current_record(s);
    const Step& step = current_step(s);
    const int64_t e = elapsed(rec.timer, now);
    if (auto who = current_speaker(rec.turns)) {
        m.speaker_name = speaker_name(s.group, *who);
        m.speaker_role = role_of(s, *who);
        m.speaker_is_client = *who == s.client;
        m.speaker_is_facilitator = *who == kFacilitator;
        m.turn_time = std::string(tr(s.lang, Word::this_turn)) + " " + duration_text(current_turn_ms(rec.turns, e));
    } else {
        m.speaker_name = tr(s.lang, step.speaking == SpeakingMode::free ? Word::open_floor : Word::nobody_has_floor);
    }
    m.next_label = s.blanked ? std::string(tr(s.lang, Word::next)) + " " + tr(s.lang, Word::next_unblanks) : next_label(s, now, false);
    m.next_brief = s.blanked ? m.next_label : next_label(s, now, true);
    m.next_is_in_order = !s.blanked && preview_next(s, now).kind == Upcoming::speaker;
    if (step.speaking == SpeakingMode::free) {
        // Open floor: everyone can speak; show the group, the current one marked.
        for (int i = 0; i < static_cast<int>(s.group.participants.size()); ++i) {
            OrderEntry o{s.group.participants[static_cast<size_t>(i)], Mark::upcoming, i == s.client, false, s.left.count(i) > 0};
            if (current_speaker(rec.turns) == i) o.mark = Mark::current;
            else if (o.has_left) o.mark = Mark::passed, o.name += std::string(" (") + tr(s.lang, Word::has_left) + ")";
            else if (spoken(rec.turns, i, e) > 0) o.mark = Mark::spoke;
            m.order.push_back(o);
        }
        return;
    }
    if (rec.turns.rounds.empty()) return;
    const Round& round = rec.turns.rounds.back();
    for (size_t i = 0; i < round.order.size(); ++i) {
        const Speaker who = round.order[i];
        m.order.push_back({speaker_name(s.group, who), round.marks[i], who == s.client, who == kFacilitator, s.left.count(who) > 0});
    }
    m.round_label = round_label(s, now);
}

void fill_summary(WallModel& m, const Session& s, const Summary& sum) {
    for (size_t i = 0; i < sum.steps.size(); ++i) {
        const Step& step = s.method.steps[i];
        const std::string number = display_number(s.method, static_cast<int>(i));
        const std::string label = number.empty() ? step.name.in(s.lang) : number + ". " + step.name.in(s.lang);
        const StepSummary& st = sum.steps[i];
        m.summary_rows.push_back({label, st.planned_ms, st.added_ms, st.actual_ms, st.visited});
    }
    m.summary_total = {tr(s.lang, Word::total), sum.planned_total_ms, sum.added_total_ms, sum.actual_total_ms, true};
    for (const PersonSummary& p : sum.people) m.speaker_bars.push_back({p.name, p.spoken_ms, p.speaker == s.client});
    if (s.rules.forget_when_finished) m.summary_note = tr(s.lang, Word::content_erased_at_summary);
}

void fill_room(WallModel& m, const Session& s, int64_t now, const LocalTime& local) {
    m.message = s.room.message;
    if (s.room.break_until == 0) return;
    m.on_break = true;
    if (__builtin_sub_overflow(s.room.break_until, now, &m.break_left_ms)) m.break_left_ms = s.room.break_until > now ? INT64_MAX : INT64_MIN;
    if (m.break_left_ms > 0) {
        m.break_title = fill(s.lang, room_tr(s.lang, RWord::break_until), spoken_clock(s.lang, clock_text(s.room.break_until, local)));
        m.break_left = countdown_text(m.break_left_ms);
    } else {
        m.break_title = room_tr(s.lang, RWord::break_over);
    }
    m.break_hint = room_tr(s.lang, RWord::break_clear_hint);
}

}  // namespace

WallModel wall_model(const Session& s, int64_t now, const LocalTime& local) {
    WallModel m;
    m.lang = s.lang;
    m.blanked = s.blanked;
    m.finished = s.finished;
    m.clock = clock_text(now, local);
    m.group_name = s.group.name;
    m.atelier_name = s.atelier_name;
    m.series_label = fill(s.lang, tr(s.lang, Word::series), std::to_string(atelier_number(s)), std::to_string(s.group.series_size));
    if (s.pending == Pending::quit) m.confirm_prompt = tr(s.lang, Word::confirm_quit);
    if (s.pending == Pending::reset) m.confirm_prompt = tr(s.lang, Word::confirm_reset);
    if (s.pending == Pending::language) m.confirm_prompt = fill(s.lang, tr(s.lang, Word::confirm_language), lang_name(s.proposed_lang));
    fill_room(m, s, now, local);
    if (s.method.steps.empty()) return m;
    const Summary sum = summarize(s, now);
    if (!s.finished)
        m.projected_end = std::string(tr(s.lang, Word::projected_end)) + " " + clock_text(sum.projected_end, local);
    fill_stage(m, s);
    if (s.finished) {
        fill_summary(m, s, sum);
        return m;
    }
    fill_timer(m, s, now);
    fill_turns(m, s, now);
    return m;
}

WallEvent wall_event(FlashWatch& watch, const Session& s, Phase phase) {
    const bool primed = watch.primed;
    const bool step_changed = s.step != watch.step || s.finished != watch.finished;
    // Only time running out counts; resuming a paused timer is the facilitator's own act.
    const bool was_counting = watch.phase == Phase::running || watch.phase == Phase::warning || watch.phase == Phase::danger;
    const bool alert = was_counting && phase != watch.phase &&
                       (phase == Phase::warning || phase == Phase::danger || phase == Phase::overtime);
    watch = {true, s.step, s.finished, phase};
    if (!primed) return WallEvent::none;
    if (step_changed) return WallEvent::step;
    if (!alert) return WallEvent::none;
    if (phase == Phase::warning) return WallEvent::warning;
    return phase == Phase::danger ? WallEvent::danger : WallEvent::overtime;
}


}  // namespace atelier
