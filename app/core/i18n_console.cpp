#include "core/i18n_console.hpp"

#include "core/config_error.hpp"
#include "core/i18n.hpp"

#define NNBSP "\u202F"

namespace atelier {
namespace {

struct Pair {
    const char* fr;
    const char* en;
};

const Pair kWords[] = {
    {"CONSOLE DE L’ANIMATEUR — la salle voit cet écran. Échap ou F2 pour revenir au mur.",
     "FACILITATOR’S CONSOLE — the room sees this screen. Esc or F2 to go back to the wall."},
    {"Revenir au mur", "Back to the wall"},
    {"Client" NNBSP ":", "Client:"},
    {"Ce que la salle voit", "What the room sees"},
    {"Ce que la salle voit (écran masqué)", "What the room sees (screen blanked)"},
    {"Dossier de l’atelier" NNBSP ":", "Atelier folder:"},
    {"Étapes", "Steps"},
    {"Personnes et ordre", "People and order"},
    {"Demande et plan", "Request and plan"},
    {"Préparer le prochain atelier", "Prepare the next atelier"},
    {"Compte rendu et série", "Record and series"},
    {"◀ Précédent", "◀ Previous"},
    {"Suivant ▶", "Next ▶"},
    {"Démarrer", "Start"},
    {"Pause", "Pause"},
    {"−1 min", "−1 min"},
    {"+1 min", "+1 min"},
    {"Passe", "Pass"},
    {"Un tour de plus", "One more round"},
    {"Décaler l’ordre", "Rotate the order"},
    {"Mélanger", "Shuffle"},
    {"Masquer le mur", "Blank the wall"},
    {"Réafficher le mur", "Show the wall"},
    {"English", "English"},
    {"Français", "Français"},
    {"Étape", "Step"},
    {"Minutes", "Minutes"},
    {"Ajouté", "Added"},
    {"Réel", "Actual"},
    {"Reste", "Left"},
    {"Aller", "Go"},
    {"Aller", "Go"},
    {"L’ordre de ce tour" NNBSP ": glissez un nom ou utilisez les flèches", "This round’s order: drag a name or use the arrows"},
    {"Désigner client", "Make client"},
    {"Est parti", "Has left"},
    {"Est revenu", "Is back"},
    {"Donner la parole", "Give the floor"},
    {"Arrivée en retard" NNBSP ": nom", "Late arrival: name"},
    {"après l’intervenant actuel", "after the current speaker"},
    {"à la fin du tour", "at the end of the round"},
    {"Ajouter", "Add"},
    {"La demande de {}", "{}’s request"},
    {"Le contrat (la demande reformulée et acceptée)", "The contract (the request as reformulated and agreed)"},
    {"Affichée au mur du contrat à la synthèse.", "Shown on the wall from the contract to the synthesis."},
    {"Le plan d’action de {}", "{}’s action plan"},
    {"Ajouter l’action", "Add the action"},
    {"Effacer le contenu", "Erase the content"},
    {"Demande, contrat et plans quittent cette machine" NNBSP ": temps et noms restent.",
     "Request, contract and plans leave this machine: times and names stay."},
    {"Effacer la demande, le contrat et les plans d’action de cette machine (état et sauvegarde)" NNBSP "?",
     "Erase the request, the contract and the action plans from this machine (state and backup)?"},
    {"Garder", "Keep"},
    {"Le compte rendu reste sur cette machine sauf si vous l’exportez" NNBSP ": temps prévus, ajoutés et réels, temps de parole, demande, contrat, plan d’action.",
     "The record stays on this machine unless you export it: planned, added and actual times, speaking time, request, contract, action plan."},
    {"Exporter en PDF", "Export as PDF"},
    {"Exporter en CSV (tableur)", "Export as CSV (spreadsheet)"},
    {"Exporter en Markdown", "Export as Markdown"},
    {"Pas encore client" NNBSP ":", "Not yet client:"},
    {"Groupes", "Groups"},
    {"Le groupe en cours", "The current group"},
    {"+ Nouveau groupe (Ctrl+N)", "+ New group (Ctrl+N)"},
    {"Groupe", "Group"},
    {"Animateur", "Facilitator"},
    {"Participants, dans l’ordre où ils sont assis", "Participants, in seating order"},
    {"+ Ajouter un participant", "+ Add a participant"},
    {"(déjà client)", "(already client)"},
    {"(suggéré" NNBSP ": pas encore client)", "(suggested: not yet client)"},
    {"Ateliers dans la série", "Ateliers in the series"},
    {"Nom de l’atelier", "Atelier name"},
    {"Méthode (F3" NNBSP ": suivante)", "Method (F3: next one)"},
    {"Entrée" NNBSP ": nom suivant · Alt+↑/↓" NNBSP ": déplacer · Tab" NNBSP ": champ suivant · Client" NNBSP ": tapez le début du nom · F3" NNBSP ": méthode · Ctrl+Entrée" NNBSP ": commencer · Échap" NNBSP ": abandonner",
     "Enter: next name · Alt+↑/↓: move · Tab: next field · Client: type the start of the name · F3: method · Ctrl+Enter: start · Esc: discard"},
    {"Commencer ce nouvel atelier (Ctrl+Entrée)", "Start this new atelier (Ctrl+Enter)"},
    {"Abandonner", "Discard"},
    {"Abandonner les modifications de la préparation" NNBSP "?", "Discard the changes to this preparation?"},
    {"Continuer à préparer", "Keep editing"},
    {"L’atelier en cours n’est pas terminé ({}). Le remplacer par ce nouvel atelier" NNBSP "? Ses temps seront perdus.",
     "The current atelier is not finished ({}). Replace it with this new one? Its times will be lost."},
    {"Remplacer (Entrée)", "Replace (Enter)"},
    {"Garder l’atelier en cours (Échap)", "Keep the current atelier (Esc)"},
    {"À confirmer", "Please confirm"},
    {"Client du jour", "Today’s client"},
    {"de marge", "margin"},
    {"Nom refusé (caractères invalides ou plus de 60 caractères)" NNBSP ":", "Name refused (invalid characters or over 60 characters):"},
    {"Ce nom est déjà dans le groupe" NNBSP ":", "This name is already in the group:"},
    {"Il faut au moins un participant.", "The group needs at least one participant."},
    {"Choisissez une méthode.", "Choose a method."},
    {"Pas de serveur de son" NNBSP ": les carillons sont coupés.", "No sound server: chimes are off."},
    {"Compte rendu exporté" NNBSP ": {}", "Record exported: {}"},
    {"Export impossible" NNBSP ": {}", "Cannot export: {}"},
    {"Fichier de configuration refusé" NNBSP ": {}", "Configuration file refused: {}"},
    {"Fichier de groupe refusé" NNBSP ": {}", "Group file refused: {}"},
    {"Des changements n’ont pas pu être enregistrés à la dernière fermeture" NNBSP ": {}. Les reprendre" NNBSP "?",
     "Changes could not be saved at the last exit: {}. Go back to them?"},
    {"state.json peut de nouveau être lu" NNBSP ": {}. Revenir à cet atelier" NNBSP "? (Ce qui a été fait depuis est mis de côté.)",
     "state.json can be read again: {}. Go back to that atelier? (What was done since is set aside.)"},
    {"Reprendre", "Go back to it"},
    {"Mettre de côté", "Set aside"},
    {"{}, enregistré à {}", "{}, saved at {}"},
    {"Effacer de cette machine (état et sauvegarde)" NNBSP ":", "Erase from this machine (state and backup):"},
    {"la demande et le contrat de cet atelier", "this atelier’s request and contract"},
    {"les demandes et contrats gardés de {} atelier(s) précédent(s)", "the requests and contracts kept from {} earlier atelier(s)"},
    {"le plan d’action de cet atelier ({} action(s)), lu à l’accueil du prochain", "this atelier’s action plan ({} action(s)), read at the next atelier’s opening"},
    {"le plan de {}, lu à l’accueil de cet atelier", "{}’s plan, read at this atelier’s opening"},
    {"les plans de {} atelier(s) précédent(s)", "the plans of {} earlier atelier(s)"},
    {"Tout effacer", "Erase everything"},
    {"Effacer, garder les plans d’action", "Erase, keep the action plans"},
    {"Les plans d’action restent pour le retour au prochain atelier.", "The action plans stay for the next atelier’s follow-up."},
    {"Compte rendu du client (PDF)", "The client’s record (PDF)"},
    {"Pour le client" NNBSP ": sa demande, le contrat et son plan d’action — sans temps de parole.",
     "For the client: their request, the contract and their action plan — no speaking times."},
    {"Fermer", "Close"},
    {"Pas encore appliqué" NNBSP ": cliquez dans le champ puis Tab pour l’appliquer", "Not applied yet: click in the field, then Tab to apply it"},
    {"illisible (JSON incomplet ou incorrect)", "unreadable (incomplete or broken JSON)"},
    {"trop grand", "too large"},
    {"impossible à lire", "cannot be read"},
    {"manquant", "missing"},
    {"d’un mauvais type", "of the wrong type"},
    {"valeur qui n’a pas de sens", "a value that makes no sense"},
    {"écrit par une version plus récente d’Atelier, laissé tel quel", "written by a newer Atelier, left as it is"},
    {"champ « {} »", "field “{}”"},
    {"Atelier — console", "Atelier — console"},
};
static_assert(sizeof(kWords) / sizeof(kWords[0]) == static_cast<size_t>(CWord::count));

}  // namespace

std::string console_tr(Lang lang, CWord word) {
    const Pair& p = kWords[static_cast<size_t>(word)];
    return lang == Lang::fr ? p.fr : p.en;
}

std::string console_fill(Lang lang, CWord word, const std::string& value, const std::string& second) {
    return fill(lang, console_tr(lang, word), value, second);
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
    for (const Pair& p : kWords) {
        out.push_back(p.fr);
        out.push_back(p.en);
    }
    return out;
}

}  // namespace atelier
