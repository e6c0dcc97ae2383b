#pragma once
#include <string>

namespace atelier::ui {

// The wall's font files: found by the platform (fontconfig), baked by the ui.
struct FontFiles {
    std::string regular;  // e.g. DejaVuSans.ttf
    std::string bold;
};

}  // namespace atelier::ui
