#include "core/record.hpp"

#include <doctest/doctest.h>

#include <sstream>

#include "core/config_set.hpp"
#include "core/demo.hpp"
#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {
// A small RFC 4180 reader: the test must not trust the writer's own idea of CSV.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
    bool quoted = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') rows.back().back() += '"', ++i;
            else if (c == '"') quoted = false;
            else rows.back().back() += c;
        } else if (c == '"') quoted = true;
        else if (c == ',') rows.back().emplace_back();
        else if (c == '\r') continue;
        else if (c == '\n') rows.emplace_back(1);
        else rows.back().back() += c;
    }
    if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
    return rows;
}

Session finished_with_content() {
    const ConfigSet config = load_config({}, "/nowhere");
    Session s = *demo_session(config, "summary", kT0);
    s = apply(s, cmd::SetRequest{"J’aimerais que vous m’aidiez, à déléguer \"vraiment\""}, kT0);
    s = apply(s, cmd::SetContract{"Déléguer deux dossiers"}, kT0);
    s = apply(s, cmd::AddPlanItem{"Choisir, avec Paul, deux dossiers"}, kT0);
    return s;
}
}  // namespace

TEST_CASE("record: the CSV has one row per step and one per person, with planned, added and real times") {
    const Session s = finished_with_content();
    const Record r = make_record(s, kT0, 0);
    const auto rows = parse_csv(record_csv(r));
    REQUIRE(rows.size() == 1 + s.method.steps.size() + 1 + s.group.participants.size() + 1);
    CHECK(rows[0] == std::vector<std::string>{"kind", "number", "name", "role", "planned", "added", "actual", "speaking_time"});
    for (const auto& row : rows) CHECK(row.size() == 8);
    CHECK(rows[1][0] == "step");
    CHECK(rows[1][2] == "Accueil et retour du client précédent");
    CHECK(rows[1][4] == "0:15:00");
    CHECK(rows[1][6] == "0:14:00");  // the demo's pace: 14 minutes for the opening
    const auto& total = rows[1 + s.method.steps.size()];
    CHECK(total[0] == "total");
    CHECK(total[4] == "2:20:00");
    const auto& chloe = rows[2 + s.method.steps.size() + 2];
    CHECK(chloe[0] == "person");
    CHECK(chloe[2] == "Chloé Martin");
    CHECK(chloe[3] == "Client");
}

TEST_CASE("record: the Markdown holds the request, the contract, the plan, the date and the group") {
    const Session s = finished_with_content();
    const std::string md = record_markdown(make_record(s, kT0, 0));
    CHECK(md.find("Codév managers — Lyon") != std::string::npos);
    CHECK(md.find("2026-05-28") != std::string::npos);
    CHECK(md.find("> J’aimerais que vous m’aidiez, à déléguer \"vraiment\"") != std::string::npos);
    CHECK(md.find("> Déléguer deux dossiers") != std::string::npos);
    CHECK(md.find("1. Choisir, avec Paul, deux dossiers") != std::string::npos);
    CHECK(md.find("| **Total** | 2:20:00 |") != std::string::npos);
}
