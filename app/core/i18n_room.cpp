#include "core/i18n_room.hpp"

#include <iterator>

#include "core/catalog.hpp"

// The texts are msgids of po/atelier.pot, in English, like i18n.cpp's; each
// language's words are in po/<id>.po.

namespace atelier {
namespace {

const Msg kWords[] = {
    NC_("wall", "Break — back at {}"),
    NC_("wall", "The break is over — we resume"),
    NC_("wall", "Next or Start to resume"),
    NC_("wall", "Break"),
    NC_("console", "Break and message"),
    NC_("console", "Break (minutes)"),
    NC_("console", "or until (HH:MM)"),
    NC_("console", "Start the break"),
    NC_("console", "End the break"),
    NC_("console", "Message to the room"),
    NC_("console", "Show"),
    NC_("console", "Clear the message"),
    NC_("console", "Remote"),
    NC_("console", "Remote off (settings.json, remote.enabled)"),
    NC_("console", "Address"),
    NC_("console", "PIN:"),
    NC_("console", "Viewer link"),
    NC_("console", "Paired devices: {}"),
    NC_("console", "Revoke all (new PIN, new links)"),
    NC_("console", "Someone is guessing PINs from {}"),
};
static_assert(sizeof(kWords) / sizeof(kWords[0]) == static_cast<size_t>(RWord::count));

const Msg kWhy[] = {
    NC_("refusal", "The break would end before now"),
    NC_("refusal", "No break under way"),
    NC_("refusal", "No message shown"),
};
constexpr int kFirstWhy = static_cast<int>(Why::break_in_past);
static_assert(sizeof(kWhy) / sizeof(kWhy[0]) == static_cast<size_t>(Why::no_message) - kFirstWhy + 1);

const Msg kProblems[] = {
    NC_("remote", "This address is not the atelier’s (Host refused)"),
    NC_("remote", "Request from another site (Origin refused)"),
    NC_("remote", "Not paired: a PIN, a key or a viewer link is needed"),
    NC_("remote", "Not paired: a PIN or a key is needed"),
    NC_("remote", "A GET needs the API key (Authorization: Bearer KEY or ?key=KEY)"),
    NC_("remote", "Wrong PIN"),
    NC_("remote", "Too many wrong PINs from this address: wait a minute"),
    NC_("remote", "“{}” is only for this machine’s atelier send"),
    NC_("remote", "The atelier did not answer in time"),
    NC_("remote", "Too many pages connected"),
    NC_("remote", "Too many arguments"),
    NC_("remote", "Request body too large"),
    NC_("remote", "No such page or verb"),
    NC_("remote", "Bad request"),
};
static_assert(sizeof(kProblems) / sizeof(kProblems[0]) == static_cast<size_t>(RemoteProblem::count));

// The kind of problem of a request body (config_error.hpp's ErrorKind).
const Msg kBodyProblems[] = {
    NC_("request error", "not readable JSON"),
    NC_("request error", "too large"),
    NC_("request error", "cannot be read"),
    NC_("request error", "missing"),
    NC_("request error", "wrong type"),
    NC_("request error", "value not accepted"),
    NC_("request error", "from a newer Atelier"),
};
static_assert(sizeof(kBodyProblems) / sizeof(kBodyProblems[0]) == static_cast<size_t>(ErrorKind::newer_schema) + 1);

const std::vector<PageWord> kPageWords = {
    {"previous", NC_("phone", "◀ Previous")},
    {"next", NC_("phone", "Next ▶")},
    {"start", NC_("phone", "Start")},
    {"pause", NC_("phone", "Pause")},
    {"minus", NC_("phone", "−1 min")},
    {"plus", NC_("phone", "+1 min")},
    {"pass", NC_("phone", "Pass")},
    {"round", NC_("phone", "One more round")},
    {"blank", NC_("phone", "Blank")},
    {"endBreak", NC_("phone", "End the break")},
    {"floor", NC_("phone", "Give the floor")},
    {"more", NC_("phone", "Break and message")},
    {"breakAt", NC_("phone", "minutes or HH:MM")},
    {"break", NC_("phone", "Break")},
    {"message", NC_("phone", "Show")},
    {"clearMessage", NC_("phone", "Clear the message")},
    {"pairTitle", NC_("phone", "PIN shown on the facilitator’s console")},
    {"pair", NC_("phone", "Pair")},
    {"connected", NC_("phone", "Connected")},
    {"lost", NC_("phone", "Connection lost — retrying…")},
    {"back", NC_("phone", "Back")},
};

}  // namespace

const char* remote_problem(Lang lang, RemoteProblem problem) { return translate(lang, kProblems[static_cast<int>(problem)]); }

std::string request_error_text(Lang lang, const ConfigError& error) {
    const std::string kind = translate(lang, kBodyProblems[static_cast<int>(error.kind)]);
    const std::string field = error.field == "(file)" ? "(body)" : error.field;
    return field + colon(lang) + " " + kind + (error.reason.empty() ? "" : " (" + error.reason + ")");
}

const std::vector<PageWord>& page_words() { return kPageWords; }

const char* room_tr(Lang lang, RWord word) { return translate(lang, kWords[static_cast<int>(word)]); }

const char* room_why(Lang lang, Why why) {
    const int i = static_cast<int>(why) - kFirstWhy;
    if (i < 0 || i >= static_cast<int>(sizeof(kWhy) / sizeof(kWhy[0]))) return "";
    return translate(lang, kWhy[i]);
}

std::string spoken_clock(Lang lang, const std::string& clock) {
    if (lang != Lang::fr) return clock;  // "10 h 15" is French; the others read "10:15"
    const auto colon = clock.find(':');
    if (colon == std::string::npos) return clock;
    return clock.substr(0, colon) + " h " + clock.substr(colon + 1);
}

std::vector<Msg> all_room_msgs() {
    std::vector<Msg> out(std::begin(kWords), std::end(kWords));
    out.insert(out.end(), std::begin(kWhy), std::end(kWhy));
    out.insert(out.end(), std::begin(kProblems), std::end(kProblems));
    out.insert(out.end(), std::begin(kBodyProblems), std::end(kBodyProblems));
    return out;
}

}  // namespace atelier
