// The record as a facilitator gets it: a PDF that says what happened (read
// back with pdftotext, as a person or a search would), where they keep their
// documents.
#include "platform/record_export.hpp"
#include "platform/group_library.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "core/config_set.hpp"
#include "core/demo.hpp"
#include "core/record.hpp"

using namespace atelier;
namespace fs = std::filesystem;

namespace {

constexpr int64_t kNow = 1'767'261'600'000;

std::string temp_dir(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("atelier-record-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir.string();
}

std::string output_of(const std::string& command) {
    std::string out;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
    if (!pipe) return out;
    std::array<char, 4096> buf{};
    size_t n = 0;
    while ((n = std::fread(buf.data(), 1, buf.size(), pipe.get())) > 0) out.append(buf.data(), n);
    return out;
}

// HOME and XDG_CONFIG_HOME for one test, restored after.
struct Home {
    std::string old_home, old_config;
    bool had_config = false;
    explicit Home(const std::string& home) {
        old_home = std::getenv("HOME") ? std::getenv("HOME") : "";
        if (const char* c = std::getenv("XDG_CONFIG_HOME")) old_config = c, had_config = true;
        ::setenv("HOME", home.c_str(), 1);
        ::unsetenv("XDG_CONFIG_HOME");
        ::unsetenv("XDG_DOCUMENTS_DIR");
    }
    ~Home() {
        ::setenv("HOME", old_home.c_str(), 1);
        if (had_config) ::setenv("XDG_CONFIG_HOME", old_config.c_str(), 1);
    }
};

// French typography's no-break spaces (before ":", inside « ») as plain spaces.
std::string spaced(std::string s) {
    for (const std::string nbsp : {"\xE2\x80\xAF", "\xC2\xA0"})
        for (size_t at = s.find(nbsp); at != std::string::npos; at = s.find(nbsp, at)) s.replace(at, nbsp.size(), " ");
    return s;
}

// pdftotext may break a long line where the PDF wrapped it: compare words.
bool in_order(const std::string& text, const std::string& phrase) {
    std::istringstream words(spaced(phrase));
    std::string w;
    size_t at = 0;
    while (words >> w) {
        const size_t found = text.find(w, at);
        if (found == std::string::npos) return false;
        at = found + w.size();
    }
    return true;
}

Record synthesis_record() {
    const ConfigSet config = load_config({}, "/nowhere");
    const auto s = demo_session(config, "synthesis", kNow);
    REQUIRE(s.has_value());
    return make_record(*s, kNow, 3'600'000);
}

}  // namespace

TEST_CASE("record: the PDF reads back with the group, the client, the request, the plan, every step and every person") {
    const Record r = synthesis_record();
    REQUIRE_FALSE(r.plan.empty());
    REQUIRE_FALSE(r.request.empty());
    const std::string pdf = temp_dir("pdf") + "/record.pdf";
    REQUIRE(platform::export_record(r, pdf).empty());
    std::ifstream in(pdf, std::ios::binary);
    std::string head(5, '\0');
    in.read(head.data(), 5);
    CHECK(head == "%PDF-");
    const std::string text = spaced(output_of("pdftotext -enc UTF-8 '" + pdf + "' - 2>&1"));
    auto has_words = [&](const std::string& phrase) { return in_order(text, phrase); };
    CHECK_MESSAGE(has_words(r.group), text);
    CHECK(has_words(r.client));
    CHECK(has_words(r.facilitator));
    CHECK(has_words(r.request));
    for (const std::string& item : r.plan) CHECK_MESSAGE(has_words(item), item);
    for (const RecordStep& step : r.steps) CHECK_MESSAGE(has_words(step.name), step.name);
    for (const RecordPerson& p : r.people) CHECK_MESSAGE(has_words(p.name), p.name);
    CHECK(has_words(r.date_said));  // the day as the record's language writes it
}

TEST_CASE("record: the CSV has a header and a row per step and per person, each with the header's number of fields") {
    const Record r = synthesis_record();
    const std::string csv = temp_dir("csv") + "/record.csv";
    REQUIRE(platform::export_record(r, csv).empty());
    std::ifstream in(csv);
    std::string line;
    std::vector<size_t> fields;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        // RFC 4180: commas inside quotes do not separate.
        size_t n = 1;
        bool quoted = false;
        for (char c : line) {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) ++n;
        }
        fields.push_back(n);
    }
    REQUIRE(fields.size() >= r.steps.size() + r.people.size() + 1);
    for (size_t n : fields) CHECK(n == fields.front());
}

