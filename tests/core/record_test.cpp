#include "core/record.hpp"

#include <doctest/doctest.h>

#include <sstream>

#include "core/config_set.hpp"
#include "core/demo.hpp"
#include "core/format.hpp"
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

// The rows of one kind ("step", "person", "info"...), in order.
std::vector<std::vector<std::string>> rows_of(const std::vector<std::vector<std::string>>& rows, const std::string& kind) {
    std::vector<std::vector<std::string>> out;
    for (const auto& row : rows)
        if (!row.empty() && row[0] == kind) out.push_back(row);
    return out;
}

std::string info(const std::vector<std::vector<std::string>>& rows, const std::string& label) {
    for (const auto& row : rows_of(rows, "info"))
        if (row[2] == label) return row[11];
    return "(no such row)";
}

TEST_CASE("record: the CSV has one row per step and one per person, with planned, added and real times") {
    const Session s = finished_with_content();
    const Record r = make_record(s, kT0, 0);
    const auto rows = parse_csv(record_csv(r));
    CHECK(rows[0] == std::vector<std::string>{"kind", "number", "name", "role", "planned", "added", "actual", "speaking_time",
                                              "arrived", "left", "back", "text"});
    for (const auto& row : rows) CHECK(row.size() == 12);
    const auto steps = rows_of(rows, "step");
    REQUIRE(steps.size() == s.method.steps.size());
    CHECK(steps[0][2] == "Accueil et retour du client précédent");
    CHECK(steps[0][4] == "0:15:00");
    CHECK(steps[0][6] == "0:14:00");  // the demo's pace: 14 minutes for the opening
    REQUIRE(rows_of(rows, "total").size() == 1);
    CHECK(rows_of(rows, "total")[0][4] == "2:20:00");
    const auto people = rows_of(rows, "person");
    REQUIRE(people.size() == s.group.participants.size() + 1);  // and the facilitator
    CHECK(people[2][2] == "Chloé Martin");
    CHECK(people[2][3] == "Client");
}

TEST_CASE("record: the CSV carries the date, group, method, client, request, contract and plan") {
    const Session s = finished_with_content();
    const auto rows = parse_csv(record_csv(make_record(s, kT0, 0)));
    CHECK(info(rows, "Date") == "2026-05-28");
    CHECK(info(rows, "Groupe") == "Codév managers — Lyon");
    CHECK(info(rows, "Méthode") == s.method.name[Lang::fr]);
    CHECK(info(rows, "Client") == "Chloé Martin");
    CHECK(info(rows, "Demande du client") == "J’aimerais que vous m’aidiez, à déléguer \"vraiment\"");
    CHECK(info(rows, "Contrat") == "Déléguer deux dossiers");
    const auto plan = rows_of(rows, "plan");
    REQUIRE(plan.size() == 1);
    CHECK(plan[0][1] == "1");
    CHECK(plan[0][11] == "Choisir, avec Paul, deux dossiers");
}

TEST_CASE("record: who arrived late, left and came back is in the CSV, the Markdown and each person's line, at the time of day") {
    const ConfigSet config = load_config({}, "/nowhere");
    Session s = *demo_session(config, "running", kT0);
    s = apply(s, cmd::AddParticipant{"Zoé Late", kNobody}, kT0 + 5 * kMin);
    const int zoe = static_cast<int>(s.group.participants.size()) - 1;
    s = apply(s, cmd::ParticipantLeft{1}, kT0 + 20 * kMin);
    s = apply(s, cmd::ParticipantBack{1}, kT0 + 30 * kMin);
    const Record r = make_record(s, kT0 + 31 * kMin, 3'600'000);  // an hour east of UTC
    const auto rows = parse_csv(record_csv(r));
    const auto people = rows_of(rows, "person");
    const auto row_of = [&](const std::string& name) {
        for (const auto& p : people)
            if (p[2] == name) return p;
        return std::vector<std::string>(12);
    };
    CHECK(row_of("Zoé Late")[8] == clock_text(kT0 + 5 * kMin, 3'600'000));
    CHECK(row_of(s.group.participants[1])[9] == clock_text(kT0 + 20 * kMin, 3'600'000));
    CHECK(row_of(s.group.participants[1])[10] == clock_text(kT0 + 30 * kMin, 3'600'000));
    CHECK(row_of(s.group.participants[0])[8].empty());  // there all along
    CHECK(r.people[static_cast<size_t>(zoe)].presence.find("arrivé en retard à") != std::string::npos);
    CHECK(record_markdown(r).find("Zoé Late\u202F: arrivé en retard à " + clock_text(kT0 + 5 * kMin, 3'600'000)) != std::string::npos);
}

TEST_CASE("record: the client's record holds their request, contract and plan, and nobody's speaking time") {
    const Session s = finished_with_content();
    const std::string md = client_record_markdown(make_record(s, kT0, 0));
    CHECK(md.find("Chloé Martin") != std::string::npos);
    CHECK(md.find("> J’aimerais que vous m’aidiez") != std::string::npos);
    CHECK(md.find("> Déléguer deux dossiers") != std::string::npos);
    CHECK(md.find("1. Choisir, avec Paul, deux dossiers") != std::string::npos);
    CHECK(md.find("Temps de parole") == std::string::npos);
    for (const std::string& other : s.group.participants)
        if (other != "Chloé Martin") CHECK(md.find(other) == std::string::npos);
}

TEST_CASE("record: the Markdown holds the request, the contract, the plan, the date and the group") {
    const Session s = finished_with_content();
    const std::string md = record_markdown(make_record(s, kT0, 0));
    CHECK(md.find("Codév managers — Lyon") != std::string::npos);
    CHECK(md.find("- **Date**\u202F: 28 mai 2026\n") != std::string::npos);  // as a French reader writes it
    CHECK(md.find("> J’aimerais que vous m’aidiez, à déléguer \"vraiment\"") != std::string::npos);
    CHECK(md.find("> Déléguer deux dossiers") != std::string::npos);
    CHECK(md.find("1. Choisir, avec Paul, deux dossiers") != std::string::npos);
    CHECK(md.find("| **Total** | 2:20:00 |") != std::string::npos);
}

TEST_CASE("record: dates as each language writes them, the colon too — the CSV keeps the sortable date") {
    constexpr int64_t kDec1 = 1'796'083'200'000;  // 2026-12-01 00:00 UTC
    CHECK(date_said(Lang::fr, kDec1) == "1er décembre 2026");
    CHECK(date_said(Lang::fr, kDec1 + 5 * 86'400'000) == "6 décembre 2026");
    CHECK(date_said(Lang::en, kDec1 + 5 * 86'400'000) == "6 December 2026");
    CHECK(date_said(Lang::de, kDec1 + 5 * 86'400'000) == "6. Dezember 2026");
    CHECK(date_said(Lang::es, kDec1 + 5 * 86'400'000) == "6 de diciembre de 2026");
    CHECK(date_said(Lang::nl, kDec1 + 5 * 86'400'000) == "6 december 2026");
    CHECK(date_said(Lang::de, kDec1 - int64_t{86'400'000} * 334) == "1. Januar 2026");
    Session s = finished_with_content();
    s.lang = Lang::en;
    const Record r = make_record(s, kT0, 0);
    const std::string md = record_markdown(r);
    CHECK(md.find("- **Date**: 28 May 2026\n") != std::string::npos);  // no space before an English colon
    CHECK(record_csv(r).find(",2026-05-28\r\n") != std::string::npos);
}
