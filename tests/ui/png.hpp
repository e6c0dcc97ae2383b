#pragma once
// Reading the wall's screenshots back for pixel checks.
#include <string>
#include <vector>

#include "ui/painter.hpp"
#include "ui/theme.hpp"

namespace atelier::test {

struct Image {
    int width = 0, height = 0;
    std::vector<unsigned char> rgb;
    bool ok() const { return width > 0; }
    ui::Rgb at(int x, int y) const;
    // Pixels in `box` within `tolerance` (per channel) of `colour`.
    int count(const ui::Box& box, ui::Rgb colour, int tolerance = 24) const;
    // Rows of `box` holding at least one such pixel: the ink height of text.
    int ink_rows(const ui::Box& box, ui::Rgb colour, int tolerance = 24) const;
    // Share of the whole image that is near black.
    double dark_share() const;
};

Image load_png(const std::string& path);

}  // namespace atelier::test
