#include "core/wall_model.hpp"

#include "core/format.hpp"
#include "core/i18n.hpp"
#include "core/reducer.hpp"

namespace atelier {
namespace {

std::string role_of(const Session& s, Speaker who) {
    if (who == kFacilitator) return tr(s.lang, Word::role_facilitator);
    return tr(s.lang, who == s.client ? Word::role_client : Word::role_consultant);
}

std::string next_label(const Session& s, int64_t now) {
    const NextPreview next = preview_next(s, now);
    std::string what;
    switch (next.kind) {
        case Upcoming::speaker: what = speaker_name(s.group, next.speaker); break;
        case Upcoming::new_round:
            what = std::string(tr(s.lang, Word::next_round)) + " — " + speaker_name(s.group, next.speaker);
            break;
        case Upcoming::step: {
            const Step& step = s.method.steps[static_cast<size_t>(next.step)];
            what = step.number.empty() ? step.name.in(s.lang)
                                       : std::string(tr(s.lang, Word::step)) + " " + step.number + " — " + step.name.in(s.lang);
            break;
        }
        case Upcoming::summary: what = tr(s.lang, Word::next_summary); break;
        case Upcoming::nothing: return "";
    }
    return std::string(tr(s.lang, Word::next)) + " " + what;
}

void fill_stage(WallModel& m, const Session& s) {
    for (int i = 0; i < static_cast<int>(s.method.steps.size()); ++i) {
        const Step& step = s.method.steps[static_cast<size_t>(i)];
        StripEntry e;
        e.number = step.number;
        e.name = step.name.in(s.lang);
        e.current = !s.finished && i == s.step;
        e.done = s.finished || (i < s.step && s.records[static_cast<size_t>(i)].visited);
        m.strip.push_back(e);
    }
    if (s.finished) return;
    const Step& step = current_step(s);
    m.step_label = std::string(tr(s.lang, Word::step)) + " " +
                   (step.number.empty() ? std::to_string(s.step + 1) : step.number);
    m.step_name = step.name.in(s.lang);
    m.instruction = step.instruction.in(s.lang);
    m.client_activity = tr(s.lang, step.client);
}

void fill_timer(WallModel& m, const Session& s, int64_t now) {
    const StepRecord& rec = current_record(s);
    const int64_t left = remaining(rec.timer, now);
    m.phase = phase(rec.timer, thresholds(current_step(s)), now);
    m.overtime = left < 0;
    m.timer_text = m.overtime ? overtime_text(-left) : countdown_text(left);
    m.phase_word = tr(s.lang, m.phase);
    if (m.phase == Phase::paused && m.overtime)
        m.phase_word += std::string(" — ") + tr(s.lang, Phase::overtime);
    if (m.phase == Phase::not_started) m.phase_word += std::string(" — ") + tr(s.lang, Word::press_start);
    m.progress = progress(rec.timer, now);
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
    m.next_label = next_label(s, now);
    if (step.speaking == SpeakingMode::free) {
        // Open floor: everyone can speak; show the group, the current one marked.
        for (int i = 0; i < static_cast<int>(s.group.participants.size()); ++i) {
            OrderEntry o{s.group.participants[static_cast<size_t>(i)], Mark::upcoming, i == s.client, false};
            if (current_speaker(rec.turns) == i) o.mark = Mark::current;
            else if (spoken(rec.turns, i, e) > 0) o.mark = Mark::spoke;
            m.order.push_back(o);
        }
        return;
    }
    if (rec.turns.rounds.empty()) return;
    const Round& round = rec.turns.rounds.back();
    for (size_t i = 0; i < round.order.size(); ++i) {
        const Speaker who = round.order[i];
        m.order.push_back({speaker_name(s.group, who), round.marks[i], who == s.client, who == kFacilitator});
    }
    if (step.speaking == SpeakingMode::round)
        m.round_label = std::string(tr(s.lang, Word::round)) + " " + std::to_string(round_number(rec.turns));
}

void fill_summary(WallModel& m, const Session& s, const Summary& sum) {
    for (size_t i = 0; i < sum.steps.size(); ++i) {
        const Step& step = s.method.steps[i];
        const std::string label = step.number.empty() ? step.name.in(s.lang) : step.number + ". " + step.name.in(s.lang);
        m.summary_rows.push_back({label, sum.steps[i].planned_ms, sum.steps[i].actual_ms, sum.steps[i].visited});
    }
    m.summary_total = {tr(s.lang, Word::total), sum.planned_total_ms, sum.actual_total_ms, true};
    for (const PersonSummary& p : sum.people) m.speaker_bars.push_back({p.name, p.spoken_ms, p.speaker == s.client});
}

}  // namespace

WallModel wall_model(const Session& s, int64_t now, int64_t utc_offset_ms) {
    WallModel m;
    m.lang = s.lang;
    m.blanked = s.blanked;
    m.finished = s.finished;
    m.clock = clock_text(now, utc_offset_ms);
    m.group_name = s.group.name;
    m.atelier_name = s.atelier_name;
    if (s.pending == Pending::quit) m.confirm_prompt = tr(s.lang, Word::confirm_quit);
    if (s.pending == Pending::reset) m.confirm_prompt = tr(s.lang, Word::confirm_reset);
    if (s.method.steps.empty()) return m;
    const Summary sum = summarize(s, now);
    if (!s.finished)
        m.projected_end = std::string(tr(s.lang, Word::projected_end)) + " " + clock_text(sum.projected_end, utc_offset_ms);
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

bool flash_due(FlashWatch& watch, const Session& s, Phase phase) { return wall_event(watch, s, phase) != WallEvent::none; }

}  // namespace atelier