TEST_CASE("record: a wrong extension is refused with the file's name — nothing is written") {
    const std::string dir = temp_dir("ext");
    const std::string error = platform::export_record(synthesis_record(), dir + "/record.docx");
    CHECK(error.find("record.docx") != std::string::npos);
    CHECK(fs::is_empty(dir));
}

TEST_CASE("record: the console's exports go to the documents folder xdg-user-dirs names, in the user's language") {
    const std::string home = temp_dir("home");
    const Home env(home);
    const Record r = synthesis_record();
    // No documents folder: home.
    CHECK(fs::path(platform::default_export_path(r, "pdf")).parent_path() == fs::path(home));
    // ~/Documents when it exists.
    fs::create_directories(home + "/Documents");
    CHECK(fs::path(platform::default_export_path(r, "pdf")).parent_path() == fs::path(home + "/Documents"));
    // A German desktop's ~/Dokumente, from user-dirs.dirs.
    fs::create_directories(home + "/.config");
    fs::create_directories(home + "/Dokumente");
    std::ofstream(home + "/.config/user-dirs.dirs") << "# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Schreibtisch\"\n"
                                                    << "XDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\n";
    const std::string path = platform::default_export_path(r, "pdf");
    CHECK(fs::path(path).parent_path() == fs::path(home + "/Dokumente"));
    CHECK(fs::path(path).extension() == ".pdf");
    CHECK(fs::path(path).filename().string().find(r.date) != std::string::npos);
}

TEST_CASE("files: a group's file name spells its accents in ASCII") {
    CHECK(atelier::platform::slug("Codév Québec") == "codev-quebec");
    CHECK(atelier::platform::slug("Équipe Œuvre & Cie") == "equipe-oeuvre-cie");
    CHECK(atelier::platform::slug("日本") == "group");
}

TEST_CASE("files: a group saved under its old file name is saved again as one file, not two") {
    namespace fs = std::filesystem;
    const std::string dir = fs::temp_directory_path().string() + "/atelier-library-" + std::to_string(::getpid());
    fs::remove_all(dir);
    const atelier::platform::GroupLibrary library(dir);
    atelier::GroupFile file;
    file.group.name = "Codév Québec";
    file.group.participants = {"Anaïs", "Benoît"};
    file.method_id = "codev-2h30";
    REQUIRE(library.save(file, 0).empty());
    fs::rename(library.path_for(file.group.name), dir + "/cod-v-qu-bec.json");  // as an older Atelier named it
    file.group.participants.push_back("Chloé");
    REQUIRE(library.save(file, 0).empty());
    std::vector<std::string> problems;
    const auto groups = library.list(problems, 0);
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].path == dir + "/codev-quebec.json");
    CHECK(groups[0].file.group.participants.size() == 3);
    CHECK(problems.empty());
    fs::remove_all(dir);
}

