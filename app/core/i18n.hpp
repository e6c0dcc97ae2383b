#pragma once
// Every word the wall and the help overlay can show, in French and English.
#include <vector>

#include "core/commands.hpp"
#include "core/keymap.hpp"
#include "core/method.hpp"
#include "core/timer.hpp"

namespace atelier {

enum class Word {
    step, round, next, next_round, next_summary, this_turn, speaking_time, projected_end, passed,
    role_client, role_consultant, role_facilitator, nobody_has_floor, open_floor,
    summary_title, planned, actual, total, not_reached, blank_hint,
    confirm_quit, confirm_reset, help_title, help_close, help_footer,
    notice_saving_failed, notice_state_restored_backup, notice_state_reset, notice_config_error,
    press_start,
    setup_title, setup_method, setup_durations, setup_participants, setup_add, setup_client, setup_suggest,
    setup_facilitator, setup_group, setup_atelier, setup_language, setup_confirm, setup_cancel, setup_duplicate,
    setup_minutes, setup_no_participant, setup_empty_name, setup_keys_hint,
    count,
};

const char* tr(Lang lang, Word word);
const char* tr(Lang lang, Phase phase);         // the word that says the phase without colour
const char* tr(Lang lang, ClientActivity what);  // "Le client écoute et prend des notes"
const char* tr(Lang lang, Why why);              // why a command changed nothing
const char* tr(Lang lang, ActionKind action);    // help overlay

// Every fixed string above, in both languages: the glyph test checks each one.
std::vector<const char*> all_fixed_strings();

}  // namespace atelier
