#include "ui/bidi.hpp"

#include <doctest/doctest.h>

using atelier::ui::visual_line;

TEST_CASE("bidi: a Hebrew name is drawn from the right: its letters reversed for ImGui's left-to-right pen") {
    CHECK(visual_line("יעל כהן") == "ןהכ לעי");
}

TEST_CASE("bidi: an Arabic word is joined (presentation forms) and in visual order") {
    // ب ن ت: initial beh U+FE91, medial noon U+FEE8, final teh U+FE96, drawn
    // left to right as teh, noon, beh.
    CHECK(visual_line("بنت") == "\uFE96\uFEE8\uFE91");
    // Lam and alef become one ligature, nothing left between them.
    CHECK(visual_line("لا") == "\uFEFB");
}

TEST_CASE("bidi: Latin text, accents and all, comes back untouched") {
    for (const char* s : {"Łukasz Wiśniewski", "Nguyễn Thị Hồng", "Zoë O'Connor", "Дмитрий Иванов", "王小明", ""})
        CHECK(visual_line(s) == s);
}

TEST_CASE("bidi: a Latin name with an Arabic one stays left to right, the Arabic part reversed and joined") {
    CHECK(visual_line("Aïsha بنت") == "Aïsha \uFE96\uFEE8\uFE91");
    // An Arabic paragraph with a Latin word: the Latin word keeps its own order.
    CHECK(visual_line("بنت Aïsha") == "Aïsha \uFE96\uFEE8\uFE91");
}

TEST_CASE("bidi: a right-to-left override (U+202E) does not reorder the text around it") {
    CHECK(visual_line("Zoë \u202Eevil\u202C ok") == "Zoë evil ok");
    CHECK(visual_line("abc\u202Edef") == "abcdef");
    // Nor does it turn an RTL name the wrong way.
    CHECK(visual_line("\u202Dיעל") == "לעי");
}

TEST_CASE("bidi: brackets in a right-to-left name are mirrored, so they still enclose it") {
    CHECK(visual_line("(יעל)") == "(לעי)");
}

TEST_CASE("bidi: each line is ordered on its own") {
    CHECK(visual_line("יעל\nAïsha בנת") == "לעי\nAïsha תנב");
}

TEST_CASE("bidi: what ImGui cannot draw passes through without crashing or eating its neighbours") {
    // Beyond U+FFFF (an emoji) and a malformed byte, beside Arabic.
    const std::string out = visual_line("بنت \xF0\x9F\x98\x80 \xFF");
    CHECK(out.find("\xF0\x9F\x98\x80") != std::string::npos);
    CHECK(out.find("\uFE96\uFEE8\uFE91") != std::string::npos);
    CHECK(out.find("\xEF\xBF\xBD") != std::string::npos);  // the bad byte as U+FFFD
}
