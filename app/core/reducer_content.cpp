// Commands about what is said: the client's request, the contract, the action
// plan, and forgetting them (confidentiality is a founding rule of the method).
#include "core/reducer_support.hpp"
#include "core/text.hpp"

namespace atelier::reducing {

Why text_refusal(const std::string& text, size_t max_chars, bool is_name) {
    switch (text_problem(text, max_chars, is_name)) {
        case TextProblem::none: return Why::ok;
        case TextProblem::too_long: return Why::text_too_long;
        case TextProblem::not_drawable: return Why::not_drawable;
        case TextProblem::invisible: return Why::empty_name;
        case TextProblem::invalid_utf8:
        case TextProblem::control: break;
    }
    return Why::bad_text;
}

Outcome set_request(Session s, const std::string& text, bool contract) {
    if (const Why why = text_refusal(text, kMaxRequestChars, false); why != Why::ok) return refused(std::move(s), why);
    const auto tidy = tidy_text(text, kMaxRequestChars);
    if (!tidy) return refused(std::move(s), Why::bad_text);
    std::string& target = contract ? s.content.contract : s.content.request;
    if (target == *tidy) return refused(std::move(s), Why::already_there);
    target = *tidy;
    sync_history(s);
    return applied(std::move(s));
}

Outcome add_plan_item(Session s, const std::string& text) {
    if (const Why why = text_refusal(text, kMaxPlanItemChars, false); why != Why::ok) return refused(std::move(s), why);
    const auto tidy = tidy_text(text, kMaxPlanItemChars);
    if (!tidy) return refused(std::move(s), Why::bad_text);
    if (tidy->empty()) return refused(std::move(s), Why::empty_text);
    if (s.content.plan.size() >= kMaxPlanItems) return refused(std::move(s), Why::too_many_items);
    s.content.plan.push_back(*tidy);
    sync_history(s);
    return applied(std::move(s));
}

Outcome edit_plan_item(Session s, int index, const std::string& text) {
    if (index < 0 || index >= static_cast<int>(s.content.plan.size())) return refused(std::move(s), Why::no_such_item);
    if (const Why why = text_refusal(text, kMaxPlanItemChars, false); why != Why::ok) return refused(std::move(s), why);
    const auto tidy = tidy_text(text, kMaxPlanItemChars);
    if (!tidy) return refused(std::move(s), Why::bad_text);
    auto& plan = s.content.plan;
    if (tidy->empty()) {
        plan.erase(plan.begin() + index);
    } else {
        if (plan[static_cast<size_t>(index)] == *tidy) return refused(std::move(s), Why::already_there);
        plan[static_cast<size_t>(index)] = *tidy;
    }
    sync_history(s);
    return applied(std::move(s));
}

// What is said in the room goes: the requests and contracts of this atelier
// and of the series; the action plans too unless `keep_plan` (this atelier's
// plan is the next one's follow-up). Times, names and who was client when stay.
Outcome forget_content(Session s, bool keep_plan) {
    bool any = !s.content.request.empty() || !s.content.contract.empty();
    if (!keep_plan) any = any || !s.content.plan.empty() || !s.follow_up.plan.empty();
    for (const PastAtelier& past : s.group.history)
        any = any || !past.request.empty() || !past.contract.empty() || (!keep_plan && !past.plan.empty());
    if (!any) return refused(std::move(s), Why::nothing_to_forget);
    s.content.request.clear();
    s.content.contract.clear();
    if (!keep_plan) {
        s.content.plan.clear();
        s.follow_up.plan.clear();
    }
    for (PastAtelier& past : s.group.history) {
        past.request.clear();
        past.contract.clear();
        if (!keep_plan) past.plan.clear();
    }
    sync_history(s);
    Outcome out = applied(std::move(s));
    out.scrub = true;
    return out;
}

}  // namespace atelier::reducing

namespace atelier {

ForgetScope forget_scope(const Session& s) {
    ForgetScope f;
    f.request = !s.content.request.empty();
    f.contract = !s.content.contract.empty();
    f.plan_items = s.content.plan.size();
    f.follow_up_items = s.follow_up.plan.size();
    for (const PastAtelier& past : s.group.history) {
        if (past.id == s.atelier_id) continue;  // this atelier's own entry: counted above
        if (!past.request.empty() || !past.contract.empty()) ++f.earlier_texts;
        if (!past.plan.empty()) ++f.earlier_plans;
    }
    return f;
}

}  // namespace atelier

namespace atelier::reducing {

bool forget_at_finish(Session& s) {
    if (!s.rules.forget_when_finished) return false;
    const bool any = !s.content.request.empty() || !s.content.contract.empty() || (!s.rules.keep_plan && !s.content.plan.empty());
    s.content.request.clear();
    s.content.contract.clear();
    if (!s.rules.keep_plan) s.content.plan.clear();
    sync_history(s);
    return any;
}

}  // namespace atelier::reducing
