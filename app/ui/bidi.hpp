#pragma once
// Text as it must reach Dear ImGui, which draws codepoints left to right and
// joins nothing: right-to-left runs (Hebrew, Arabic) put in visual order, and
// Arabic letters turned into their joined presentation forms (Unicode's
// Presentation Forms-A and -B, which fonts such as DejaVu Sans carry).
#include <string>

namespace atelier::ui {

// One line (UTF-8, logical order) in the order its glyphs go on the screen,
// left to right. The paragraph's direction is its first strong letter's
// ("Aïsha بنت" stays left to right, "יעל כהן" reads from the right). Text
// without right-to-left letters comes back untouched. Explicit direction
// controls (embeddings, overrides U+202A–U+202E, isolates U+2066–U+2069) are
// dropped and have no effect: a name pasted with a stray override must not
// scramble itself or what surrounds it. A '\n' splits lines, each ordered on
// its own.
std::string visual_line(const std::string& utf8);

}  // namespace atelier::ui
