#pragma once
// The words of the room beyond the atelier (a break, a message) and of the
// remote service (the console's remote panel), in French and English: kept
// apart from i18n.cpp and i18n_console.cpp so that they travel together.
#include <string>
#include <vector>

#include "core/commands.hpp"
#include "core/lang.hpp"

namespace atelier {

enum class RWord {
    // The wall. Patterns: "{}" is a time of day.
    break_until, break_over, break_clear_hint,
    // The console.
    break_title, break_minutes, break_at, break_start, break_end, message_title, message_show, message_clear,
    remote_title, remote_off, remote_address, remote_pin, remote_viewer, remote_devices, remote_revoke, remote_guessing,
    count,
};

const char* room_tr(Lang lang, RWord word);
// The reasons of the room's refusals (Why::break_in_past and after).
const char* room_why(Lang lang, Why why);
// "10 h 15" in French, "10:15" in English, from the wall's "10:15".
std::string spoken_clock(Lang lang, const std::string& clock);
// Every fixed string above, both languages (the glyph test checks them).
std::vector<const char*> all_room_strings();

}  // namespace atelier
