#include "platform/partial_frame.hpp"

#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>
#include <GL/glext.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>

namespace atelier::platform {

namespace {

// Pixels of a framebuffer, from its top: [x0, x1) x [y0, y1).
struct PixelBox {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool empty() const { return x1 <= x0 || y1 <= y0; }
};

PixelBox intersect(const PixelBox& a, const PixelBox& b) {
    return {std::max(a.x0, b.x0), std::max(a.y0, b.y0), std::min(a.x1, b.x1), std::min(a.y1, b.y1)};
}

// The pixels the OpenGL3 backend (Dear ImGui 1.86) lets a command with `clip`
// touch: its glScissor, computed as it computes it. It truncates the height
// as well as the corner, so the top row it keeps depends on the bottom edge's
// fraction: a clip narrowed to a damaged rectangle would not keep the same
// top row as the whole frame does (the console window's text then showed a
// row of difference).
PixelBox backend_scissor(const ImVec4& clip, const ImDrawData& d) {
    const ImVec2 off = d.DisplayPos, scale = d.FramebufferScale;
    const int fb_h = static_cast<int>(d.DisplaySize.y * scale.y);
    const ImVec2 lo((clip.x - off.x) * scale.x, (clip.y - off.y) * scale.y), hi((clip.z - off.x) * scale.x, (clip.w - off.y) * scale.y);
    if (hi.x <= lo.x || hi.y <= lo.y) return {};
    const int x = static_cast<int>(lo.x), y = static_cast<int>(static_cast<float>(fb_h) - hi.y);
    const int w = static_cast<int>(hi.x - lo.x), h = static_cast<int>(hi.y - lo.y);
    return {x, fb_h - y - h, x + w, fb_h - y};
}

// A clip rectangle that the backend turns into exactly `box`: each edge a
// quarter pixel inside the truncation that reads it, whatever the scale.
ImVec4 clip_for(const PixelBox& box, const ImDrawData& d) {
    const ImVec2 off = d.DisplayPos, scale = d.FramebufferScale;
    return ImVec4((static_cast<float>(box.x0) + 0.25f) / scale.x + off.x, (static_cast<float>(box.y0) - 0.5f) / scale.y + off.y,
                  (static_cast<float>(box.x1) + 0.5f) / scale.x + off.x, (static_cast<float>(box.y1) - 0.25f) / scale.y + off.y);
}

// Of `list`, each command clipped to `damage` (framebuffer pixels), with only
// the triangles that can touch it: llvmpipe transforms and bins every triangle
// it is given, even those the scissor then throws away, and the console's
// text alone is tens of thousands of them. (Callbacks in draw lists would be
// dropped: the app adds none.)
void cull(const ImDrawList& list, const ImDrawData& d, const PixelBox& damage, ImVector<ImDrawIdx>& idx, ImVector<ImDrawCmd>& cmds) {
    const ImVec2 off = d.DisplayPos, scale = d.FramebufferScale;
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
        const PixelBox box = intersect(backend_scissor(cmd.ClipRect, d), damage);
        if (box.empty()) continue;  // nothing of it in the damage
        ImDrawCmd out = cmd;
        out.ClipRect = clip_for(box, d);
        // A triangle colours a pixel only if it covers the pixel's centre: its
        // box must reach into the pixels kept (one unit more for rounding).
        const float left = static_cast<float>(box.x0) / scale.x + off.x - 1, right = static_cast<float>(box.x1) / scale.x + off.x + 1;
        const float top = static_cast<float>(box.y0) / scale.y + off.y - 1, bottom = static_cast<float>(box.y1) / scale.y + off.y + 1;
        out.IdxOffset = static_cast<unsigned int>(idx.Size);
        out.ElemCount = 0;
        const ImDrawIdx* tri = list.IdxBuffer.Data + cmd.IdxOffset;
        const ImDrawVert* vtx = list.VtxBuffer.Data + cmd.VtxOffset;
        for (unsigned int i = 0; i + 2 < cmd.ElemCount; i += 3, tri += 3) {
            const ImVec2 &a = vtx[tri[0]].pos, &b = vtx[tri[1]].pos, &c = vtx[tri[2]].pos;
            if (std::max({a.x, b.x, c.x}) < left || std::min({a.x, b.x, c.x}) > right || std::max({a.y, b.y, c.y}) < top ||
                std::min({a.y, b.y, c.y}) > bottom)
                continue;
            idx.push_back(tri[0]), idx.push_back(tri[1]), idx.push_back(tri[2]);
            out.ElemCount += 3;
        }
        if (out.ElemCount > 0) cmds.push_back(out);
    }
}

// A damaged rectangle (display coordinates) in the framebuffer's pixels.
PixelBox pixels_of(const ui::DamageRect& r, const ImDrawData& d) {
    const ImVec2 off = d.DisplayPos, scale = d.FramebufferScale;
    auto px = [](float v, float o, float s) { return static_cast<int>(std::lround((v - o) * s)); };
    return {px(static_cast<float>(r.x), off.x, scale.x), px(static_cast<float>(r.y), off.y, scale.y),
            px(static_cast<float>(r.x + r.w), off.x, scale.x), px(static_cast<float>(r.y + r.h), off.y, scale.y)};
}

// Of a frame's draw data, `lists` only (the wall without the console drawn
// over it), and of them only what touches `rects` (display coordinates; they
// must not overlap). One call of the backend for them all: the vertex
// buffers go to the driver once a frame, not once a rectangle.
void render_lists(const ImDrawData& all, const std::vector<ImDrawList*>& lists, const std::vector<ui::DamageRect>& rects) {
    // The culled indices and commands, swapped into the lists for the backend, then back.
    std::vector<ImVector<ImDrawIdx>> idx(lists.size());
    std::vector<ImVector<ImDrawCmd>> cmds(lists.size());
    std::vector<ImDrawList*> drawn;
    std::vector<size_t> swapped;
    for (size_t i = 0; i < lists.size(); ++i) {
        for (const ui::DamageRect& r : rects) cull(*lists[i], all, pixels_of(r, all), idx[i], cmds[i]);
        if (cmds[i].empty()) continue;  // not a triangle of it there
        lists[i]->IdxBuffer.swap(idx[i]);
        lists[i]->CmdBuffer.swap(cmds[i]);
        drawn.push_back(lists[i]);
        swapped.push_back(i);
    }
    ImDrawData part = all;
    part.CmdLists = drawn.data();
    part.CmdListsCount = static_cast<int>(drawn.size());
    part.TotalIdxCount = part.TotalVtxCount = 0;
    for (ImDrawList* l : drawn) {
        part.TotalIdxCount += l->IdxBuffer.Size;
        part.TotalVtxCount += l->VtxBuffer.Size;
    }
    if (!drawn.empty()) ImGui_ImplOpenGL3_RenderDrawData(&part);
    for (size_t i : swapped) {
        lists[i]->IdxBuffer.swap(idx[i]);
        lists[i]->CmdBuffer.swap(cmds[i]);
    }
}

// Each of `rects` (framebuffer pixels, from the top, of a framebuffer `h` tall) cleared to `clear`.
void clear_rects(const std::vector<ui::DamageRect>& rects, int h, ui::Rgb clear) {
    glEnable(GL_SCISSOR_TEST);
    glClearColor(clear.r / 255.0f, clear.g / 255.0f, clear.b / 255.0f, 1.0f);
    for (const ui::DamageRect& r : rects) {
        glScissor(r.x, h - r.y - r.h, r.w, r.h);
        glClear(GL_COLOR_BUFFER_BIT);
    }
}

// The picture's damaged rectangles (aligned to `k`) drawn into `target`, a
// framebuffer `k` times smaller than the window: a ninth of the pixels at
// 1920x1080, and none of them on the screen.
void render_shrunk(const ImDrawData& all, const std::vector<ImDrawList*>& lists, const std::vector<ui::DamageRect>& rects,
                   unsigned int target, int k, int w, int h, ui::Rgb clear) {
    const int tw = w / k, th = h / k;
    ImDrawData shrunk = all;
    // A hair over 1/k: the backend truncates the scaled sizes to whole pixels.
    const float scale = std::nextafter(1.0f / static_cast<float>(k), 2.0f);
    shrunk.FramebufferScale = ImVec2(scale, scale);
    shrunk.DisplaySize = ImVec2(static_cast<float>(tw * k), static_cast<float>(th * k));
    // Each rectangle widened to whole texels; two may then share a texel.
    std::vector<ui::DamageRect> texels;
    for (const ui::DamageRect& r : rects) {
        const int x0 = r.x / k, y0 = r.y / k, x1 = std::min((r.x + r.w + k - 1) / k, tw), y1 = std::min((r.y + r.h + k - 1) / k, th);
        if (x1 > x0 && y1 > y0) texels.push_back({x0, y0, x1 - x0, y1 - y0});
    }
    texels = ui::without_overlaps(std::move(texels));
    glBindFramebuffer(GL_FRAMEBUFFER, target);
    glViewport(0, 0, tw, th);
    clear_rects(texels, th, clear);
    for (ui::DamageRect& t : texels) t = {t.x * k, t.y * k, t.w * k, t.h * k};
    render_lists(shrunk, lists, texels);
    glDisable(GL_SCISSOR_TEST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, w, h);
}

// Each rectangle cleared to `clear` and `lists` drawn in it, on the screen's
// back buffer; the pixels drawn.
long clear_and_draw(const ImDrawData& data, const std::vector<ImDrawList*>& lists, const std::vector<ui::DamageRect>& rects, int w,
                    int h, ui::Rgb clear) {
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, w, h);
    clear_rects(rects, h, clear);
    render_lists(data, lists, rects);
    glDisable(GL_SCISSOR_TEST);
    long pixels = 0;
    for (const ui::DamageRect& r : rects) pixels += static_cast<long>(r.w) * r.h;
    return pixels;
}

