// The room's commands: a break with the time it ends, a message to the room.
#include "core/invariant.hpp"
#include "core/limits.hpp"
#include "core/reducer_support.hpp"
#include "core/text.hpp"

#include <algorithm>

namespace atelier::reducing {

bool on_break(const Session& s) { return s.room.break_until != 0; }

Outcome start_break(Session s, int64_t until, int64_t now) {
    if (until <= now) return refused(std::move(s), Why::break_in_past);
    int64_t length = 0;
    if (until > kMaxClockMs || __builtin_sub_overflow(until, now, &length) || length > limits::kBreakMs)
        return refused(std::move(s), Why::too_long);
    if (s.room.break_until == until) return refused(std::move(s), Why::already_there);
    s.room.break_until = until;
    // The atelier's time stops while the room is away; the facilitator starts
    // it again when the group is back (a break that ends by itself would run
    // the step's clock over people still in the corridor).
    if (!s.finished) {
        StepRecord& rec = record_of(s);
        if (rec.timer.started && !rec.timer.paused) {
            rec.turns.floor_since = std::min(rec.turns.floor_since, elapsed(rec.timer, now));
            rec.timer = paused(rec.timer, now);
        }
    }
    return applied(std::move(s));
}

Outcome end_break(Session s) {
    if (!on_break(s)) return refused(std::move(s), Why::no_break);
    s.room.break_until = 0;
    return applied(std::move(s));
}

Outcome set_message(Session s, const std::string& text) {
    if (text.empty()) {
        if (s.room.message.empty()) return refused(std::move(s), Why::no_message);
        s.room.message.clear();
        return applied(std::move(s));
    }
    if (const Why why = text_refusal(text, limits::kMessageChars, false); why != Why::ok) return refused(std::move(s), why);
    const auto tidy = tidy_text(text, limits::kMessageChars);
    if (!tidy || tidy->empty()) return refused(std::move(s), Why::bad_text);
    if (*tidy == s.room.message) return refused(std::move(s), Why::already_there);
    s.room.message = *tidy;
    return applied(std::move(s));
}

}  // namespace atelier::reducing
