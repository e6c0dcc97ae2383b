#pragma once
#include <functional>
#include <string>
#include <vector>

namespace atelier::ui {

// A font merged into the wall's faces for characters the main face lacks
// (王 in a CJK font): only those characters are baked from it.
struct FallbackFont {
    std::string file;
    int index = 0;              // the face in a collection (.ttc)
    std::u32string characters;  // sorted
};

// The wall's font files: found by the platform (fontconfig), baked by the ui.
struct FontFiles {
    std::string regular;  // e.g. DejaVuSans.ttf
    std::string bold;
    // The fonts that have the characters of `wanted` the main face (regular
    // or bold) lacks, best first; each character in one font at most.
    // Characters no installed font has are left out. Empty: no lookup.
    std::function<std::vector<FallbackFont>(const std::u32string& wanted, bool bold)> fallbacks;
};

}  // namespace atelier::ui
