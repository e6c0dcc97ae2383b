#include "ui/damage.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace atelier::ui {

namespace {

uint64_t mix(uint64_t h, uint64_t v) {
    h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    return h * 0xFF51AFD7ED558CCDull;
}

uint64_t bits(float f) {
    uint32_t u = 0;
    std::memcpy(&u, &f, sizeof u);
    return u;
}

DamageRect bounding_box(const DamageRect& a, const DamageRect& b) {
    const int x0 = std::min(a.x, b.x), y0 = std::min(a.y, b.y);
    const int x1 = std::max(a.x + a.w, b.x + b.w), y1 = std::max(a.y + a.h, b.y + b.h);
    return DamageRect{x0, y0, x1 - x0, y1 - y0};
}

uint64_t vertex_hash(const ImDrawVert& v) {
    return mix(mix(mix(mix(bits(v.pos.x), bits(v.pos.y)), bits(v.uv.x)), bits(v.uv.y)), v.col);
}

}  // namespace

std::vector<DamageRect> tiles_to_rects(const std::vector<bool>& damaged, int columns, int rows, int tile, int width,
                                       int height) {
    // Runs of damaged tiles in each row, then runs stacked over the same columns merge.
    struct Run {
        int c0, c1, r0, r1;
    };
    std::vector<Run> open, done;
    for (int r = 0; r < rows; ++r) {
        std::vector<Run> row;
        for (int c = 0; c < columns;) {
            if (!damaged[static_cast<size_t>(r * columns + c)]) {
                ++c;
                continue;
            }
            const int start = c;
            while (c < columns && damaged[static_cast<size_t>(r * columns + c)]) ++c;
            row.push_back({start, c, r, r + 1});
        }
        std::vector<Run> next;
        for (Run& run : row) {
            auto above = std::find_if(open.begin(), open.end(), [&](const Run& o) { return o.c0 == run.c0 && o.c1 == run.c1; });
            if (above != open.end()) {
                run.r0 = above->r0;
                open.erase(above);
            }
            next.push_back(run);
        }
        done.insert(done.end(), open.begin(), open.end());
        open = std::move(next);
    }
    done.insert(done.end(), open.begin(), open.end());
    std::vector<DamageRect> out;
    for (const Run& run : done) {
        DamageRect d{run.c0 * tile, run.r0 * tile, (run.c1 - run.c0) * tile, (run.r1 - run.r0) * tile};
        d.w = std::min(d.w, width - d.x);
        d.h = std::min(d.h, height - d.y);
        out.push_back(d);
    }
    return out;
}

void DamageTracker::align_to(int block) {
    const int b = std::max(1, block);
    const int tile = b * ((kTile + b - 1) / b);
    if (tile != tile_) tile_ = tile, valid_ = false;
}

