#include "platform/startup.hpp"

#include <algorithm>
#include <cstdio>

#include "core/demo.hpp"
#include "core/i18n.hpp"
#include "core/i18n_console.hpp"

namespace atelier::platform {

namespace {

constexpr int64_t kStartNoticeMs = 20'000;

void restore_saved(SessionOwner& owner, StateStore& store, SessionClock& clock, const Options& o, const ConfigSet& config) {
    Restored restored = reads_only(o) ? store.peek(config) : store.load(config, clock.now());
    clock.resume_from(restored.saved_at, restored.clock);
    const int64_t now = clock.now();
    for (const std::string& m : restored.messages) {
        std::fprintf(stderr, "atelier: %s\n", m.c_str());
        owner.notice(m, now, true);
    }
    owner.adopt(std::move(restored.session), now);
    store.add_offers(std::move(restored.offers));
    const Lang lang = owner.session().lang;
    if (restored.has_notice && restored.notice != Word::notice_state_unreadable) owner.notice(restored.notice, now, kStartNoticeMs);
    // The wall says it for as long as it lasts (frames.cpp); the console in the same words.
    if (store.blocked())
        owner.notice(fill(lang, tr(lang, Word::notice_state_unreadable), "state.json", tr(lang, store.blocked_problem())), now, true);
    // What was loaded instead of a damaged file becomes the state at once:
    // the next start must not find the folder without one.
    if (restored.has_notice && owner.saving()) store.save(owner.session(), now);
}

}  // namespace

void restore_atelier(SessionOwner& owner, StateStore& store, SessionClock& clock, const Options& o, const ConfigSet& config) {
    if (o.clock) clock.freeze_at(*o.clock);
    if (!o.demo.empty()) owner.adopt(*demo_session(config, o.demo, clock.now()), clock.now());
    else restore_saved(owner, store, clock, o, config);
    const int64_t now = clock.now();
    const Settings& st = config.settings;
    const Rules wanted{std::clamp<int64_t>(st.step_guard_ms, 0, kMaxStepGuardMs), st.forget_content_when_finished,
                       st.keep_plan_for_follow_up, st.languages};
    if (!(owner.session().rules == wanted))
        owner.apply(cmd::SetRules{wanted.step_guard_ms, wanted.forget_when_finished, wanted.keep_plan, wanted.languages}, now);
    if (o.lang) {
        const Lang lang = lang_from_id(*o.lang).value_or(Lang::fr);  // options.cpp refused unknown ids
        if (owner.session().lang != lang) owner.apply(cmd::SetLang{lang}, now);
    }
    for (const ConfigError& e : config.errors) {
        std::fprintf(stderr, "atelier: %s (using the default)\n", e.message().c_str());
        owner.notice(console_fill(owner.session().lang, CWord::config_error, file_problem_line(owner.session().lang, e)), now, true);
    }
    if (!config.errors.empty()) owner.notice(Word::notice_config_error, now, kStartNoticeMs);
}

}  // namespace atelier::platform
