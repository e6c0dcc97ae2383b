#include "core/text.hpp"
#include "core/group.hpp"

#include <doctest/doctest.h>

using namespace atelier;

TEST_CASE("text: UTF-8 is checked strictly: no overlong forms, no surrogates, nothing past U+10FFFF") {
    CHECK(is_valid_utf8("Œuvray, Nguyễn, 😀"));
    CHECK_FALSE(is_valid_utf8("\xC3\x28"));
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong "/"
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // a surrogate
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
    CHECK_FALSE(is_valid_utf8("\xE2\x82"));          // cut short
}

TEST_CASE("text: tidying joins lines and spaces, and refuses control characters and over-long texts") {
    CHECK(tidy_text("  a \n\t b  ", 10) == "a b");
    CHECK(tidy_text("", 10) == "");
    CHECK_FALSE(tidy_text("a\x01", 10));
    CHECK_FALSE(tidy_text("a\u0085b", 10));  // NEL, a C1 control
    CHECK(tidy_text("ééééé", 5) == "ééééé");
    CHECK_FALSE(tidy_text("éééééé", 5));
    CHECK(char_count("Œuvray") == 6);
}

TEST_CASE("text: what a command refuses says why: control characters and overrides, emoji, length, nothing visible") {
    CHECK(text_problem("Nguyễn Thị Hồng", kMaxNameChars, true) == TextProblem::none);
    CHECK(text_problem("Wang Xiaoming 王小明", kMaxNameChars, true) == TextProblem::none);
    CHECK(text_problem("Aïsha بنت", kMaxNameChars, true) == TextProblem::none);
    CHECK(text_problem(std::string("a\0b", 3), kMaxNameChars, true) == TextProblem::control);
    CHECK(text_problem("Zoë\u202Eevil", kMaxNameChars, true) == TextProblem::control);   // would turn the line around
    CHECK(text_problem("Zoë\u2066x\u2069", kMaxNameChars, true) == TextProblem::control);  // an isolate too
    CHECK(text_problem("Zoë 😀", kMaxNameChars, true) == TextProblem::not_drawable);     // beyond the wall's fonts
    CHECK(text_problem(std::string(kMaxNameChars + 1, 'x'), kMaxNameChars, true) == TextProblem::too_long);
    CHECK(text_problem("\u200B\u200B\u200D", kMaxNameChars, true) == TextProblem::invisible);  // a blank chip
    CHECK(text_problem("\u200B\u200B\u200D", kMaxNameChars, false) == TextProblem::none);     // a request may be empty
    CHECK(text_problem("ligne 1\nligne 2", kMaxRequestChars, false) == TextProblem::none);    // joined, not refused
    CHECK(text_problem("\xC3\x28", kMaxNameChars, true) == TextProblem::invalid_utf8);
}

TEST_CASE("names: a name of zero-width spaces alone is no name") {
    CHECK_FALSE(clean_name("\u200B\u200C\u2060"));
    CHECK_FALSE(clean_name(" \u00A0 "));
    CHECK(clean_name("\u200BÉric") == "\u200BÉric");  // something visible: kept as typed
}
