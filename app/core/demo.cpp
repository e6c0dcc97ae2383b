#include "core/demo.hpp"

#include "core/reducer.hpp"

namespace atelier {
namespace {

constexpr int64_t kSec = 1000, kMin = 60 * kSec;

struct Player {
    Session s;
    int64_t t;
    void press(const Command& c) { s = reduce(s, c, t).session; }
    void wait(int64_t ms) { t += ms; }
    int step_index(const std::string& id) const {
        for (size_t i = 0; i < s.method.steps.size(); ++i)
            if (s.method.steps[i].id == id) return static_cast<int>(i);
        return 0;
    }
    // Starts step `id` running, `ago` before `now`.
    void running_step(const std::string& id, int64_t now, int64_t ago) {
        t = now - ago;
        press(cmd::JumpTo{step_index(id)});
        if (!is_running(current_record(s).timer)) press(cmd::StartPause{});
    }
};

// A request of the longest length the session accepts (kMaxRequestChars).
const char* kLongRequest =
    "J’aimerais que vous m’aidiez à trouver comment annoncer à mon équipe la fusion des deux services sans perdre "
    "les deux plus anciens, déjà très opposés au projet.";
const char* kRequest = "J’aimerais que vous m’aidiez à déléguer les dossiers clients sans tout reprendre le soir.";
const char* kContract = "M’aider à choisir quoi déléguer, à qui, et comment suivre sans reprendre la main.";

Group long_names_group() {
    Group g;
    g.name = "Codév direction — promotion 2026";
    g.facilitator = "Jean-Baptiste Delacroix-Montferrand";
    g.participants = {"Marie-Christine Lefebvre-Dubois", "Anne-Sophie Bérénice Castelnau", "Jean-François Œhlenschläger",
                      "Zoé", "Maximilien de La Tour d’Auvergne", "Ève", "Pierre-Emmanuel Rousseau-Lambert",
                      "Aurélie Françoise Nguyễn", "Kévin", "Thérèse Dupont-Aignan", "Éléonore Saint-Exupéry",
                      "Loïc"};
    return g;
}

// Names in twelve spellings and scripts: Vietnamese, Polish, Danish, Irish,
// French, Chinese, Arabic (joined, right to left), Hebrew, Greek, Cyrillic.
Group twelve_names_group() {
    Group g;
    g.name = "Codév international";
    g.facilitator = "Ingrid Håkansson";
    g.participants = {"Nguyễn Thị Hồng", "Đặng Văn Lâm", "Søren Kierkegaard-Ølund", "Zoë O'Connor", "Łukasz Wiśniewski",
                      "Ahmed Ben Saïd", "Jean-Baptiste de La Rochefoucauld-Liancourt", "Wang Xiaoming 王小明",
                      "Aïsha بنت", "יעל כהן", "Νίκος Παπαδόπουλος", "Дмитрий Иванов"};
    return g;
}

}  // namespace

const std::vector<std::string>& demo_names() {
    static const std::vector<std::string> names = {"ready",      "running",      "warning",  "danger",    "overtime",
                                                   "paused",     "evaluation",   "summary",  "blank",     "long-names",
                                                   "english",    "contract",     "consultation", "synthesis", "follow-up",
                                                   "long-request", "back-turned", "twelve-names"};
    return names;
}

std::optional<Session> demo_session(const ConfigSet& config, const std::string& name, int64_t now) {
    Player p{sample_session(config), now};
    if (name == "ready") return p.s;
    if (name == "running" || name == "blank" || name == "english" || name == "long-names" || name == "twelve-names") {
        if (name == "long-names") p.s = new_session(long_names_group(), p.s.method, 3, "Atelier 5");
        if (name == "twelve-names") p.s = new_session(twelve_names_group(), p.s.method, 5, "Atelier 2");
        if (name == "english") p.s.lang = Lang::en;
        p.running_step("clarification", now, 8 * kMin + 26 * kSec);
        for (int i = 0; i < 3; ++i) {
            p.wait(100 * kSec);
            p.press(cmd::Next{});
        }
        p.press(cmd::Pass{});
        // The longest name of the group holds the floor: the wall's hardest case.
        if (name == "long-names") p.press(cmd::GiveFloor{6});
        // Arabic, right to left and joined, as large as the wall draws a name.
        if (name == "twelve-names") p.press(cmd::GiveFloor{8});
        if (name == "blank") p.press(cmd::ToggleBlank{});
        return p.s;
    }
    if (name == "warning") {
        p.running_step("consultation", now, 31 * kMin + 20 * kSec);
        return p.s;
    }
    if (name == "danger") {
        p.running_step("clarification", now, 24 * kMin + 10 * kSec);
        return p.s;
    }
    if (name == "overtime") {
        p.running_step("contract", now, 12 * kMin + 15 * kSec);
        return p.s;
    }
    if (name == "paused") {
        p.running_step("presentation", now, 10 * kMin);
        p.t = now - 1 * kMin - 12 * kSec;
        p.press(cmd::StartPause{});
        return p.s;
    }
    if (name == "evaluation") {
        p.running_step("evaluation", now, 6 * kMin);
        for (int i = 0; i < 3; ++i) {
            p.wait(2 * kMin);
            p.press(cmd::Next{});
        }
        return p.s;
    }
    if (name == "contract" || name == "long-request") {
        p.press(cmd::SetRequest{name == "contract" ? kRequest : kLongRequest});
        p.running_step("contract", now, 3 * kMin + 40 * kSec);
        return p.s;
    }
    if (name == "consultation") {
        p.press(cmd::SetRequest{kRequest});
        p.press(cmd::SetContract{kContract});
        p.running_step("consultation", now, 12 * kMin);
        for (int i = 0; i < 3; ++i) p.press(cmd::Next{});
        return p.s;
    }
    if (name == "back-turned") {
        const Method* wise = find_method(config, "wise-crowds");
        if (!wise) return std::nullopt;
        p.s = new_session(p.s.group, *wise, p.s.client, "Atelier 3");
        p.press(cmd::SetRequest{kRequest});
        p.running_step("consultation", now, 2 * kMin);
        p.press(cmd::GiveFloor{4});
        return p.s;
    }
    if (name == "synthesis") {
        p.press(cmd::SetRequest{kRequest});
        p.press(cmd::SetContract{kContract});
        for (const char* item : {"Lister mes dossiers et choisir les trois à confier d’ici vendredi",
                                 "En parler à Paul et à Inès lundi, en tête-à-tête", "Un point de suivi de 15 minutes le jeudi",
                                 "Ne plus relire les comptes rendus le soir"})
            p.press(cmd::AddPlanItem{item});
        p.running_step("synthesis", now, 6 * kMin + 12 * kSec);
        return p.s;
    }
    if (name == "follow-up") {
        // The last atelier of the series ended with Benoît's plan; this one opens on it.
        Group g = p.s.group;
        g.history.back().plan = {"Déléguer le dossier Martin à Inès", "Un point de suivi chaque jeudi",
                                 "Ne plus relire les comptes rendus le soir"};
        p.s = new_session(g, p.s.method, std::max(0, suggest_client(g)), "Atelier 3");
        p.running_step("opening", now, 4 * kMin);
        p.press(cmd::Next{});
        return p.s;
    }
    if (name == "summary") {
        // A whole atelier at a plausible pace: some steps run over, some short.
        const int64_t pace[] = {14 * kMin, 17 * kMin, 27 * kMin, 8 * kMin, 38 * kMin, 13 * kMin, 22 * kMin};
        int64_t total = 0;
        for (int64_t d : pace) total += d;
        p.t = now - total - 2 * kMin;
        p.press(cmd::StartPause{});
        for (size_t i = 0; i < p.s.method.steps.size() && i < std::size(pace); ++i) {
            const int64_t end = p.t + pace[i];
            // Walk the turns of the step evenly, then move to the next step.
            const int turns = current_step(p.s).speaking == SpeakingMode::client ? 1 : 9;
            for (int k = 0; k < turns && p.t < end && static_cast<int>(i) == p.s.step; ++k) {
                p.wait(pace[i] / turns);
                if (k + 1 < turns) p.press(cmd::Next{});
            }
            p.t = end;
            if (!p.s.finished) p.press(cmd::JumpTo{static_cast<int>(i) + 1});
        }
        p.press(cmd::Next{});
        return p.s;
    }
    return std::nullopt;
}

}  // namespace atelier
