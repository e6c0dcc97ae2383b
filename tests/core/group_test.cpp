#include "core/group.hpp"
#include "core/text.hpp"

#include <doctest/doctest.h>

#include "core/group_io.hpp"
#include "test_support.hpp"

using namespace atelier;
using namespace atelier::test;

TEST_CASE("group: the suggested client is the first in seating order never yet client") {
    Group g = group_of(4);
    CHECK(suggest_client(g) == 0);
    g.history = {past("2026-01-10", "codev-2h30", "Amélie"), past("2026-02-10", "codev-2h30", "Chloé")};
    CHECK(suggest_client(g) == 1);
}

TEST_CASE("group: when everyone has been client, the one whose turn is oldest comes back") {
    Group g = group_of(3);
    g.history = {past("2026-03-01", "", "Benoît"), past("2026-01-01", "", "Chloé"), past("2026-02-01", "", "Amélie"),
                 past("2026-04-01", "", "Chloé")};
    CHECK(suggest_client(g) == 0);  // Amélie: February is the oldest last time
}

TEST_CASE("group: names with accents, hyphens and length are kept as written") {
    const std::string text = R"({"name": "Codév", "participants": ["Marie-Christine Lefebvre-Dubois", "Zoë", "Œdipe Ñandú"],
                                 "facilitator": "Éloïse", "history": [{"date": "2026-10-20", "client": "Zoë"}]})";
    const Parsed<GroupFile> g = parse_group(text, "group.json");
    REQUIRE_MESSAGE(g.ok(), g.error.message());
    CHECK(g.value->group.participants[0] == "Marie-Christine Lefebvre-Dubois");
    CHECK(g.value->group.participants[2] == "Œdipe Ñandú");
    CHECK(suggest_client(g.value->group) == 0);
}

TEST_CASE("group: empty lists, duplicate names and bad dates are refused with the field") {
    auto field_of = [](const std::string& text) {
        const Parsed<GroupFile> g = parse_group(text, "group.json");
        REQUIRE_FALSE(g.ok());
        return g.error.field;
    };
    CHECK(field_of(R"({"participants": []})") == "participants");
    CHECK(field_of(R"({"participants": ["Paul", "Paul"]})") == "participants[1]");
    CHECK(field_of(R"({"participants": ["Paul", " "]})") == "participants[1]");
    CHECK(field_of(R"({"participants": "Paul"})") == "participants");
    CHECK(field_of(R"({"participants": ["A"], "history": [{"date": "hier", "client": "A"}]})") == "history[0].date");
}

TEST_CASE("names: a script finds a participant without their accents or capitals") {
    Group g;
    g.participants = {"Éric Nguyen", "Hélène Moreau", "Françoise Œuvray", "Benoît Lefèvre"};
    CHECK(find_participant(g, "eric nguyen") == 0);
    CHECK(find_participant(g, "HELENE") == 1);
    CHECK(find_participant(g, "francoise") == 2);
    CHECK(find_participant(g, "Benoit") == 3);
    CHECK(find_participant(g, "oeuvray") == std::nullopt);  // a beginning, not any part
    CHECK(folded("Françoise Œuvray") == "francoise oeuvray");
    CHECK(folded("Ĳssel Straße") == "ijssel strasse");
    CHECK(folded("日本") == "日本");  // what has no Latin fold is kept
}
