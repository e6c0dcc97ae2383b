#include "core/format.hpp"
#include "core/i18n.hpp"
#include "core/i18n_console.hpp"

#include <doctest/doctest.h>

using namespace atelier;

TEST_CASE("format: the countdown shows mm:ss, rounding up so the first second reads the full length") {
    CHECK(countdown_text(25 * 60'000) == "25:00");
    CHECK(countdown_text(25 * 60'000 - 1) == "25:00");
    CHECK(countdown_text(24 * 60'000 + 59'000) == "24:59");
    CHECK(countdown_text(500) == "00:01");
    CHECK(countdown_text(0) == "00:00");
}

TEST_CASE("format: hours appear only when an hour or more remains") {
    CHECK(countdown_text(60 * 60'000) == "1:00:00");
    CHECK(countdown_text(59 * 60'000 + 59'000) == "59:59");
}

TEST_CASE("format: overtime counts up with a plus sign") {
    CHECK(overtime_text(135'000) == "+02:15");
    CHECK(overtime_text(400) == "+00:00");
}

TEST_CASE("format: time of day and dates") {
    CHECK(clock_text(0, 0) == "00:00");
    CHECK(clock_text(13 * 3'600'000 + 5 * 60'000, 3'600'000) == "14:05");
    CHECK(iso_date(0) == "1970-01-01");
    CHECK(iso_date(1'780'000'000'000) == "2026-05-28");
}

TEST_CASE("format: durations for tables") {
    CHECK(duration_text(65'000) == "1:05");
    CHECK(duration_text(3'720'000) == "1:02:00");
}

TEST_CASE("french: \"de\" before a vowel or a mute h is elided in the wall's and console's sentences") {
    CHECK(fill(Lang::fr, tr(Lang::fr, Word::board_request), "Anaïs") == "La demande d’Anaïs\u202F:");
    CHECK(fill(Lang::fr, tr(Lang::fr, Word::board_plan), "Éric") == "Plan d’action d’Éric");
    CHECK(fill(Lang::fr, tr(Lang::fr, Word::board_plan), "Hélène") == "Plan d’action d’Hélène");
    CHECK(fill(Lang::fr, tr(Lang::fr, Word::board_plan), "Benoît") == "Plan d’action de Benoît");
    CHECK(console_fill(Lang::fr, CWord::request_of, "Omar") == "La demande d’Omar");
    CHECK(fill(Lang::en, tr(Lang::en, Word::board_plan), "Anaïs") == "Anaïs’s action plan");
}
