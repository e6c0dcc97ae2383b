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

// A texture whose pixels change while the commands that draw it stay the
// same (the wall's miniature in the console): where its `changed`
// rectangles (texture pixels, top-left origin, as the wall's damage) land on
// the screen counts as changed.
struct LiveTexture {
    ImTextureID texture = nullptr;
    const std::vector<DamageRect>* changed = nullptr;
    int width = 0, height = 0;  // of the texture
};

class DamageTracker {
public:
    static constexpr int kTile = 32;
    // Tiles of `block` x `block` pixels' multiples: rectangles that a copy
    // shrinking the picture by `block` takes whole (the console's miniature
    // of the wall). Changing it damages everything once.
    void align_to(int block);
    int tile() const { return tile_; }
    // The rectangles that changed since the last call. `salt` stands for
    // what the lists do not say (the clear colour). The first call, a size
    // change, or invalidate() give the whole screen.
    std::vector<DamageRect> update(const std::vector<ImDrawList*>& lists, int width, int height, uint64_t salt,
                                   LiveTexture live = {});
    void invalidate() { valid_ = false; }

private:
    int tile_ = kTile;
    int width_ = 0, height_ = 0, columns_ = 0, rows_ = 0;
    std::vector<uint64_t> tiles_;
    bool valid_ = false;
};

// Merges rectangles whose bounding box adds at most `extra_pixels` (overlap
// counted as extra): fewer passes for a few more pixels. What it returns never
// overlaps (see without_overlaps).
std::vector<DamageRect> merge_rects(std::vector<DamageRect> rects, long extra_pixels);

// Rectangles that overlap replaced by their bounding box, until none does:
// the rectangles of a frame are cleared and then drawn in one pass, and a
// pixel in two of them would be blended twice.
std::vector<DamageRect> without_overlaps(std::vector<DamageRect> rects);

// The tiles that `a` or `b` touch, as rectangles that never overlap (each is
// drawn from scratch, then blended over: an overlap would blend twice).
std::vector<DamageRect> disjoint_union(const std::vector<DamageRect>& a, const std::vector<DamageRect>& b, int tile, int width, int height);

// Merges damaged tiles (row-major, `columns` wide) into few rectangles.
std::vector<DamageRect> tiles_to_rects(const std::vector<bool>& damaged, int columns, int rows, int tile, int width, int height);

}  // namespace atelier::ui
