#pragma once
// What changed on the wall since the last frame, from the draw lists alone:
// the screen is cut into tiles, each tile keeps a hash of every triangle that
// touches it (in order), and a tile whose hash moved is damaged. Redrawing and
// presenting only those tiles is pixel-identical to a full redraw (a test
// compares them), and most seconds only the timer's digits change.
#include <cstdint>
#include <vector>

#include <imgui.h>

namespace atelier::ui {

struct DamageRect {
    int x = 0, y = 0, w = 0, h = 0;  // pixels, top-left origin
    bool operator==(const DamageRect&) const = default;
};

class DamageTracker {
public:
    static constexpr int kTile = 32;
    // The rectangles that changed since the last call. `salt` stands for
    // what the lists do not say (the clear colour). The first call, a size
    // change, or invalidate() give the whole screen.
    std::vector<DamageRect> update(const std::vector<ImDrawList*>& lists, int width, int height, uint64_t salt);
    void invalidate() { valid_ = false; }

private:
    int width_ = 0, height_ = 0, columns_ = 0, rows_ = 0;
    std::vector<uint64_t> tiles_;
    bool valid_ = false;
};

// Merges damaged tiles (row-major, `columns` wide) into few rectangles.
std::vector<DamageRect> tiles_to_rects(const std::vector<bool>& damaged, int columns, int rows, int tile, int width, int height);

}  // namespace atelier::ui