TEST_CASE("record: every export is owner-only, and a file already there is never replaced unless asked") {
    const std::string dir = temp_dir("modes");
    const Record r = synthesis_record();
    for (const char* name : {"/r.pdf", "/r.csv", "/r.md"}) {
        REQUIRE(platform::export_record(r, dir + name).empty());
        CHECK((fs::status(dir + name).permissions() & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
    }
    std::ofstream(dir + "/mine.pdf") << "the facilitator's own file";
    const std::string error = platform::export_record(r, dir + "/mine.pdf");
    CHECK(error.find("already exists") != std::string::npos);
    CHECK(output_of("cat '" + dir + "/mine.pdf'") == "the facilitator's own file");
    CHECK(platform::export_record(r, dir + "/mine.pdf", platform::RecordKind::full, /*overwrite=*/true).empty());
    for (const auto& e : fs::directory_iterator(dir)) CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("record: the console's second export of the day takes a new name instead of replacing the first") {
    const std::string home = temp_dir("second");
    const Home env(home);
    const Record r = synthesis_record();
    const std::string first = platform::default_export_path(r, "pdf");
    REQUIRE(platform::export_record(r, first).empty());
    const std::string second = platform::default_export_path(r, "pdf");
    CHECK(second != first);
    CHECK(second.find(r.date + "-2.pdf") != std::string::npos);
    CHECK(platform::default_export_path(r, "pdf", platform::RecordKind::client).find("-client.pdf") != std::string::npos);
}

TEST_CASE("record: the PDF in German and in Spanish reads back in its language — labels, step names, the date") {
    const ConfigSet config = load_config({}, "/nowhere");
    for (const Lang lang : {Lang::de, Lang::es}) {
        auto s = demo_session(config, "synthesis", kNow);
        REQUIRE(s.has_value());
        s->lang = lang;
        const Record r = make_record(*s, kNow, 3'600'000);
        const std::string id = lang_id(lang);
        CAPTURE(id);
        const std::string pdf = temp_dir("pdf-" + id) + "/record.pdf";
        REQUIRE(platform::export_record(r, pdf).empty());
        const std::string text = spaced(output_of("pdftotext -enc UTF-8 '" + pdf + "' - 2>&1"));
        const RecordLabels& L = record_labels(lang);
        for (const char* label : {L.record, L.date, L.steps, L.speaking_time, L.plan}) CHECK_MESSAGE(in_order(text, label), label);
        CHECK(in_order(text, r.date_said));
        for (const RecordStep& step : r.steps) CHECK_MESSAGE(in_order(text, step.name), step.name);
        // The co-development steps are written in the group's language, not French.
        CHECK(in_order(text, lang == Lang::de ? "Synthese und Handlungsplan" : "Síntesis y plan de acción"));
        CHECK(text.find("Synthèse") == std::string::npos);
    }
}

TEST_CASE("record: the client's PDF holds their request, contract and plan, and nobody's speaking time") {
    const Record r = synthesis_record();
    const std::string pdf = temp_dir("client") + "/client.pdf";
    REQUIRE(platform::export_record(r, pdf, platform::RecordKind::client).empty());
    const std::string text = spaced(output_of("pdftotext -enc UTF-8 '" + pdf + "' - 2>&1"));
    CHECK(text.find(spaced(record_labels(r.lang).client_record)) != std::string::npos);
    CHECK(text.find(r.client) != std::string::npos);
    CHECK(text.find(spaced(r.plan.front()).substr(0, 12)) != std::string::npos);
    CHECK(text.find(spaced(record_labels(r.lang).speaking_time)) == std::string::npos);
    for (const RecordPerson& p : r.people)
        if (p.name != r.client && p.name != r.facilitator) CHECK_MESSAGE(text.find(p.name) == std::string::npos, p.name);
    CHECK(platform::export_record(r, temp_dir("client-csv") + "/client.csv", platform::RecordKind::client).find(".pdf or a .md") !=
          std::string::npos);
}

TEST_CASE("record: a record of several pages breaks between rows: no page ends on a heading, none holds a lone row or two") {
    const Record base = synthesis_record();
    const RecordLabels& L = record_labels(base.lang);
    const std::vector<std::string> headings = {L.request, L.contract, L.plan, std::string(L.step) + "s", L.speaking_time};
    // Long ateliers of many shapes: wherever the breaks fall, the rule holds.
    for (int steps : {8, 14, 20, 26, 32, 38}) {
        for (int people : {8, 13, 18, 24}) {
            Record r = base;
            r.steps.clear();
            for (int i = 0; i < steps; ++i)
                r.steps.push_back({std::to_string(i + 1), "Étape au nom assez long numéro " + std::to_string(i + 1), 600'000, 0, 540'000, true});
            r.people.clear();
            for (int i = 0; i < people; ++i) r.people.push_back({"Personne " + std::to_string(i + 1), "Consultant", 60'000 * (i + 1), false, {}, {}, {}, ""});
            const std::string pdf = temp_dir("pages") + "/long.pdf";
            REQUIRE(platform::export_record(r, pdf).empty());
            const int pages = std::stoi(output_of("pdfinfo '" + pdf + "' | sed -n 's/^Pages: *//p'"));
            // A table shorter than a page is never split across two: it starts on a new page instead.
            const auto page_of = [&](const std::string& line) {
                for (int p = 1; p <= pages; ++p)
                    if (output_of("pdftotext -enc UTF-8 -f " + std::to_string(p) + " -l " + std::to_string(p) + " '" + pdf + "' - 2>&1")
                            .find(line) != std::string::npos)
                        return p;
                return 0;
            };
            CAPTURE(steps);
            CAPTURE(people);
            CHECK(page_of("Personne 1\n") == page_of("Personne " + std::to_string(people) + "\n"));
            CHECK(page_of("numéro 1\n") == page_of("numéro " + std::to_string(steps) + "\n"));
            for (int p = 1; p <= pages; ++p) {
                std::istringstream lines(output_of("pdftotext -layout -enc UTF-8 -f " + std::to_string(p) + " -l " + std::to_string(p) + " '" +
                                                   pdf + "' - 2>&1"));
                std::vector<std::string> text;
                for (std::string line; std::getline(lines, line);)
                    if (line.find_first_not_of(" \f") != std::string::npos) text.push_back(line);
                CAPTURE(steps);
                CAPTURE(people);
                CAPTURE(p);
                CHECK(text.size() >= 3);  // never one or two orphan lines on a page
                if (!text.empty() && p < pages)
                    for (const std::string& h : headings) CHECK_MESSAGE(text.back().find(h) == std::string::npos, text.back());
            }
        }
    }
}

TEST_CASE("record: the twelve names in twelve scripts read back from the PDF (pango shapes and orders them)") {
    const ConfigSet config = load_config({}, "/nowhere");
    const auto s = demo_session(config, "twelve-names", kNow);
    REQUIRE(s.has_value());
    const Record r = make_record(*s, kNow, 3'600'000);
    const std::string pdf = temp_dir("scripts") + "/record.pdf";
    REQUIRE(platform::export_record(r, pdf).empty());
    std::string text = output_of("pdftotext -enc UTF-8 '" + pdf + "' - 2>&1");
    // pdftotext wraps right-to-left runs in embedding marks (U+202B, U+202C): not part of the name.
    for (const std::string mark : {"\xE2\x80\xAB", "\xE2\x80\xAC"})
        for (size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at)) text.replace(at, mark.size(), " ");
    for (const std::string& name : s->group.participants) CHECK_MESSAGE(in_order(text, name), name << "\n" << text);
}

TEST_CASE("record: a folder the user's group may write into is refused (they could replace the record) — a sticky one like /tmp is not") {
    namespace fs = std::filesystem;
    const atelier::Record record = atelier::make_record(atelier::sample_session(atelier::load_config({}, "/nowhere")), 1'780'000'000'000, 0);
    const std::string dir = fs::temp_directory_path().string() + "/atelier-export-group-" + std::to_string(::getpid());
    fs::remove_all(dir);
    fs::create_directories(dir);
    ::chmod(dir.c_str(), 0770);
    const std::string error = atelier::platform::export_record(record, dir + "/record.md", atelier::platform::RecordKind::full);
    CHECK(error.find("can be written by other users") != std::string::npos);
    CHECK_FALSE(fs::exists(dir + "/record.md"));
    ::chmod(dir.c_str(), 01770);
    CHECK(atelier::platform::export_record(record, dir + "/record.md", atelier::platform::RecordKind::full).empty());
    fs::remove_all(dir);
}
