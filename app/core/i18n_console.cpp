#include "core/i18n_console.hpp"

#include "core/catalog.hpp"
#include "core/config_error.hpp"
#include "core/i18n.hpp"

// The msgids of po/atelier.pot (context "console"); the words are in po/<id>.po.

namespace atelier {
namespace {

const Msg kWords[] = {
    NC_("console", "FACILITATOR’S CONSOLE — the room sees this screen. Esc or F2 to go back to the wall."),
    NC_("console", "Back to the wall"),
    NC_("console", "Client:"),
    NC_("console", "What the room sees"),
    NC_("console", "What the room sees (screen blanked)"),
    NC_("console", "Atelier folder:"),
    NC_("console", "Steps"),
    NC_("console", "People and order"),
    NC_("console", "Request and plan"),
    NC_("console", "Prepare the next atelier"),
    NC_("console", "Record and series"),
    NC_("console", "◀ Previous"),
    NC_("console", "Next ▶"),
    NC_("console", "Start"),
    NC_("console", "Pause"),
    NC_("console", "−1 min"),
    NC_("console", "+1 min"),
    NC_("console", "Pass"),
    NC_("console", "One more round"),
    NC_("console", "Rotate the order"),
    NC_("console", "Shuffle"),
    NC_("console", "Blank the wall"),
    NC_("console", "Show the wall"),
    NC_("console", "English"),
    NC_("console", "Français"),
    NC_("console", "Step"),
    NC_("console", "Minutes"),
    NC_("console", "Added"),
    NC_("console", "Actual"),
    NC_("console", "Left"),
    NC_("console", "Go"),
    NC_("console", "Go"),
    NC_("console", "This round’s order: drag a name or use the arrows"),
    NC_("console", "Make client"),
    NC_("console", "Has left"),
    NC_("console", "Is back"),
    NC_("console", "Give the floor"),
    NC_("console", "Late arrival: name"),
    NC_("console", "after the current speaker"),
    NC_("console", "at the end of the round"),
    NC_("console", "Add"),
    NC_("console", "{}’s request"),
    NC_("console", "The contract (the request as reformulated and agreed)"),
    NC_("console", "Shown on the wall from the contract to the synthesis."),
    NC_("console", "{}’s action plan"),
    NC_("console", "Add the action"),
    NC_("console", "Erase the content"),
    NC_("console", "Request, contract and plans leave this machine: times and names stay."),
    NC_("console", "Erase the request, the contract and the action plans from this machine (state and backup)?"),
    NC_("console", "Keep"),
    NC_("console", "The record stays on this machine unless you export it: planned, added and actual times, speaking time, request, contract, action plan."),
    NC_("console", "Export as PDF"),
    NC_("console", "Export as CSV (spreadsheet)"),
    NC_("console", "Export as Markdown"),
    NC_("console", "Not yet client:"),
    NC_("console", "Groups"),
    NC_("console", "The current group"),
    NC_("console", "+ New group (Ctrl+N)"),
    NC_("console", "Group"),
    NC_("console", "Facilitator"),
    NC_("console", "Participants, in seating order"),
    NC_("console", "+ Add a participant"),
    NC_("console", "(already client)"),
    NC_("console", "(suggested: not yet client)"),
    NC_("console", "Ateliers in the series"),
    NC_("console", "Atelier name"),
    NC_("console", "Method (F3: next one)"),
    NC_("console", "Enter: next name · Alt+↑/↓: move · Tab: next field · Client: type the start of the name · F3: method · Ctrl+Enter: start · Esc: discard"),
    NC_("console", "Start this new atelier (Ctrl+Enter)"),
    NC_("console", "Discard"),
    NC_("console", "Discard the changes to this preparation?"),
    NC_("console", "Keep editing"),
    NC_("console", "The current atelier is not finished ({}). Replace it with this new one? Its times will be lost."),
    NC_("console", "Replace (Enter)"),
    NC_("console", "Keep the current atelier (Esc)"),
    NC_("console", "Please confirm"),
    NC_("console", "Today’s client"),
    NC_("console", "margin"),
    NC_("console", "Name refused (invalid characters or over 60 characters):"),
    NC_("console", "This name is already in the group:"),
    NC_("console", "The group needs at least one participant."),
    NC_("console", "Choose a method."),
    NC_("console", "No sound server: chimes are off."),
    NC_("console", "Record exported: {}"),
    NC_("console", "Cannot export: {}"),
    NC_("console", "Configuration file refused: {}"),
    NC_("console", "Group file refused: {}"),
    NC_("console", "Changes could not be saved at the last exit: {}. Go back to them?"),
    NC_("console", "state.json can be read again: {}. Go back to that atelier? (What was done since is set aside.)"),
    NC_("console", "Go back to it"),
    NC_("console", "Set aside"),
    NC_("console", "{}, saved at {}"),
    NC_("console", "Erase from this machine (state and backup):"),
    NC_("console", "this atelier’s request and contract"),
    NPC_("console", "the requests and contracts kept from {} earlier atelier", "the requests and contracts kept from {} earlier ateliers"),
    NPC_("console", "this atelier’s action plan ({} action), read at the next atelier’s opening", "this atelier’s action plan ({} actions), read at the next atelier’s opening"),
    NC_("console", "{}’s plan, read at this atelier’s opening"),
    NPC_("console", "the plans of {} earlier atelier", "the plans of {} earlier ateliers"),
    NC_("console", "Erase everything"),
    NC_("console", "Erase, keep the action plans"),
    NC_("console", "The action plans stay for the next atelier’s follow-up."),
    NC_("console", "The client’s record (PDF)"),
    NC_("console", "For the client: their request, the contract and their action plan — no speaking times."),
    NC_("console", "Close"),
    NC_("console", "Not applied yet: click in the field, then Tab to apply it"),
    NC_("console", "unreadable (incomplete or broken JSON)"),
    NC_("console", "too large"),
    NC_("console", "cannot be read"),
    NC_("console", "missing"),
    NC_("console", "of the wrong type"),
    NC_("console", "a value that makes no sense"),
    NC_("console", "written by a newer Atelier, left as it is"),
    NC_("console", "field “{}”"),
    NC_("console", "Atelier — console"),
};
static_assert(sizeof(kWords) / sizeof(kWords[0]) == static_cast<size_t>(CWord::count));

}  // namespace

std::string console_tr(Lang lang, CWord word) {
    return translate(lang, kWords[static_cast<size_t>(word)]);
}

std::string console_fill(Lang lang, CWord word, const std::string& value, const std::string& second) {
    return fill(lang, console_tr(lang, word), value, second);
}

std::string console_fill_n(Lang lang, CWord word, long n) {
    return fill(lang, translate_n(lang, kWords[static_cast<size_t>(word)], n), std::to_string(n));
}

std::string file_problem_line(Lang lang, const ConfigError& e) {
    static constexpr CWord kinds[] = {CWord::problem_unreadable, CWord::problem_too_large, CWord::problem_no_access,
                                      CWord::problem_missing,    CWord::problem_wrong_type, CWord::problem_bad_value,
                                      CWord::problem_newer_schema};
    std::string out = e.file;
    if (e.field != "(file)" && !e.field.empty()) out += ", " + console_fill(lang, CWord::problem_field, e.field);
    static_assert(sizeof(kinds) / sizeof(kinds[0]) == static_cast<size_t>(ErrorKind::newer_schema) + 1);
    out += colon(lang) + " " + console_tr(lang, kinds[static_cast<size_t>(e.kind)]);
    if (!e.reason.empty()) out += " (" + e.reason + ")";
    return out;
}

std::vector<const char*> all_console_strings() {
    std::vector<const char*> out;
    for (const Msg& m : kWords)
        for (size_t l = 0; l < kLangCount; ++l) {
            out.push_back(translate_n(static_cast<Lang>(l), m, 1));
            out.push_back(translate_n(static_cast<Lang>(l), m, 2));
        }
    return out;
}

std::vector<Msg> all_console_msgs() { return std::vector<Msg>(std::begin(kWords), std::end(kWords)); }

}  // namespace atelier
