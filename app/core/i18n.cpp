#include "core/i18n.hpp"
#include "core/i18n_room.hpp"

#include <cctype>
#include <string_view>

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
    {"Ajouté", "Added"},
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
    {"Erreur de configuration — valeurs par défaut utilisées (détails dans la console)",
     "Configuration error — defaults used (details in the console)"},
    {"{} ne peut pas être lu ({}) — l’atelier n’est pas enregistré tant que ce n’est pas réglé",
     "{} cannot be read ({}) — the atelier is not saved until this is fixed"},
    {"Appuyez sur Démarrer", "Press Start"},
    {"La demande de {}" NNBSP ":", "{}’s request:"},
    {"Le contrat de {}" NNBSP ":", "{}’s contract:"},
    {"Plan d’action de {}", "{}’s action plan"},
    {"Retour de {} sur son plan d’action", "{}’s follow-up on their action plan"},
    {"Pas encore d’action notée", "No action written yet"},
    {"{} écoute en silence et prend des notes", "{} listens in silence and takes notes"},
    {"{} écoute, dos tourné", "{} listens with their back turned"},
    {"Atelier {} / {}", "Atelier {} of {}"},
    {"Tour {} / {}", "Round {} of {}"},
    {"dernier tour", "last round"},
    {"nouveau tour tant qu’il reste plus de {}", "new rounds while more than {} remain"},
    {"parti", "left"},
    {"réafficher l’écran", "bring the wall back"},
    {"dans un instant", "in a moment"},
    {"La demande et le contrat ont été effacés à la fin de l’atelier (réglage de confidentialité)",
     "The request and the contract were erased when the atelier ended (confidentiality setting)"},
    {"Pas de plan d’action gardé — le client raconte ce qu’il en a fait", "No action plan kept — the client tells what they did"},
    {"Accueil", "Welcome"},
    {"Tour de table" NNBSP ": chacun dit comment il arrive.", "Opening round: how everyone arrives."},
    {"écoute en silence et prend des notes", "listens in silence, takes notes"},
    {"écoute, dos tourné", "listens, back turned"},
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
    {"Le client a la parole dans cette étape", "The client holds the floor in this step"},
    {"Pas de participant à ce nom ou ce numéro", "No participant with that name or number"},
    {"Pas d’étape à ce numéro", "No step with that number"},
    {"C’est déjà le cas", "Already so"},
    {"L’étape ne peut pas durer moins de zéro", "A step cannot last less than zero"},
    {"Rien à réordonner", "Nothing to reorder"},
    {"Nouvelle étape affichée — Suivant à nouveau dans un instant", "New step on the wall — press Next again in a moment"},
    {"Seulement dans une étape à tours de parole", "Only in a step with rounds"},
    {"Cette personne est partie", "This person has left"},
    {"Le client ne peut pas partir" NNBSP ": changez d’abord de client", "The client cannot leave: change the client first"},
    {"Cette personne a la parole" NNBSP ": passez d’abord au suivant", "This person has the floor: move on first"},
    {"Cette personne n’était pas partie", "This person had not left"},
    {"Il faut un nom", "A name is needed"},
    {"Ce nom est déjà dans le groupe", "This name is already in the group"},
    {"Le groupe est complet (24 personnes)", "The group is full (24 people)"},
    {"Texte refusé" NNBSP ": caractères de contrôle ou invalides", "Text refused: control or invalid characters"},
    {"Texte refusé" NNBSP ": trop long pour le mur", "Text refused: too long for the wall"},
    {"Texte refusé" NNBSP ": émojis et symboles que le mur ne sait pas afficher", "Text refused: emoji and symbols the wall cannot show"},
    {"Pas d’action à ce numéro", "No action with that number"},
    {"Le plan compte déjà 10 actions", "The plan already holds 10 actions"},
    {"Texte vide", "Empty text"},
    {"Cette personne a déjà parlé dans ce tour", "This person already spoke in this round"},
    {"Cette place de l’ordre est déjà passée", "That place in the order has already passed"},
    {"Une étape ne dure pas plus de 10 heures", "A step lasts at most 10 hours"},
    {"Groupe incomplet ou invalide", "Incomplete or invalid group"},
    {"Méthode invalide", "Invalid method"},
    {"Rien à effacer", "Nothing to erase"},
    {"Un atelier est en cours" NNBSP ": le remplacer demande une confirmation", "An atelier is under way: replacing it needs a confirmation"},
    {"Atelier enregistré illisible", "The saved atelier does not hold together"},
};

const Pair kFileProblems[] = {
    {"", ""},
    {"permission refusée", "permission denied"},
    {"erreur de lecture du disque", "disk read error"},
    {"c’est un dossier", "it is a folder"},
    {"c’est un tube nommé", "it is a named pipe"},
    {"c’est un périphérique", "it is a device"},
    {"c’est une socket", "it is a socket"},
    {"c’est un lien symbolique", "it is a symbolic link"},
    {"fichier trop gros", "file too large"},
    {"illisible", "unreadable"},
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
    {"Un tour de plus", "One more round"},
    {"Donner la parole au participant n° 1–9", "Give the floor to participant 1–9"},
    {"Aller à l’étape affichée n° 0–9", "Go to the step numbered 0–9"},
    {"Français / anglais", "French / English"},
    {"Aide", "Help"},
    {"Console de l’animateur", "Facilitator’s console"},
    {"Confirmer", "Confirm"},
    {"Annuler", "Cancel"},
    {"Quitter (avec confirmation)", "Quit (asks to confirm)"},
    {"Recommencer l’atelier (avec confirmation)", "Restart the atelier (asks to confirm)"},
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

std::string fill(const std::string& pattern, const std::string& a, const std::string& b) {
    std::string out = pattern;
    for (const std::string* value : {&a, &b}) {
        auto at = out.find("{}");
        if (at == std::string::npos) break;
        // "de {}" before a vowel reads "d’{}" (only French patterns say "de ").
        const bool after_de = at >= 3 && out.compare(at - 3, 3, "de ") == 0 && (at == 3 || out[at - 4] == ' ');
        if (after_de && elides_de(*value)) {
            out.replace(at - 3, 3, "d\xE2\x80\x99");  // d’
            at = at - 3 + 4;
        }
        out.replace(at, 2, *value);
    }
    return out;
}

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
    add(kFileProblems);
    for (const char* s : all_room_strings()) out.push_back(s);
    return out;
}

}  // namespace atelier
