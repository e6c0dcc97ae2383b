#pragma once
#include <string>
#include <vector>

#include "ui/font_files.hpp"

namespace atelier::platform {

// The wall's fonts from the system's font packages, through fontconfig:
// DejaVu Sans (fonts-dejavu-core), regular and bold, and a lookup of the
// installed fonts that have the characters DejaVu lacks (CJK: any font
// fontconfig knows, fonts-droid-fallback on a fresh machine).
ui::FontFiles find_fonts();

// For `atelier --doctor`: which font draws a script on this machine.
struct ScriptFont {
    std::string script;  // "CJK", "Arabic"...
    std::string sample;  // a character of it (UTF-8)
    std::string file;    // the font that draws it; empty when none does
    bool main = false;   // the main face itself (no fallback needed)
    std::string package; // a Debian package that draws it, when none does
};
std::vector<ScriptFont> script_fonts();

}  // namespace atelier::platform
