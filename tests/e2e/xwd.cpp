#include "xwd.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>

namespace atelier::test {

namespace {
uint32_t be32(const std::vector<uint8_t>& b, size_t at) {
    return (uint32_t{b[at]} << 24) | (uint32_t{b[at + 1]} << 16) | (uint32_t{b[at + 2]} << 8) | uint32_t{b[at + 3]};
}
}  // namespace

Xwd read_xwd(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    const std::vector<uint8_t> b((std::istreambuf_iterator<char>(in)), {});
    Xwd out;
    if (b.size() < 100) return out;
    const uint32_t header = be32(b, 0), width = be32(b, 16), height = be32(b, 20), byte_order = be32(b, 28);
    const uint32_t bpp = be32(b, 44), stride = be32(b, 48), ncolors = be32(b, 76);
    const size_t data = header + size_t{ncolors} * 12;
    // 24 bits per pixel are packed (3 bytes), whatever padding ends the row.
    const uint32_t bytes = bpp / 8;
    if ((bytes != 3 && bytes != 4) || size_t{bytes} * width > stride || data + size_t{stride} * height > b.size()) return out;
    // DirectColor (visual class 5): each channel goes through the colour map.
    const uint32_t visual_class = be32(b, 52);
    uint8_t map[3][256];
    for (int c = 0; c < 3; ++c)
        for (int i = 0; i < 256; ++i) map[c][i] = static_cast<uint8_t>(i);
    if (visual_class == 5 && ncolors == 256) {
        for (uint32_t i = 0; i < 256; ++i) {
            const size_t at = header + size_t{i} * 12 + 4;  // after the pixel value: red, green, blue (16 bits each)
            for (int c = 0; c < 3; ++c) map[c][i] = b[at + static_cast<size_t>(c) * 2];
        }
    }
    out.width = static_cast<int>(width);
    out.height = static_cast<int>(height);
    out.rgb.resize(size_t{width} * height * 3);
    for (uint32_t y = 0; y < height; ++y) {
        for (uint32_t x = 0; x < width; ++x) {
            const uint8_t* p = &b[data + size_t{y} * stride + size_t{x} * bytes];
            uint8_t* q = &out.rgb[(size_t{y} * width + x) * 3];
            if (byte_order == 0) q[0] = p[2], q[1] = p[1], q[2] = p[0];  // LSBFirst: B G R (x)
            else q[0] = p[bytes - 3], q[1] = p[bytes - 2], q[2] = p[bytes - 1];
            for (int c = 0; c < 3; ++c) q[c] = map[c][q[c]];
        }
    }
    return out;
}

double Xwd::share(int x, int y, int w, int h, const uint8_t (&c)[3], int tolerance) const {
    long hits = 0, total = 0;
    for (int j = std::max(0, y); j < std::min(height, y + h); ++j) {
        for (int i = std::max(0, x); i < std::min(width, x + w); ++i) {
            const uint8_t* p = &rgb[(static_cast<size_t>(j) * static_cast<size_t>(width) + static_cast<size_t>(i)) * 3];
            ++total;
            if (std::abs(p[0] - c[0]) <= tolerance && std::abs(p[1] - c[1]) <= tolerance && std::abs(p[2] - c[2]) <= tolerance) ++hits;
        }
    }
    return total ? static_cast<double>(hits) / static_cast<double>(total) : 0;
}

void Xwd::write_ppm(const std::string& path) const {
    std::ofstream out(path, std::ios::binary);
    out << "P6\n" << width << " " << height << "\n255\n";
    out.write(reinterpret_cast<const char*>(rgb.data()), static_cast<std::streamsize>(rgb.size()));
}

}  // namespace atelier::test
