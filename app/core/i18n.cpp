#include "core/i18n.hpp"

// French typography: a narrow no-break space (U+202F) before : ; ! ? and
// inside « »; typographic apostrophes.
#define NNBSP "\u202F"

namespace atelier {
namespace {

struct Pair {
    const char* fr;
    const char* en;
};

const char* pick(Lang lang, const Pair& p) { return lang == Lang::en ? p.en : p.fr; }

const Pair kWords[] = {
    {"Étape", "Step"},
    {"Tour", "Round"},
    {"Suivant" NNBSP ":", "Next:"},
    {"nouveau tour", "new round"},
    {"bilan de l’atelier", "atelier summary"},
    {"Ce tour", "This turn"},
    {"Temps de parole", "Speaking time"},
    {"Fin prévue", "Projected end"},
    {"a passé", "passed"},
    {"Client", "Client"},
    {"Consultant", "Consultant"},
    {"Animateur", "Facilitator"},
    {"Personne n’a la parole", "Nobody has the floor"},
    {"Parole libre", "Open floor"},
    {"Bilan de l’atelier", "Atelier summary"},
    {"Prévu", "Planned"},
    {"Réel", "Actual"},
    {"Total", "Total"},
    {"non atteinte", "not reached"},
    {"Écran masqué — appuyez sur «" NNBSP "." NNBSP "» pour revenir", "Screen blanked — press “.” to return"},
    {"Quitter Atelier" NNBSP "? Entrée pour confirmer, toute autre touche pour annuler.",
     "Quit Atelier? Enter to confirm, any other key to cancel."},
    {"Recommencer l’atelier à zéro" NNBSP "? Entrée pour confirmer, toute autre touche pour annuler.",
     "Restart the atelier from zero? Enter to confirm, any other key to cancel."},
    {"Touches", "Keys"},
    {"H ou F1 pour fermer", "H or F1 to close"},
    {"H" NNBSP ": aide", "H: help"},
    {"Sauvegarde impossible — l’atelier continue en mémoire, nouvel essai bientôt",
     "Cannot save — the atelier goes on in memory, retrying soon"},
    {"Fichier d’état abîmé — la sauvegarde précédente a été rechargée",
     "Damaged state file — the previous backup was loaded"},
    {"Fichier d’état abîmé — atelier d’exemple chargé, l’ancien fichier est conservé",
     "Damaged state file — sample atelier loaded, the old file was kept"},
    {"Erreur de configuration — valeurs par défaut utilisées (détails dans le terminal)",
     "Configuration error — defaults used (details in the terminal)"},
    {"Appuyez sur Démarrer", "Press Start"},
    {"Préparer l’atelier", "Set up the atelier"},
    {"Méthode", "Method"},
    {"Durées des étapes (minutes)", "Step durations (minutes)"},
    {"Participants, dans l’ordre où ils sont assis", "Participants, in seating order"},
    {"Ajouter", "Add"},
    {"Client", "Client"},
    {"Suggérer (pas encore client)", "Suggest (not yet client)"},
    {"Animateur", "Facilitator"},
    {"Groupe", "Group"},
    {"Atelier", "Atelier"},
    {"Langue", "Language"},
    {"Valider et commencer ce nouvel atelier (Ctrl+Entrée)", "Confirm and start this new atelier (Ctrl+Enter)"},
    {"Annuler (rien n’est changé)", "Cancel (nothing changes)"},
    {"Ce nom est déjà dans le groupe" NNBSP ":", "This name is already in the group:"},
    {"min", "min"},
    {"Il faut au moins un participant.", "The group needs at least one participant."},
    {"Un participant n’a pas de nom.", "A participant has no name."},
    {"Tab" NNBSP ": champ suivant   Flèches et Espace" NNBSP ": boutons   Ctrl+Entrée" NNBSP ": valider   Échap" NNBSP ": annuler",
     "Tab: next field   Arrows and Space: buttons   Ctrl+Enter: confirm   Esc: cancel"},
};
static_assert(sizeof(kWords) / sizeof(kWords[0]) == static_cast<size_t>(Word::count));

const Pair kPhases[] = {
    {"Prêt", "Ready"},
    {"En cours", "Running"},
    {"Bientôt la fin", "Nearly done"},
    {"Dernière minute", "Last minute"},
    {"Dépassement", "Overtime"},
    {"En pause", "Paused"},
};

const Pair kActivities[] = {
    {"Le client parle", "The client speaks"},
    {"Le client répond aux questions", "The client answers questions"},
    {"Le client écoute en silence et prend des notes", "The client listens in silence and takes notes"},
    {"Le client écoute, dos tourné", "The client listens with their back turned"},
};

const Pair kWhy[] = {
    {"", ""},
    {"L’atelier est terminé", "The atelier is over"},
    {"Déjà au début", "Already at the start"},
    {"Rien à confirmer", "Nothing to confirm"},
    {"Pas de tour de parole dans cette étape", "No speaking turns in this step"},
    {"Personne n’a la parole", "Nobody has the floor"},
    {"Seulement en parole libre", "Only in an open-floor step"},
    {"Pas de participant à ce numéro", "No participant with that number"},
    {"Pas d’étape à ce numéro", "No step with that number"},
    {"C’est déjà le cas", "Already so"},
    {"L’étape ne peut pas durer moins de zéro", "A step cannot last less than zero"},
    {"Rien à réordonner", "Nothing to reorder"},
};

const Pair kActions[] = {
    {"Suivant (intervenant, puis étape)", "Next (speaker, then step)"},
    {"Précédent", "Previous"},
    {"Démarrer / pause", "Start / pause"},
    {"Masquer l’écran", "Blank the screen"},
    {"Ajouter une minute", "Add a minute"},
    {"Retirer une minute", "Remove a minute"},
    {"Passer son tour", "Pass"},
    {"Étape suivante", "Next step"},
    {"Étape précédente", "Previous step"},
    {"Décaler l’ordre", "Rotate the order"},
    {"Mélanger l’ordre", "Shuffle the order"},
    {"Donner la parole au participant n° 1–9", "Give the floor to participant 1–9"},
    {"Aller à l’étape n° 1–9", "Go to step 1–9"},
    {"Français / anglais", "French / English"},
    {"Aide", "Help"},
    {"Préparer l’atelier", "Set up the atelier"},
    {"Confirmer", "Confirm"},
    {"Annuler", "Cancel"},
    {"Quitter (avec confirmation)", "Quit (asks to confirm)"},
    {"Recommencer l’atelier (avec confirmation)", "Restart the atelier (asks to confirm)"},
};

static_assert(sizeof(kPhases) / sizeof(kPhases[0]) == static_cast<size_t>(Phase::paused) + 1);
static_assert(sizeof(kActivities) / sizeof(kActivities[0]) == static_cast<size_t>(ClientActivity::back_turned) + 1);
static_assert(sizeof(kWhy) / sizeof(kWhy[0]) == static_cast<size_t>(Why::nothing_to_reorder) + 1);
static_assert(sizeof(kActions) / sizeof(kActions[0]) == static_cast<size_t>(ActionKind::reset) + 1);

}  // namespace

const char* tr(Lang lang, Word word) { return pick(lang, kWords[static_cast<int>(word)]); }
const char* tr(Lang lang, Phase phase) { return pick(lang, kPhases[static_cast<int>(phase)]); }
const char* tr(Lang lang, ClientActivity what) { return pick(lang, kActivities[static_cast<int>(what)]); }
const char* tr(Lang lang, Why why) { return pick(lang, kWhy[static_cast<int>(why)]); }
const char* tr(Lang lang, ActionKind action) { return pick(lang, kActions[static_cast<int>(action)]); }

std::vector<const char*> all_fixed_strings() {
    std::vector<const char*> out;
    auto add = [&out](const auto& table) {
        for (const Pair& p : table) {
            out.push_back(p.fr);
            out.push_back(p.en);
        }
    };
    add(kWords);
    add(kPhases);
    add(kActivities);
    add(kWhy);
    add(kActions);
    return out;
}

}  // namespace atelier
