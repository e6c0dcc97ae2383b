#include "core/i18n.hpp"
#include "core/i18n_room.hpp"

#include <cctype>
#include <string_view>

#include "core/catalog.hpp"

// The texts are the msgids of po/atelier.pot, in English; each language's
// words, typography included, are in po/<id>.po.

namespace atelier {
namespace {

const char* pick(Lang lang, const Msg& m) { return *m.id ? translate(lang, m) : ""; }

const Msg kWords[] = {
    NC_("wall", "Step"),
    NC_("wall", "Round"),
    NC_("wall", "Next:"),
    NC_("wall", "new round"),
    NC_("wall", "atelier summary"),
    NC_("wall", "This turn"),
    NC_("wall", "Speaking time"),
    NC_("wall", "Projected end"),
    NC_("wall", "passed"),
    NC_("wall", "Client"),
    NC_("wall", "Consultant"),
    NC_("wall", "Facilitator"),
    NC_("wall", "Nobody has the floor"),
    NC_("wall", "Open floor"),
    NC_("wall", "Atelier summary"),
    NC_("wall", "Planned"),
    NC_("wall", "Added"),
    NC_("wall", "Actual"),
    NC_("wall", "Total"),
    NC_("wall", "not reached"),
    NC_("wall", "Screen blanked — press “.” to return"),
    NC_("wall", "Quit Atelier? Enter to confirm, any other key to cancel."),
    NC_("wall", "Restart the atelier from zero? Enter to confirm, any other key to cancel."),
    NC_("wall", "Wall language: {}? Enter to confirm, L for the next language, any other key to cancel."),
    NC_("wall", "Keys"),
    NC_("wall", "H or F1 to close"),
    NC_("wall", "H: help"),
    NC_("wall", "Cannot save — the atelier goes on in memory, retrying soon"),
    NC_("wall", "Damaged state file — the previous backup was loaded"),
    NC_("wall", "Damaged state file — sample atelier loaded, the old file was kept"),
    NC_("wall", "Configuration error — defaults used (details in the console)"),
    NC_("wall", "{} cannot be read ({}) — the atelier is not saved until this is fixed"),
    NC_("wall", "Press Start"),
    NC_("wall", "{}’s request:"),
    NC_("wall", "{}’s contract:"),
    NC_("wall", "{}’s action plan"),
    NC_("wall", "{}’s follow-up on their action plan"),
    NC_("wall", "No action written yet"),
    NC_("wall", "{} listens in silence and takes notes"),
    NC_("wall", "{} listens with their back turned"),
    NC_("wall", "Atelier {} of {}"),
    NC_("wall", "Round {} of {}"),
    NC_("wall", "last round"),
    NC_("wall", "new rounds while more than {} remain"),
    NC_("wall", "left"),
    NC_("wall", "bring the wall back"),
    NC_("wall", "in a moment"),
    NC_("wall", "The request and the contract were erased when the atelier ended (confidentiality setting)"),
    NC_("wall", "No action plan kept — the client tells what they did"),
    NC_("wall", "Welcome"),
    NC_("wall", "Opening round: how everyone arrives."),
    NC_("wall", "listens in silence, takes notes"),
    NC_("wall", "listens, back turned"),
};
static_assert(sizeof(kWords) / sizeof(kWords[0]) == static_cast<size_t>(Word::count));

const Msg kPhases[] = {
    NC_("phase", "Ready"),
    NC_("phase", "Running"),
    NC_("phase", "Nearly done"),
    NC_("phase", "Last minute"),
    NC_("phase", "Overtime"),
    NC_("phase", "Paused"),
};

const Msg kActivities[] = {
    NC_("client activity", "The client speaks"),
    NC_("client activity", "The client answers questions"),
    NC_("client activity", "The client listens in silence and takes notes"),
    NC_("client activity", "The client listens with their back turned"),
};

const Msg kWhy[] = {
    Msg{"refusal", ""},  // no text: never looked up
    NC_("refusal", "The atelier is over"),
    NC_("refusal", "Already at the start"),
    NC_("refusal", "Nothing to confirm"),
    NC_("refusal", "No speaking turns in this step"),
    NC_("refusal", "Nobody has the floor"),
    NC_("refusal", "The client holds the floor in this step"),
    NC_("refusal", "No participant with that name or number"),
    NC_("refusal", "No step with that number"),
    NC_("refusal", "Already so"),
    NC_("refusal", "A step cannot last less than zero"),
    NC_("refusal", "Nothing to reorder"),
    NC_("refusal", "New step on the wall — press Next again in a moment"),
    NC_("refusal", "Only in a step with rounds"),
    NC_("refusal", "This person has left"),
    NC_("refusal", "The client cannot leave: change the client first"),
    NC_("refusal", "This person has the floor: move on first"),
    NC_("refusal", "This person had not left"),
    NC_("refusal", "A name is needed"),
    NC_("refusal", "This name is already in the group"),
    NC_("refusal", "The group is full (24 people)"),
    NC_("refusal", "Text refused: control or invalid characters"),
    NC_("refusal", "Text refused: too long for the wall"),
    NC_("refusal", "Text refused: emoji and symbols the wall cannot show"),
    NC_("refusal", "No action with that number"),
    NC_("refusal", "The plan already holds 10 actions"),
    NC_("refusal", "Empty text"),
    NC_("refusal", "This person already spoke in this round"),
    NC_("refusal", "That place in the order has already passed"),
    NC_("refusal", "A step lasts at most 10 hours"),
    NC_("refusal", "Incomplete or invalid group"),
    NC_("refusal", "Invalid method"),
    NC_("refusal", "Nothing to erase"),
    NC_("refusal", "An atelier is under way: replacing it needs a confirmation"),
    NC_("refusal", "The saved atelier does not hold together"),
};

const Msg kFileProblems[] = {
    Msg{"file problem", ""},  // no text: never looked up
    NC_("file problem", "permission denied"),
    NC_("file problem", "disk read error"),
    NC_("file problem", "it is a folder"),
    NC_("file problem", "it is a named pipe"),
    NC_("file problem", "it is a device"),
    NC_("file problem", "it is a socket"),
    NC_("file problem", "it is a symbolic link"),
    NC_("file problem", "file too large"),
    NC_("file problem", "unreadable"),
};

const Msg kActions[] = {
    NC_("key help", "Next (speaker, then step)"),
    NC_("key help", "Previous"),
    NC_("key help", "Start / pause"),
    NC_("key help", "Blank the screen"),
    NC_("key help", "Add a minute"),
    NC_("key help", "Remove a minute"),
    NC_("key help", "Pass"),
    NC_("key help", "Next step"),
    NC_("key help", "Previous step"),
    NC_("key help", "Rotate the order"),
    NC_("key help", "Shuffle the order"),
    NC_("key help", "One more round"),
    NC_("key help", "Give the floor to participant 1–9"),
    NC_("key help", "Go to the step numbered 0–9"),
    NC_("key help", "Language of the wall (asks to confirm)"),
    NC_("key help", "Help"),
    NC_("key help", "Facilitator’s console"),
    NC_("key help", "Confirm"),
    NC_("key help", "Cancel"),
    NC_("key help", "Quit (asks to confirm)"),
    NC_("key help", "Restart the atelier (asks to confirm)"),
};

static_assert(sizeof(kPhases) / sizeof(kPhases[0]) == static_cast<size_t>(Phase::paused) + 1);
static_assert(sizeof(kActivities) / sizeof(kActivities[0]) == static_cast<size_t>(ClientActivity::back_turned) + 1);
static_assert(sizeof(kWhy) / sizeof(kWhy[0]) == static_cast<size_t>(Why::bad_state) + 1);
static_assert(sizeof(kActions) / sizeof(kActions[0]) == static_cast<size_t>(ActionKind::reset) + 1);
static_assert(sizeof(kFileProblems) / sizeof(kFileProblems[0]) == static_cast<size_t>(FileProblem::other) + 1);

}  // namespace

const char* tr(Lang lang, Word word) { return pick(lang, kWords[static_cast<int>(word)]); }
const char* tr(Lang lang, Phase phase) { return pick(lang, kPhases[static_cast<int>(phase)]); }
const char* tr(Lang lang, ClientActivity what) { return pick(lang, kActivities[static_cast<int>(what)]); }
const char* tr(Lang lang, Why why) {
    if (why > Why::bad_state) return room_why(lang, why);  // the room's refusals: core/i18n_room.cpp
    return pick(lang, kWhy[static_cast<int>(why)]);
}
const char* tr(Lang lang, ActionKind action) { return pick(lang, kActions[static_cast<int>(action)]); }
const char* tr(Lang lang, FileProblem problem) { return pick(lang, kFileProblems[static_cast<int>(problem)]); }

namespace {
// Whether French elides "de" before `word`: a vowel or a mute h, accented or not
// ("d’Anaïs", "d’Éric", "d’Hélène", but "de Benoît").
bool elides_de(const std::string& word) {
    if (word.empty()) return false;
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(word[0])));
    if (std::string_view("aeiouyh").find(c) != std::string_view::npos) return true;
    // Two-byte UTF-8 vowels: À Â Ä Æ È É Ê Ë Î Ï Ô Ö Ù Û Ü and their lower case (U+00C0 to U+00FC).
    static const std::string_view vowels[] = {"À", "Â", "Ä", "Æ", "È", "É", "Ê", "Ë", "Î", "Ï", "Ô", "Ö", "Ù", "Û", "Ü",
                                              "à", "â", "ä", "æ", "è", "é", "ê", "ë", "î", "ï", "ô", "ö", "ù", "û", "ü", "Œ", "œ"};
    for (std::string_view v : vowels)
        if (word.compare(0, v.size(), v) == 0) return true;
    return false;
}
}  // namespace