std::vector<DamageRect> DamageTracker::update(const std::vector<ImDrawList*>& lists, int width, int height, uint64_t salt,
                                              LiveTexture live) {
    const int columns = (width + tile_ - 1) / tile_, rows = (height + tile_ - 1) / tile_;
    std::vector<uint64_t> tiles(static_cast<size_t>(columns) * static_cast<size_t>(rows), mix(0, salt));
    std::vector<bool> forced(tiles.size(), false);  // where a live texture changed
    for (const ImDrawList* list : lists) {
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback || cmd.ElemCount == 0) continue;
            uint64_t key = mix(mix(mix(reinterpret_cast<uintptr_t>(cmd.TextureId), bits(cmd.ClipRect.x)),
                                   mix(bits(cmd.ClipRect.y), bits(cmd.ClipRect.z))),
                               bits(cmd.ClipRect.w));
            const bool is_live = live.texture && cmd.TextureId == live.texture && live.changed && live.width > 0 && live.height > 0;
            for (unsigned i = 0; i + 2 < cmd.ElemCount; i += 3) {
                const ImDrawVert* v[3];
                for (int k = 0; k < 3; ++k)
                    v[k] = &list->VtxBuffer[static_cast<int>(cmd.VtxOffset + list->IdxBuffer[static_cast<int>(cmd.IdxOffset + i) + k])];
                // The triangle's pixels: its box, inside the command's clip, one pixel of margin for rounding.
                const float x0 = std::max({std::min({v[0]->pos.x, v[1]->pos.x, v[2]->pos.x}), cmd.ClipRect.x}) - 1;
                const float y0 = std::max({std::min({v[0]->pos.y, v[1]->pos.y, v[2]->pos.y}), cmd.ClipRect.y}) - 1;
                const float x1 = std::min({std::max({v[0]->pos.x, v[1]->pos.x, v[2]->pos.x}), cmd.ClipRect.z}) + 1;
                const float y1 = std::min({std::max({v[0]->pos.y, v[1]->pos.y, v[2]->pos.y}), cmd.ClipRect.w}) + 1;
                if (x1 <= x0 || y1 <= y0) continue;
                const uint64_t h = mix(mix(mix(key, vertex_hash(*v[0])), vertex_hash(*v[1])), vertex_hash(*v[2]));
                const int c0 = std::clamp(static_cast<int>(std::floor(x0)) / tile_, 0, columns - 1);
                const int c1 = std::clamp(static_cast<int>(std::ceil(x1)) / tile_, 0, columns - 1);
                const int r0 = std::clamp(static_cast<int>(std::floor(y0)) / tile_, 0, rows - 1);
                const int r1 = std::clamp(static_cast<int>(std::ceil(y1)) / tile_, 0, rows - 1);
                for (int r = r0; r <= r1; ++r)
                    for (int c = c0; c <= c1; ++c) {
                        uint64_t& t = tiles[static_cast<size_t>(r * columns + c)];
                        t = mix(t, h);
                    }
                if (!is_live) continue;
                // Where the texture's changed rectangles land: the affine map
                // from texture coordinates to the screen, from the triangle's corners.
                const float du1 = v[1]->uv.x - v[0]->uv.x, dv1 = v[1]->uv.y - v[0]->uv.y;
                const float du2 = v[2]->uv.x - v[0]->uv.x, dv2 = v[2]->uv.y - v[0]->uv.y;
                const float det = du1 * dv2 - du2 * dv1;
                if (std::abs(det) < 1e-12f) continue;
                const float dx1 = v[1]->pos.x - v[0]->pos.x, dy1 = v[1]->pos.y - v[0]->pos.y;
                const float dx2 = v[2]->pos.x - v[0]->pos.x, dy2 = v[2]->pos.y - v[0]->pos.y;
                auto to_screen = [&](float u, float vv) {
                    const float a = ((u - v[0]->uv.x) * dv2 - (vv - v[0]->uv.y) * du2) / det;
                    const float b = ((vv - v[0]->uv.y) * du1 - (u - v[0]->uv.x) * dv1) / det;
                    return ImVec2(v[0]->pos.x + a * dx1 + b * dx2, v[0]->pos.y + a * dy1 + b * dy2);
                };
                const float tw = static_cast<float>(live.width), th = static_cast<float>(live.height);
                for (const DamageRect& d : *live.changed) {
                    // The miniature shows the texture upside down (GL stores it from the bottom).
                    const ImVec2 p0 = to_screen(static_cast<float>(d.x) / tw, 1.0f - static_cast<float>(d.y) / th);
                    const ImVec2 p1 = to_screen(static_cast<float>(d.x + d.w) / tw, 1.0f - static_cast<float>(d.y + d.h) / th);
                    // Two pixels of margin: filtering reaches the neighbours.
                    const float mx0 = std::max(std::min(p0.x, p1.x) - 2, x0), mx1 = std::min(std::max(p0.x, p1.x) + 2, x1);
                    const float my0 = std::max(std::min(p0.y, p1.y) - 2, y0), my1 = std::min(std::max(p0.y, p1.y) + 2, y1);
                    if (mx1 <= mx0 || my1 <= my0) continue;
                    for (int r = std::clamp(static_cast<int>(my0) / tile_, 0, rows - 1); r <= std::clamp(static_cast<int>(my1) / tile_, 0, rows - 1); ++r)
                        for (int c = std::clamp(static_cast<int>(mx0) / tile_, 0, columns - 1); c <= std::clamp(static_cast<int>(mx1) / tile_, 0, columns - 1); ++c) {
                            forced[static_cast<size_t>(r * columns + c)] = true;
                        }
                }
            }
        }
    }
    const bool all = !valid_ || columns != columns_ || rows != rows_ || width != width_ || height != height_;
    std::vector<bool> damaged(tiles.size(), all);
    if (!all)
        for (size_t i = 0; i < tiles.size(); ++i) damaged[i] = tiles[i] != tiles_[i] || forced[i];
    tiles_ = std::move(tiles);
    width_ = width, height_ = height, columns_ = columns, rows_ = rows;
    valid_ = true;
    if (all) return {DamageRect{0, 0, width, height}};
    return merge_rects(tiles_to_rects(damaged, columns, rows, tile_, width, height), 4L * tile_ * tile_);
}

std::vector<DamageRect> disjoint_union(const std::vector<DamageRect>& a, const std::vector<DamageRect>& b, int tile, int width,
                                       int height) {
    if (a.empty() && b.empty()) return {};
    const int columns = (width + tile - 1) / tile, rows = (height + tile - 1) / tile;
    std::vector<bool> damaged(static_cast<size_t>(columns) * static_cast<size_t>(rows), false);
    for (const std::vector<DamageRect>* list : {&a, &b})
        for (const DamageRect& r : *list)
            for (int row = std::max(0, r.y / tile); row < rows && row * tile < r.y + r.h; ++row)
                for (int c = std::max(0, r.x / tile); c < columns && c * tile < r.x + r.w; ++c) damaged[static_cast<size_t>(row * columns + c)] = true;
    return tiles_to_rects(damaged, columns, rows, tile, width, height);
}

std::vector<DamageRect> merge_rects(std::vector<DamageRect> rects, long extra_pixels) {
    auto area = [](const DamageRect& r) { return static_cast<long>(r.w) * r.h; };
    // Each rectangle is a pass over every draw command: two close ones cost
    // less as one, while the pixels added stay under `extra_pixels`.
    while (rects.size() > 1) {
        long best = extra_pixels + 1;
        size_t bi = 0, bj = 0;
        for (size_t i = 0; i < rects.size(); ++i)
            for (size_t j = i + 1; j < rects.size(); ++j) {
                const long extra = area(bounding_box(rects[i], rects[j])) - area(rects[i]) - area(rects[j]);
                if (extra < best) best = extra, bi = i, bj = j;
            }
        if (best > extra_pixels) break;
        rects[bi] = bounding_box(rects[bi], rects[bj]);
        rects.erase(rects.begin() + static_cast<long>(bj));
    }
    return without_overlaps(std::move(rects));
}

std::vector<DamageRect> without_overlaps(std::vector<DamageRect> rects) {
    auto overlap = [](const DamageRect& a, const DamageRect& b) {
        return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
    };
    for (bool merged = true; merged;) {
        merged = false;
        for (size_t i = 0; i < rects.size() && !merged; ++i)
            for (size_t j = i + 1; j < rects.size() && !merged; ++j)
                if (overlap(rects[i], rects[j])) {
                    rects[i] = bounding_box(rects[i], rects[j]);
                    rects.erase(rects.begin() + static_cast<long>(j));
                    merged = true;  // the grown one may now meet another
                }
    }
    return rects;
}

}  // namespace atelier::ui
