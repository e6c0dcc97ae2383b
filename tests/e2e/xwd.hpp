#pragma once
// Reading `xwd -root` pictures (the whole X screen, both monitors) for pixel checks.
#include <cstdint>
#include <string>
#include <vector>

namespace atelier::test {

struct Xwd {
    int width = 0, height = 0;
    std::vector<uint8_t> rgb;  // 3 bytes per pixel, rows top to bottom
    // Share of the pixels of a rectangle within `tolerance` of a colour.
    double share(int x, int y, int w, int h, const uint8_t (&colour)[3], int tolerance) const;
    // Writes a PPM, to look at.
    void write_ppm(const std::string& path) const;
};

// 32-bit TrueColor dumps, as Xorg's dummy driver gives; empty when unreadable.
Xwd read_xwd(const std::string& path);

}  // namespace atelier::test