std::string fill(Lang lang, const std::string& pattern, const std::string& a, const std::string& b) {
    std::string out = pattern;
    for (const std::string* value : {&a, &b}) {
        auto at = out.find("{}");
        if (at == std::string::npos) break;
        // French "de {}" before a vowel reads "d’{}" (Spanish "de Ana" stays).
        const bool after_de = lang == Lang::fr && at >= 3 && out.compare(at - 3, 3, "de ") == 0 && (at == 3 || out[at - 4] == ' ');
        if (after_de && elides_de(*value)) {
            out.replace(at - 3, 3, "d\xE2\x80\x99");  // d’
            at = at - 3 + 4;
        }
        out.replace(at, 2, *value);
    }
    return out;
}

std::vector<Msg> all_fixed_msgs() {
    std::vector<Msg> out;
    auto add = [&out](const auto& table) {
        for (const Msg& m : table)
            if (*m.id) out.push_back(m);
    };
    add(kWords);
    add(kPhases);
    add(kActivities);
    add(kWhy);
    add(kActions);
    add(kFileProblems);
    add(all_room_msgs());
    return out;
}

std::vector<const char*> all_fixed_strings() {
    std::vector<const char*> out;
    auto add = [&out](const auto& table) {
        for (const Msg& m : table)
            for (size_t l = 0; l < kLangCount; ++l) out.push_back(pick(static_cast<Lang>(l), m));
    };
    add(kWords);
    add(kPhases);
    add(kActivities);
    add(kWhy);
    add(kActions);
    add(kFileProblems);
    add(all_room_msgs());
    return out;
}

}  // namespace atelier
