// State files written by Atelier 0.1.0 (schema 1) load into schema 2 with the
// same meaning: tests/core/fixtures/schema1/meaning.txt holds what 0.1.0
// showed for each, 90 s after it was saved.
#include "core/state_io.hpp"

#include <doctest/doctest.h>

#include <map>
#include <sstream>

#include "core/group_io.hpp"
#include "core/summary.hpp"
#include "core/wall_model.hpp"
#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

std::map<std::string, std::string> fields_of(const std::string& line) {
    std::map<std::string, std::string> out;
    std::istringstream parts(line);
    std::string part;
    std::getline(parts, part, '|');
    out["file"] = part;
    while (std::getline(parts, part, '|')) {
        const auto eq = part.find('=');
        out[part.substr(0, eq)] = part.substr(eq + 1);
    }
    return out;
}

std::string order_text(const WallModel& m) {
    std::string out;
    for (const OrderEntry& o : m.order) out += o.name + ":" + std::to_string(static_cast<int>(o.mark)) + ",";
    return out;
}

}  // namespace

TEST_CASE("migration: every schema-1 file of 0.1.0 loads into the current schema and shows the same atelier") {
    std::istringstream lines(read_source_file("tests/core/fixtures/schema1/meaning.txt"));
    std::string line;
    int files = 0;
    while (std::getline(lines, line)) {
        auto expected = fields_of(line);
        CAPTURE(expected["file"]);
        const std::string text = read_source_file("tests/core/fixtures/schema1/" + expected["file"]);
        REQUIRE(text.find("\"schema\": 1") != std::string::npos);
        const Parsed<SavedState> p = parse_state(text, expected["file"]);
        REQUIRE_MESSAGE(p.ok(), p.error.message());
        const Session& s = p.value->session;
        const int64_t now = p.value->saved_at + 90'000;
        const WallModel m = wall_model(s, now, 0);
        const Summary sum = summarize(s, now);
        CHECK(std::to_string(s.step) == expected["step"]);
        CHECK(std::to_string(s.finished) == expected["finished"]);
        CHECK(std::to_string(s.blanked) == expected["blanked"]);
        CHECK(lang_code(s.lang) == expected["lang"]);
        CHECK(std::to_string(s.client) == expected["client"]);
        CHECK(m.timer_text == expected["timer"]);
        CHECK(m.phase_word == expected["phase"]);
        CHECK(m.speaker_name == expected["speaker"]);
        CHECK(order_text(m) == expected["order"]);
        CHECK(std::to_string(sum.actual_total_ms) == expected["actual_total"]);
        CHECK(std::to_string(s.group.history.size()) == expected["history"]);
        std::string spoken;
        for (const PersonSummary& person : sum.people) spoken += std::to_string(person.spoken_ms) + ",";
        CHECK(spoken == expected["spoken"]);
        // Written again, it is the current schema and reads back identical.
        const std::string again = state_to_json(s, p.value->saved_at);
        CHECK(again.find("\"schema\": " + std::to_string(kStateSchema)) != std::string::npos);
        const Parsed<SavedState> back = parse_state(again, "again");
        REQUIRE(back.ok());
        CHECK(back.value->session == s);
        ++files;
    }
    CHECK(files == 13);
}

TEST_CASE("migration: a schema-1 method gets the boards of the shipped presets, and the last client to follow up") {
    const Parsed<SavedState> p = parse_state(read_source_file("tests/core/fixtures/schema1/running.json"), "running.json");
    REQUIRE(p.ok());
    const Session& s = p.value->session;
    CHECK(s.method.steps[0].board == Board::follow_up);
    CHECK(s.method.steps[3].board == Board::request);
    CHECK(s.method.steps[4].board == Board::request);
    CHECK(s.method.steps[5].board == Board::plan);
    CHECK(s.follow_up.client == "Benoît Lefèvre");
    CHECK(s.group.series_size == 8);
}

TEST_CASE("migration: a file from a newer Atelier is refused as such, never read") {
    std::string text = read_source_file("tests/core/fixtures/schema1/ready.json");
    text.replace(text.find("\"schema\": 1"), 11, "\"schema\": " + std::to_string(kStateSchema + 1));
    const Parsed<SavedState> p = parse_state(text, "state.json");
    REQUIRE_FALSE(p.ok());
    CHECK(p.error.kind == ErrorKind::newer_schema);
    CHECK(p.error.field == "schema");
}

TEST_CASE("migration: a group written before ateliers had ids keeps two ateliers of one day as two, each with its own id, in order") {
    // Schema 2 (no "schema" field, no ids): a journée codév of two cases, then one the next month.
    const std::string file = R"({
      "name": "Codév RH", "atelier": "Atelier 3", "facilitator": "Nadia", "method": "codev-2h",
      "participants": ["Anne", "Bruno", "Claire", "David"],
      "history": [
        {"date": "2026-11-14", "method": "codev-2h", "client": "Anne", "plan": ["Appeler Marc"]},
        {"date": "2026-11-14", "method": "codev-2h", "client": "Bruno", "plan": ["Relire le contrat"]},
        {"date": "2026-12-12", "method": "codev-2h", "client": "Claire"}
      ]})";
    const Parsed<GroupFile> g = parse_group(file, "groups/codev-rh.json");
    REQUIRE(g.ok());
    const std::vector<PastAtelier>& h = g.value->group.history;
    REQUIRE(h.size() == 3);
    CHECK(h[0].id == "2026-11-14-1");
    CHECK(h[1].id == "2026-11-14-2");
    CHECK(h[2].id == "2026-12-12-1");
    CHECK(h[1].client == "Bruno");
    CHECK(h[1].plan == std::vector<std::string>{"Relire le contrat"});
    // Written again and read back: the ids stay what they became.
    const Parsed<GroupFile> again = parse_group(group_to_json(*g.value), "groups/codev-rh.json");
    REQUIRE(again.ok());
    CHECK(again.value->group.history == h);
}
