#include "core/i18n_room.hpp"

#define NNBSP "\u202F"

namespace atelier {
namespace {

struct Pair {
    const char* fr;
    const char* en;
};

const Pair kWords[] = {
    {"Pause — reprise à {}", "Break — back at {}"},
    {"Fin de la pause — on reprend", "The break is over — we resume"},
    {"Suivant ou Démarrer pour reprendre", "Next or Start to resume"},
    {"Pause et message", "Break and message"},
    {"Pause (minutes)", "Break (minutes)"},
    {"ou jusqu’à (HH:MM)", "or until (HH:MM)"},
    {"Commencer la pause", "Start the break"},
    {"Finir la pause", "End the break"},
    {"Message à la salle", "Message to the room"},
    {"Afficher", "Show"},
    {"Effacer le message", "Clear the message"},
    {"Télécommande", "Remote"},
    {"Télécommande désactivée (settings.json, remote.enabled)", "Remote off (settings.json, remote.enabled)"},
    {"Adresse", "Address"},
    {"Code" NNBSP ":", "PIN:"},
    {"Lien spectateur", "Viewer link"},
    {"Appareils appairés" NNBSP ": {}", "Paired devices: {}"},
    {"Révoquer tout (nouveau code, nouveaux liens)", "Revoke all (new PIN, new links)"},
    {"Quelqu’un essaie des codes depuis {}", "Someone is guessing PINs from {}"},
};
static_assert(sizeof(kWords) / sizeof(kWords[0]) == static_cast<size_t>(RWord::count));

const Pair kWhy[] = {
    {"La pause finirait avant maintenant", "The break would end before now"},
    {"Pas de pause en cours", "No break under way"},
    {"Pas de message affiché", "No message shown"},
};
constexpr int kFirstWhy = static_cast<int>(Why::break_in_past);
static_assert(sizeof(kWhy) / sizeof(kWhy[0]) == static_cast<size_t>(Why::no_message) - kFirstWhy + 1);

// French for French, English for every other language until these words are in
// the gettext catalogs (po/) with the rest.
const char* pick(Lang lang, const Pair& p) { return lang == Lang::fr ? p.fr : p.en; }

}  // namespace

const char* room_tr(Lang lang, RWord word) { return pick(lang, kWords[static_cast<int>(word)]); }

const char* room_why(Lang lang, Why why) {
    const int i = static_cast<int>(why) - kFirstWhy;
    if (i < 0 || i >= static_cast<int>(sizeof(kWhy) / sizeof(kWhy[0]))) return "";
    return pick(lang, kWhy[i]);
}

std::string spoken_clock(Lang lang, const std::string& clock) {
    if (lang != Lang::fr) return clock;  // "10 h 15" is French
    const auto colon = clock.find(':');
    if (colon == std::string::npos) return clock;
    return clock.substr(0, colon) + " h " + clock.substr(colon + 1);
}

std::vector<const char*> all_room_strings() {
    std::vector<const char*> out;
    for (const Pair& p : kWords) out.push_back(p.fr), out.push_back(p.en);
    for (const Pair& p : kWhy) out.push_back(p.fr), out.push_back(p.en);
    return out;
}

}  // namespace atelier
