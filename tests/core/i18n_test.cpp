#include "core/i18n.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/i18n_console.hpp"

using namespace atelier;

// Every word the wall and the console can show, in both languages, as the
// room reads it: nothing blank, the same blanks to fill in each language, and
// French typography (a narrow no-break space before : ; ! ? and inside « »,
// so that a line never breaks between a word and its sign).

namespace {

const std::string kNnbsp = "\u202F";

struct Translated {
    std::string what;  // "Word 12", for the failure message
    std::string fr, en;
};

template <class E>
void add_all(std::vector<Translated>& out, const char* kind, E first, E last) {
    for (int i = static_cast<int>(first); i <= static_cast<int>(last); ++i)
        out.push_back({std::string(kind) + " " + std::to_string(i), tr(Lang::fr, static_cast<E>(i)), tr(Lang::en, static_cast<E>(i))});
}

// Every translated text, from the public functions the views call.
std::vector<Translated> every_text() {
    std::vector<Translated> out;
    add_all(out, "Word", Word{}, static_cast<Word>(static_cast<int>(Word::count) - 1));
    add_all(out, "Phase", Phase::not_started, Phase::paused);
    add_all(out, "ClientActivity", ClientActivity::speaks, ClientActivity::back_turned);
    add_all(out, "Why", static_cast<Why>(static_cast<int>(Why::ok) + 1), Why::bad_state);  // Why::ok says nothing
    add_all(out, "ActionKind", ActionKind::next, ActionKind::reset);
    add_all(out, "FileProblem", static_cast<FileProblem>(static_cast<int>(FileProblem::none) + 1), FileProblem::other);
    for (int i = 0; i < static_cast<int>(CWord::count); ++i)
        out.push_back({"CWord " + std::to_string(i), console_tr(Lang::fr, static_cast<CWord>(i)), console_tr(Lang::en, static_cast<CWord>(i))});
    return out;
}

size_t count_of(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

bool ends_with(const std::string& text, size_t end, const std::string& what) {
    return end >= what.size() && text.compare(end - what.size(), what.size(), what) == 0;
}

// The places in a French text where the sign is not right after a narrow no-break space.
std::vector<std::string> french_typography_faults(const std::string& fr) {
    std::vector<std::string> faults;
    for (size_t i = 0; i < fr.size(); ++i) {
        const char c = fr[i];
        if (c == ':' || c == ';' || c == '!' || c == '?') {
            if (!ends_with(fr, i, kNnbsp)) faults.push_back(std::string("before '") + c + "' at byte " + std::to_string(i));
        } else if (fr.compare(i, 2, "\u00AB") == 0) {  // «
            if (fr.compare(i + 2, kNnbsp.size(), kNnbsp) != 0) faults.push_back("after '«' at byte " + std::to_string(i));
        } else if (fr.compare(i, 2, "\u00BB") == 0) {  // »
            if (!ends_with(fr, i, kNnbsp)) faults.push_back("before '»' at byte " + std::to_string(i));
        }
    }
    return faults;
}

}  // namespace

TEST_CASE("i18n: every word of the wall and the console has a French and an English text") {
    const std::vector<Translated> texts = every_text();
    CHECK(texts.size() > static_cast<size_t>(Word::count) + static_cast<size_t>(CWord::count));
    for (const Translated& t : texts) {
        CAPTURE(t.what);
        CHECK_MESSAGE(!t.fr.empty(), t.what << " has no French text");
        CHECK_MESSAGE(!t.en.empty(), t.what << " has no English text (fr: " << t.fr << ")");
    }
}

TEST_CASE("i18n: a pattern has as many {} in French as in English") {
    int patterns = 0;
    for (const Translated& t : every_text()) {
        CAPTURE(t.what);
        CAPTURE(t.fr);
        CAPTURE(t.en);
        CHECK(count_of(t.fr, "{}") == count_of(t.en, "{}"));
        patterns += count_of(t.fr, "{}") > 0;
    }
    CHECK(patterns >= 10);  // the check saw the patterns (Word::board_request, CWord::exported_to...)
}

TEST_CASE("i18n: French texts put a narrow no-break space before colons, semicolons, exclamation and question marks and inside « », English ones no space before them") {
    for (const Translated& t : every_text()) {
        CAPTURE(t.what);
        CAPTURE(t.fr);
        CHECK(french_typography_faults(t.fr).empty());
        for (size_t i = 0; i < t.en.size(); ++i) {
            const char c = t.en[i];
            if (c == ':' || c == ';' || c == '!' || c == '?') {
                CAPTURE(t.en);
                CHECK_FALSE(ends_with(t.en, i, " "));
                CHECK_FALSE(ends_with(t.en, i, kNnbsp));
            }
        }
        CHECK(count_of(t.en, kNnbsp) == 0);
    }
    // The same rule holds for a file's problem line, assembled from pieces.
    const ConfigError e{"settings.json", "step_guard_ms", "expected a whole number", ErrorKind::wrong_type};
    const std::string fr = file_problem_line(Lang::fr, e);
    CAPTURE(fr);
    CHECK(french_typography_faults(fr).empty());
    CHECK(fr.find("step_guard_ms") != std::string::npos);
}

TEST_CASE("i18n: the check itself catches a plain space and a missing space") {
    CHECK(french_typography_faults("Suivant\u202F: Paul").empty());
    CHECK(french_typography_faults("Suivant : Paul").size() == 1);
    CHECK(french_typography_faults("Suivant: Paul").size() == 1);
    CHECK(french_typography_faults("champ « x »").size() == 2);
    CHECK(french_typography_faults("champ «\u202Fx\u202F»").empty());
}
