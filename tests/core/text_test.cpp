#include "core/text.hpp"

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
