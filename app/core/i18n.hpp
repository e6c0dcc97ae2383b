#pragma once
// Every word the wall and the help overlay can show, in French and English.
// The console's words are in i18n_console.hpp.
#include <string>
#include <vector>

#include "core/commands.hpp"
#include "core/config_error.hpp"
#include "core/keymap.hpp"
#include "core/method.hpp"
#include "core/timer.hpp"

namespace atelier {

enum class Word {
    step, round, next, next_round, next_summary, this_turn, speaking_time, projected_end, passed,
    role_client, role_consultant, role_facilitator, nobody_has_floor, open_floor,
    summary_title, planned, added, actual, total, not_reached, blank_hint,
    confirm_quit, confirm_reset, confirm_language, help_title, help_close, help_footer,
    notice_saving_failed, notice_state_restored_backup, notice_state_reset, notice_config_error,
    notice_state_unreadable,  // pattern: the file, why
    press_start,
    // Patterns: "{}" is replaced by a name or a number (see fill()).
    board_request, board_contract, board_plan, board_follow_up, board_no_plan,
    posture_listens, posture_back_turned, series, round_of, last_round, rounds_while, has_left,
    next_unblanks, next_in_a_moment, content_erased_at_summary,
    board_no_follow_up_plan, opening_first_name, opening_first_instruction, posture_listens_brief, posture_back_turned_brief,
    count,
};

const char* tr(Lang lang, Word word);
const char* tr(Lang lang, Phase phase);         // the word that says the phase without colour
const char* tr(Lang lang, ClientActivity what);  // "Le client écoute et prend des notes"
const char* tr(Lang lang, Why why);              // why a command changed nothing
const char* tr(Lang lang, ActionKind action);    // help overlay
const char* tr(Lang lang, FileProblem problem);  // why a file cannot be read

// `pattern` with its "{}" replaced by `a`, then `b`; in French, "de {}"
// elides before a vowel ("d’Anaïs"); other languages are left as written.
std::string fill(Lang lang, const std::string& pattern, const std::string& a, const std::string& b = "");

// Every fixed string above, in every language: the glyph test checks each one.
std::vector<const char*> all_fixed_strings();
// Their msgids: the catalog test checks that each language translates each one.
struct Msg;
std::vector<Msg> all_fixed_msgs();

}  // namespace atelier
