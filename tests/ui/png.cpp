#include "png.hpp"

#include <algorithm>
#include <cstdlib>

#include <stb_image.h>  // implemented in libstb

namespace atelier::test {

ui::Rgb Image::at(int x, int y) const {
    const size_t i = (static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x)) * 3;
    return {rgb[i], rgb[i + 1], rgb[i + 2]};
}

static bool near(ui::Rgb a, ui::Rgb b, int tol) {
    return std::abs(a.r - b.r) <= tol && std::abs(a.g - b.g) <= tol && std::abs(a.b - b.b) <= tol;
}

int Image::count(const ui::Box& box, ui::Rgb colour, int tolerance) const {
    int n = 0;
    const int x0 = std::max(0, static_cast<int>(box.x)), x1 = std::min(width, static_cast<int>(box.right()));
    const int y0 = std::max(0, static_cast<int>(box.y)), y1 = std::min(height, static_cast<int>(box.bottom()));
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x)
            if (near(at(x, y), colour, tolerance)) ++n;
    return n;
}

int Image::ink_rows(const ui::Box& box, ui::Rgb colour, int tolerance) const {
    int rows = 0;
    const int x0 = std::max(0, static_cast<int>(box.x)), x1 = std::min(width, static_cast<int>(box.right()));
    const int y0 = std::max(0, static_cast<int>(box.y)), y1 = std::min(height, static_cast<int>(box.bottom()));
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            if (near(at(x, y), colour, tolerance)) {
                ++rows;
                break;
            }
        }
    }
    return rows;
}

double Image::dark_share() const {
    size_t dark = 0;
    for (size_t i = 0; i + 2 < rgb.size(); i += 3)
        if (rgb[i] < 16 && rgb[i + 1] < 16 && rgb[i + 2] < 16) ++dark;
    return static_cast<double>(dark) / static_cast<double>(rgb.size() / 3);
}

Image load_png(const std::string& path) {
    Image img;
    int channels = 0;
    unsigned char* data = stbi_load(path.c_str(), &img.width, &img.height, &channels, 3);
    if (!data) return Image{};
    img.rgb.assign(data, data + static_cast<size_t>(img.width) * static_cast<size_t>(img.height) * 3);
    stbi_image_free(data);
    return img;
}

}  // namespace atelier::test
