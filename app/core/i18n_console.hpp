#pragma once
// The facilitator's console's words, in French and English.
#include <string>
#include <vector>

#include "core/lang.hpp"

namespace atelier {

enum class CWord {
    overlay_banner, overlay_close, client, room_sees, room_sees_blank, state_dir,
    tab_steps, tab_people, tab_content, tab_prepare, tab_record,
    previous, next, start, pause, minus_minute, plus_minute, pass, one_more_round, rotate, shuffle, blank, unblank,
    to_english, to_french,
    col_step, col_planned, col_added, col_actual, col_left, col_go, go,
    order_hint, make_client, has_left, is_back, give_floor, late_arrival, after_current, at_end, add,
    request_of, contract, shown_when, plan_of, add_action, forget, forget_hint, forget_confirm, keep,
    record_hint, export_pdf, export_csv, export_md, not_yet_client,
    groups, current_group, new_group, group_name, facilitator, participants, add_participant, was_client, suggested,
    series_size, atelier_name, method, prepare_keys, start_atelier, discard, discard_confirm, keep_editing,
    replace_confirm, replace, keep_current, confirm_title, the_client, margin,
    prepare_bad_name, prepare_duplicate, prepare_no_participant, prepare_method,
    no_sound, exported_to, export_failed, config_error, groups_problem,
    // Saved ateliers offered back, and what Forget erases.
    offer_recovery, offer_readable_again, offer_take, offer_set_aside, offer_what,
    forget_intro, forget_this_texts, forget_earlier_texts, forget_this_plan, forget_follow_up_plan, forget_earlier_plans,
    forget_all, forget_keep_plans, forget_plans_kept, export_client, record_client_hint, overlay_close_help, draft_not_applied,
    // What is wrong with a file, by kind (core/config_error.hpp), in the facilitator's language.
    problem_unreadable, problem_too_large, problem_no_access, problem_missing, problem_wrong_type, problem_bad_value,
    problem_newer_schema, problem_field,
    console_window_title,
    count,
};

std::string console_tr(Lang lang, CWord word);
// The word's "{}" replaced by `value` (and the second by `second`).
std::string console_fill(Lang lang, CWord word, const std::string& value, const std::string& second = "");
// A word that shows a number: its "{}" replaced by `n`, in the plural form for `n`.
std::string console_fill_n(Lang lang, CWord word, long n);
struct ConfigError;
// A file's problem in the facilitator's language: the file, the field, what is
// wrong with it, then the parser's own detail (English) in parentheses.
std::string file_problem_line(Lang lang, const ConfigError& error);
// Every string of the table, both languages: the glyph test checks each one.
std::vector<const char*> all_console_strings();
// Their msgids: the catalog test checks that each language translates each one.
struct Msg;
std::vector<Msg> all_console_msgs();

}  // namespace atelier
