#include "platform/partial_frame.hpp"

#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>
#include <GL/glext.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>

namespace atelier::platform {

namespace {

// The part of a frame's draw data made of `lists` only, clipped to `clip`:
// the wall without the console drawn over it, and only the damaged rectangles.
void render_lists(const ImDrawData& all, std::vector<ImDrawList*> lists, const ui::DamageRect* clip = nullptr) {
    ImDrawData part = all;
    part.CmdLists = lists.data();
    part.CmdListsCount = static_cast<int>(lists.size());
    part.TotalIdxCount = part.TotalVtxCount = 0;
    for (ImDrawList* l : lists) {
        part.TotalIdxCount += l->IdxBuffer.Size;
        part.TotalVtxCount += l->VtxBuffer.Size;
    }
    if (!clip) {
        ImGui_ImplOpenGL3_RenderDrawData(&part);
        return;
    }
    // The backend scissors each command to its clip rectangle: narrowing
    // those to the damage keeps the rasteriser to the damaged pixels.
    std::vector<std::vector<ImVec4>> saved;
    const ImVec4 damage(static_cast<float>(clip->x), static_cast<float>(clip->y), static_cast<float>(clip->x + clip->w),
                        static_cast<float>(clip->y + clip->h));
    for (ImDrawList* l : lists) {
        saved.emplace_back();
        for (ImDrawCmd& cmd : l->CmdBuffer) {
            saved.back().push_back(cmd.ClipRect);
            cmd.ClipRect = ImVec4(std::max(cmd.ClipRect.x, damage.x), std::max(cmd.ClipRect.y, damage.y),
                                  std::min(cmd.ClipRect.z, damage.z), std::min(cmd.ClipRect.w, damage.w));
        }
    }
    ImGui_ImplOpenGL3_RenderDrawData(&part);
    for (size_t i = 0; i < lists.size(); ++i)
        for (int k = 0; k < lists[i]->CmdBuffer.Size; ++k) lists[i]->CmdBuffer[k].ClipRect = saved[i][static_cast<size_t>(k)];
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
    glBindFramebuffer(GL_FRAMEBUFFER, target);
    glViewport(0, 0, tw, th);
    glEnable(GL_SCISSOR_TEST);
    glClearColor(clear.r / 255.0f, clear.g / 255.0f, clear.b / 255.0f, 1.0f);
    for (const ui::DamageRect& r : rects) {
        const int x0 = r.x / k, y0 = r.y / k, x1 = std::min((r.x + r.w + k - 1) / k, tw), y1 = std::min((r.y + r.h + k - 1) / k, th);
        if (x1 <= x0 || y1 <= y0) continue;
        glScissor(x0, th - y1, x1 - x0, y1 - y0);
        glClear(GL_COLOR_BUFFER_BIT);
        const ui::DamageRect texels{x0 * k, y0 * k, (x1 - x0) * k, (y1 - y0) * k};
        render_lists(shrunk, lists, &texels);
    }
    glDisable(GL_SCISSOR_TEST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, w, h);
}

// Each rectangle cleared to `clear` and `lists` drawn in it, on the screen's
// back buffer; the pixels drawn.
long clear_and_draw(const ImDrawData& data, const std::vector<ImDrawList*>& lists, const std::vector<ui::DamageRect>& rects, int w,
                    int h, ui::Rgb clear) {
    long pixels = 0;
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, w, h);
    glEnable(GL_SCISSOR_TEST);
    glClearColor(clear.r / 255.0f, clear.g / 255.0f, clear.b / 255.0f, 1.0f);
    for (const ui::DamageRect& r : rects) {
        glScissor(r.x, h - r.y - r.h, r.w, r.h);
        glClear(GL_COLOR_BUFFER_BIT);
        render_lists(data, lists, &r);
        pixels += static_cast<long>(r.w) * r.h;
    }
    glDisable(GL_SCISSOR_TEST);
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
    if (covered) {
        glEnable(GL_SCISSOR_TEST);
        for (const ui::DamageRect& r : rects) render_lists(f.data, f.over, &r);
        glDisable(GL_SCISSOR_TEST);
    }
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
