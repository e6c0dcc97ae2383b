#include "platform/wall_screen.hpp"

#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <cstdio>
#include <vector>

#include "core/i18n.hpp"
#include "ui/help_overlay.hpp"
#include "ui/painter.hpp"
#include "ui/wall_view.hpp"

namespace atelier::platform {

namespace {

// The part of a frame's draw data made of `lists` only: the wall goes into
// the canvas without the console that may be drawn over it.
void render_lists(const ImDrawData& all, std::vector<ImDrawList*> lists) {
    ImDrawData part = all;
    part.CmdLists = lists.data();
    part.CmdListsCount = static_cast<int>(lists.size());
    part.TotalIdxCount = part.TotalVtxCount = 0;
    for (ImDrawList* l : lists) {
        part.TotalIdxCount += l->IdxBuffer.Size;
        part.TotalVtxCount += l->VtxBuffer.Size;
    }
    ImGui_ImplOpenGL3_RenderDrawData(&part);
}

}  // namespace

bool WallScreen::open(const GlWindow::Spec& spec, ui::FontFiles files) {
    files_ = std::move(files);
    return window_.open(spec);
}

void WallScreen::ensure_fonts(const std::string& text) {
    int w = 0, h = 0;
    window_.framebuffer_size(w, h);
    if (w <= 0 || h <= 0) return;
    const std::u32string chars = ui::characters(text);
    if (w == font_w_ && h == font_h_ && chars == font_chars_) return;
    window_.make_current();
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    const ui::FontRequest request{static_cast<float>(w), static_cast<float>(h), ui::console_text_px(static_cast<float>(h)), text};
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
    font_w_ = w, font_h_ = h;
    font_chars_ = chars;
}

void WallScreen::draw(const WallPicture& pic, const std::function<void(float w, float h)>& overlay, ui::TextLog* log) {
    window_.make_current();
    int w = 0, h = 0;
    window_.framebuffer_size(w, h);
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

    // The wall into the canvas, then the canvas to the window, then what covers it.
    const ui::Rgb bg = ui::clear_colour(pic.model, theme_);
    if (canvas_.ensure(w, h)) {
        canvas_.bind();
        glViewport(0, 0, w, h);
        glClearColor(bg.r / 255.0f, bg.g / 255.0f, bg.b / 255.0f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        render_lists(data, wall_lists);
        canvas_.unbind();
        glFlush();  // the console window samples this texture from its own context
        canvas_.present();
    } else {
        glViewport(0, 0, w, h);
        glClearColor(bg.r / 255.0f, bg.g / 255.0f, bg.b / 255.0f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        render_lists(data, wall_lists);
    }
    if (!over_lists.empty()) render_lists(data, over_lists);
}

}  // namespace atelier::platform
