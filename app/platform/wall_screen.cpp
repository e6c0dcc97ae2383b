#include "platform/wall_screen.hpp"

#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>
#include <GL/glext.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "core/i18n.hpp"
#include "ui/help_overlay.hpp"
#include "ui/painter.hpp"
#include "ui/wall_view.hpp"

namespace atelier::platform {

namespace {

// The part of a frame's draw data made of `lists` only, clipped to `clip`:
// the wall goes into the canvas without the console drawn over it, and a
// frame redraws only its damaged rectangles.
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

uint64_t colour_key(ui::Rgb c) { return (uint64_t{c.r} << 16) | (uint64_t{c.g} << 8) | c.b; }

}  // namespace

bool WallScreen::open(const GlWindow::Spec& spec, ui::FontFiles files) {
    files_ = std::move(files);
    if (!window_.open(spec)) return false;
    presenter_ = SubBufferPresenter(window_.handle());
    return true;
}

void WallScreen::ensure_fonts(const std::string& text, bool with_console) {
    int w = 0, h = 0;
    window_.framebuffer_size(w, h);
    if (w <= 0 || h <= 0) return;
    const std::u32string chars = ui::characters(text);
    with_console = with_console || font_console_;  // once baked, kept
    if (w == font_w_ && h == font_h_ && chars == font_chars_ && with_console == font_console_) return;
    window_.make_current();
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    const ui::FontRequest request{static_cast<float>(w), static_cast<float>(h),
                                  with_console ? ui::console_text_px(static_cast<float>(h)) : 0.0f, text};
    if (!ui::build_fonts(atlas, files_, request, fonts_)) {
        std::fprintf(stderr, "atelier: cannot load the fonts (%s, %s); install fonts-dejavu-core\n", files_.regular.c_str(),
                     files_.bold.c_str());
        atlas.Clear();
        atlas.AddFontDefault();
        atlas.Build();
        ImFont* f = atlas.Fonts[0];
        fonts_.timer = fonts_.huge = fonts_.large = fonts_.board = fonts_.medium = fonts_.small = fonts_.ui = f;
        fonts_.console = fonts_.console_bold = fonts_.console_big = fonts_.console_timer = f;
        fonts_.unit = ui::layout_unit(static_cast<float>(w), static_cast<float>(h));
        fonts_.console_px = 13;
    }
    window_.upload_fonts();
    damage_.invalidate();  // new glyphs, new texture: nothing on screen can be trusted
    font_w_ = w, font_h_ = h;
    font_console_ = with_console;
    font_chars_ = chars;
}

void WallScreen::draw(const WallPicture& pic, const std::function<void(float w, float h)>& overlay, ui::TextLog* log,
                      bool present) {
    window_.make_current();
    int w = 0, h = 0;
    window_.framebuffer_size(w, h);
    last_pixels_ = 0;
    if (w <= 0 || h <= 0) return;
    window_.begin_frame();
    const float fw = static_cast<float>(w), fh = static_cast<float>(h);
    ui::Painter painter(ImGui::GetBackgroundDrawList(), log);
    ui::WallFrame frame{pic.model, fonts_, theme_, fw, fh, pic.flash, pic.notice, tr(pic.model.lang, Word::help_footer)};
    ui::draw_wall(painter, frame);
    if (pic.help) ui::draw_help(painter, pic.keys, pic.model.lang, fonts_, theme_, fw, fh, pic.key_label);
    if (overlay) overlay(fw, fh);
    ImGui::Render();
    const ImDrawData& data = *ImGui::GetDrawData();
    ImDrawList* background = ImGui::GetBackgroundDrawList();
    std::vector<ImDrawList*> wall_lists, over_lists;
    for (int i = 0; i < data.CmdListsCount; ++i) (data.CmdLists[i] == background ? wall_lists : over_lists).push_back(data.CmdLists[i]);
    const ui::Rgb bg = ui::clear_colour(pic.model, theme_);
    const ui::DamageRect whole{0, 0, w, h};

    // What changed since the last frame: drawn straight into the back buffer,
    // which partial presentation keeps. With the console over the wall (or
    // just closed), or where every frame is swapped, the whole frame.
    const bool covered = !over_lists.empty();
    const bool mirror = mirrored_ || covered;  // a console's miniature samples the wall
    if (covered || overlay_shown_ || !presenter_.available() || window_.take_exposed()) damage_.invalidate();
    if (mirror && canvas_.ensure(w, h)) damage_.invalidate();  // a new texture: copy all of it
    if (mirror != mirror_shown_) damage_.invalidate();         // the texture missed frames
    overlay_shown_ = covered;
    mirror_shown_ = mirror;
    const std::vector<ui::DamageRect> rects = damage_.update(wall_lists, w, h, colour_key(bg));
    if (rects.empty()) return;  // the screen already shows this frame

    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, w, h);
    glEnable(GL_SCISSOR_TEST);
    glClearColor(bg.r / 255.0f, bg.g / 255.0f, bg.b / 255.0f, 1.0f);
    for (const ui::DamageRect& r : rects) {
        glScissor(r.x, h - r.y - r.h, r.w, r.h);
        glClear(GL_COLOR_BUFFER_BIT);
        render_lists(data, wall_lists, &r);
        last_pixels_ += static_cast<long>(r.w) * r.h;
    }
    glDisable(GL_SCISSOR_TEST);
    if (mirror) {
        for (const ui::DamageRect& r : rects) canvas_.copy_from_back(r.x, h - r.y - r.h, r.w, r.h);
        glFlush();  // the console's window samples this texture from its own context
    }
    if (covered) {
        glViewport(0, 0, w, h);
        render_lists(data, over_lists);
    }
    if (!present) return;
    if (presenter_.available()) {
        glFlush();
        presenter_.present(covered ? std::vector<ui::DamageRect>{whole} : rects, h);
    } else {
        window_.swap();
    }
}

}  // namespace atelier::platform
