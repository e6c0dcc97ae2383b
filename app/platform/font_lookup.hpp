#pragma once
#include "ui/font_files.hpp"

namespace atelier::platform {

// The wall's fonts from the system's font packages, through fontconfig:
// DejaVu Sans (fonts-dejavu-core), regular and bold.
ui::FontFiles find_fonts();

}  // namespace atelier::platform
