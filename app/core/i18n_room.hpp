#pragma once
// The words of the room beyond the atelier (a break, a message) and of the
// remote service (the console's remote panel), from the gettext catalogs like
// the rest: kept apart from i18n.cpp and i18n_console.cpp so that they travel
// together.
#include <string>
#include <vector>

#include "core/catalog.hpp"
#include "core/commands.hpp"
#include "core/config_error.hpp"
#include "core/lang.hpp"

namespace atelier {

enum class RWord {
    // The wall. Patterns: "{}" is a time of day.
    break_until, break_over, break_clear_hint, break_word,
    // The console.
    break_title, break_minutes, break_at, break_start, break_end, message_title, message_show, message_clear,
    remote_title, remote_off, remote_address, remote_pin, remote_viewer, remote_devices, remote_revoke, remote_guessing,
    count,
};

const char* room_tr(Lang lang, RWord word);

// Why the remote service refuses a request before any command: answered in
// the client's language (its browser's Accept-Language), else the room's.
enum class RemoteProblem {
    host_refused, origin_refused, not_paired, not_paired_command, get_needs_key, wrong_pin, pin_guessing, local_only,
    no_answer, too_many_pages, too_many_args, body_too_large, no_such_page, bad_request, count,
};
const char* remote_problem(Lang lang, RemoteProblem problem);
// A request body that could not be read (remote_request.hpp's decoders), in
// `lang`: the field and the kind of problem in the client's words, then the
// JSON reader's own detail between parentheses ("args[0]: falscher Typ (expected…)").
std::string request_error_text(Lang lang, const ConfigError& error);
// The fixed words of the phone and viewer pages: a key the page's script
// looks up, and the text. Inlined into the page in the client's language.
struct PageWord {
    const char* key;
    Msg msg;
};
const std::vector<PageWord>& page_words();
// The reasons of the room's refusals (Why::break_in_past and after).
const char* room_why(Lang lang, Why why);
// "10 h 15" in French, "10:15" in the other languages, from the wall's "10:15".
std::string spoken_clock(Lang lang, const std::string& clock);
// Every text the wall or the console may draw (the catalog and glyph tests
// check them in every language; the pages' words, drawn by a browser, are
// checked by scripts/po-check.sh like every marked text).
std::vector<Msg> all_room_msgs();

}  // namespace atelier
