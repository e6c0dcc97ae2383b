#include "platform/session_owner.hpp"

#include <cstdio>

#include "core/i18n.hpp"

namespace atelier::platform {

namespace {
constexpr int64_t kNoticeMs = 4000;
constexpr size_t kLogLines = 40;
}  // namespace

SessionOwner::SessionOwner(StateStore& store, GroupLibrary& library, bool saving)
    : store_(store), library_(library), saving_(saving) {}

void SessionOwner::adopt(Session session, int64_t now) {
    session_ = std::move(session);
    ++revision_;
    save_group(now);
}

Outcome SessionOwner::apply(const Command& command, int64_t now) {
    Outcome out = reduce(session_, command, now);
    if (out.why != Why::ok) notice(tr(out.session.lang, out.why), now, true, kNoticeMs);
    session_ = out.session;
    if (out.changed || out.quit || session_.pending != Pending::none || out.why == Why::ok) ++revision_;
    if (out.changed && saving_) {
        store_.save(session_, now, out.scrub);
        save_group(now);
    }
    if (out.changed && std::holds_alternative<cmd::NewAtelier>(command)) ++ateliers_begun_;
    if (out.quit) quit_ = true;
    return out;
}

void SessionOwner::tick(int64_t now) {
    if (saving_) store_.retry(now);
}

void SessionOwner::save_group(int64_t now) {
    if (!saving_ || session_.group == saved_group_) return;
    std::string kept_aside;
    const std::string error = library_.save({session_.group, session_.atelier_name, session_.method.id}, now, &kept_aside);
    if (!kept_aside.empty()) {
        std::fprintf(stderr, "atelier: groups: %s\n", kept_aside.c_str());
        notice("groups: " + kept_aside, now, true);
    }
    if (error.empty()) {
        saved_group_ = session_.group;
        return;
    }
    if (error != last_group_error_) std::fprintf(stderr, "atelier: groups: %s\n", error.c_str());  // once, not at every change
    last_group_error_ = error;
    notice("groups: " + error, now, true);
}

std::string SessionOwner::wall_notice(int64_t now) const {
    if (now >= wall_notice_until_) return "";
    return wall_word_ != Word::count ? tr(session_.lang, wall_word_) : wall_notice_;
}

void SessionOwner::notice(Word word, int64_t now, int64_t wall_ms) {
    notice(tr(session_.lang, word), now, true, wall_ms);
    wall_word_ = word;
}

void SessionOwner::notice(const std::string& text, int64_t now, bool problem, int64_t wall_ms) {
    if (wall_ms > 0) {
        wall_notice_ = text;
        wall_word_ = Word::count;
        wall_notice_until_ = now + wall_ms;
    }
    if (!log_.empty() && log_.back().text == text && log_.back().problem == problem) {
        log_.back().at = now;
        ++log_.back().times;
    } else {
        log_.push_back({now, text, problem});
        if (log_.size() > kLogLines) log_.pop_front();
    }
    ++revision_;
}

}  // namespace atelier::platform
