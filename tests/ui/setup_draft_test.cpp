#include "ui/setup_screen.hpp"

#include <doctest/doctest.h>

using namespace atelier;
using namespace atelier::ui;

namespace {
SetupDraft draft_of(std::vector<std::string> names) {
    SetupDraft d;
    d.participants = std::move(names);
    d.facilitator = "Sophie";
    return d;
}
}  // namespace

TEST_CASE("setup: participants are added, reordered and removed, the client follows its person") {
    SetupDraft d = draft_of({"Amélie", "Benoît", "Chloé"});
    d.client = 1;
    d.new_name = "  Marie-Christine Lefebvre-Dubois ";
    CHECK(draft_add_participant(d));
    CHECK(d.participants.back() == "Marie-Christine Lefebvre-Dubois");
    CHECK(d.new_name.empty());
    draft_move_participant(d, 1, -1);
    CHECK(d.participants[0] == "Benoît");
    CHECK(d.client == 0);
    draft_remove_participant(d, 1);  // Amélie
    CHECK(d.participants == std::vector<std::string>{"Benoît", "Chloé", "Marie-Christine Lefebvre-Dubois"});
    CHECK(d.client == 0);
    draft_move_participant(d, 0, -1);  // impossible: nothing changes
    CHECK(d.participants[0] == "Benoît");
}

TEST_CASE("setup: a duplicate or empty name is refused") {
    SetupDraft d = draft_of({"Amélie"});
    d.new_name = "Amélie";
    CHECK_FALSE(draft_add_participant(d));
    CHECK(d.error == "Ce nom est déjà dans le groupe\u202F: \"Amélie\"");
    d.new_name = "   ";
    CHECK_FALSE(draft_add_participant(d));
    CHECK(d.participants.size() == 1);
}

TEST_CASE("setup: confirming gives a new atelier with the adjusted durations; nothing applies half-way") {
    const ConfigSet config = load_config({}, "/nowhere");
    SetupDraft d = draft_of({"Amélie", "Benoît", "Chloé"});
    int index = 0;
    for (size_t i = 0; i < config.methods.size(); ++i)
        if (config.methods[i].id == "codev-90") index = static_cast<int>(i);
    draft_select_method(d, config, index);
    REQUIRE(d.minutes.size() == 7);
    d.minutes[0] = 12;
    d.client = 2;
    const auto r = draft_result(d, config);
    REQUIRE(r.has_value());
    CHECK(r->method.id == "codev-90");
    CHECK(r->method.steps[0].planned_ms == 12 * 60'000);
    CHECK(r->method.total_minutes == 97);
    CHECK(r->client == 2);
    // The shipped method itself is untouched.
    CHECK(find_method(config, "codev-90")->steps[0].planned_ms == 5 * 60'000);

    SetupDraft empty = draft_of({});
    empty.lang = Lang::en;
    draft_select_method(empty, config, index);
    CHECK_FALSE(draft_result(empty, config).has_value());
    CHECK(empty.error == "The group needs at least one participant.");
}