uint64_t colour_key(ui::Rgb c) { return (uint64_t{c.r} << 16) | (uint64_t{c.g} << 8) | c.b; }

}  // namespace

long PartialFrame::draw(const Frame& f, bool present, const std::function<void()>& swap) {
    const int w = f.width, h = f.height;
    const bool covered = !f.over.empty();
    // A new size: the driver sizes its buffers anew at a swap, not at a
    // partial copy (copying into the old ones is an X error that ends the
    // program). So that frame is swapped, and after a swap the back buffer
    // holds nothing certain: the next frame is whole too.
    const bool resized = w != width_ || h != height_;
    width_ = w, height_ = h;
    const bool swap_now = resized || !presenter_.available();
    // Covered or just uncovered, a new size, after a swap: the whole frame.
    if (covered != over_shown_ || swap_now || swapped_) damage_.invalidate(), over_damage_.invalidate();
    over_shown_ = covered;
    swapped_ = false;
    // Covered, the back buffer holds the console around what is redrawn: the
    // miniature's copy must find the wall in every block it takes.
    damage_.align_to(covered ? f.mirror_block : 1);
    over_damage_.align_to(covered ? f.mirror_block : 1);
    std::vector<ui::DamageRect> rects = damage_.update(f.tracked, w, h, colour_key(f.clear), f.live);
    if (covered && f.mirror_target) {
        // Hidden under `over`: the picture goes to the miniature only, and
        // the screen is redrawn where `over` changed (its miniature included).
        if (!rects.empty()) {
            render_shrunk(f.data, f.tracked, rects, f.mirror_target, f.mirror_block, w, h, f.clear);
            if (f.after_tracked) f.after_tracked(rects);
        }
        const ui::LiveTexture mirror{f.mirror, &rects, w, h};
        const std::vector<ui::DamageRect> over = over_damage_.update(f.over, w, h, 0, mirror);
        if (over.empty()) return 0;
        return present_rects(over, clear_and_draw(f.data, f.over, over, w, h, f.clear), present, swap_now, swap);
    }
    if (covered) {
        // The console over the wall: where its lists changed, and where its
        // miniature shows a part of the wall that changed. Each rectangle is
        // then drawn from scratch, the wall and then the console over it; they
        // must not overlap, or what the console blends (text's edges) would
        // be blended twice where they meet.
        const ui::LiveTexture mirror{f.mirror, &rects, w, h};
        const std::vector<ui::DamageRect> over = over_damage_.update(f.over, w, h, 0, mirror);
        rects = ui::disjoint_union(rects, over, damage_.tile(), w, h);
    }
    if (rects.empty()) return 0;  // the screen already shows this frame

    const long pixels = clear_and_draw(f.data, f.tracked, rects, w, h, f.clear);
    // The miniature drawn at its size: cheaper than shrinking the screen's pixels (a blit from
    // the back buffer cost llvmpipe more than the console it was for).
    if (f.mirror_target) render_shrunk(f.data, f.tracked, rects, f.mirror_target, f.mirror_block, w, h, f.clear);
    if (f.after_tracked) f.after_tracked(rects);
    if (covered) render_lists(f.data, f.over, rects);
    return present_rects(rects, pixels, present, swap_now, swap);
}

long PartialFrame::present_rects(const std::vector<ui::DamageRect>& rects, long pixels, bool present, bool swap_now,
                                 const std::function<void()>& swap) {
    if (!present) return pixels;
    if (swap_now) {
        swap();
        swapped_ = true;
    } else {
        glFlush();
        presenter_.present(rects, height_);
    }
    return pixels;
}

}  // namespace atelier::platform
