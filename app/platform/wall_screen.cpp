#include "platform/wall_screen.hpp"

#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>
#include <GL/glext.h>
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <future>
#include <vector>

#include "core/i18n.hpp"
#include "ui/help_overlay.hpp"
#include "ui/painter.hpp"
#include "ui/theme_style.hpp"
#include "ui/wall_view.hpp"

namespace atelier::platform {

bool WallScreen::open(const GlWindow::Spec& spec, ui::FontFiles files, const std::string& text, const ui::Theme& theme) {
    files_ = std::move(files);
    theme_ = &theme;
    // The fonts are baked while the window and its GL context open, which
    // takes longer on llvmpipe: the first frame comes that much sooner. The
    // atlas is the window's, which nothing else touches until it is open.
    auto baking = std::async(std::launch::async, [&] { bake_fonts(spec.width, spec.height, text, false); });
    const bool opened = window_.open(spec);
    baking.wait();
    if (!opened) return false;
    ui::apply_style(theme, ImGui::GetStyle());  // the console over the wall is drawn in this context
    partial_.attach(window_.handle());
    install_fonts();
    return true;
}

void WallScreen::ensure_fonts(const std::string& session_text, bool with_console) {
    int w = 0, h = 0;
    window_.framebuffer_size(w, h);
    if (w <= 0 || h <= 0) return;
    with_console = with_console || font_console_;  // once baked, kept
    // The console over the wall: what is typed in it, before it reaches the session.
    const std::string text = with_console ? session_text + "\n" + window_.typed() : session_text;
    const bool same_frame = w == font_w_ && h == font_h_ && with_console == font_console_;
    // Most frames: the same text, nothing to look at (its characters cost more than the frame's drawing).
    if (same_frame && text == font_text_) return;
    font_text_ = text;
    if (same_frame && ui::characters(text) == font_chars_) return;
    window_.make_current();
    bake_fonts(w, h, text, with_console);
    install_fonts();
}

void WallScreen::bake_fonts(int w, int h, const std::string& text, bool with_console) {
    ImFontAtlas& atlas = window_.fonts();
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
    font_w_ = w, font_h_ = h;
    font_console_ = with_console;
    font_chars_ = ui::characters(text);
}

void WallScreen::install_fonts() {
    window_.upload_fonts();
    partial_.invalidate();  // new glyphs, new texture: nothing on screen can be trusted
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
    ui::WallFrame frame{pic.model, fonts_, *theme_, fw, fh, pic.flash, pic.notice, tr(pic.model.lang, Word::help_footer)};
    ui::draw_wall(painter, frame);
    if (pic.help) ui::draw_help(painter, pic.keys, pic.model.lang, fonts_, *theme_, fw, fh, pic.key_label);
    if (overlay) overlay(fw, fh);
    ImGui::Render();
    const ImDrawData& data = *ImGui::GetDrawData();
    ImDrawList* background = ImGui::GetBackgroundDrawList();
    std::vector<ImDrawList*> wall_lists, over_lists;
    for (int i = 0; i < data.CmdListsCount; ++i) (data.CmdLists[i] == background ? wall_lists : over_lists).push_back(data.CmdLists[i]);
    // What the console's miniature needs: the wall copied to a texture,
    // where it changed, while a console shows it.
    const bool mirror = mirrored_ || !over_lists.empty();
    if (window_.take_exposed()) partial_.invalidate();
    if (mirror && canvas_.ensure(w, h)) partial_.invalidate();  // a new texture: copy all of it
    if (mirror != mirror_shown_) partial_.invalidate();         // the texture missed frames
    mirror_shown_ = mirror;
    PartialFrame::Frame f{data, wall_lists, over_lists, w, h, ui::clear_colour(pic.model, *theme_), {}, {}};
    f.mirror = reinterpret_cast<ImTextureID>(static_cast<intptr_t>(canvas_.texture()));
    f.mirror_block = canvas_.shrink();
    // The wall drawn into the miniature too, at its size (only there when the console covers it).
    if (mirror) {
        f.mirror_target = canvas_.framebuffer();
        f.after_tracked = [this](const std::vector<ui::DamageRect>& rects) {
            glFlush();  // the console's window samples this texture from its own context
            canvas_changes_.insert(canvas_changes_.end(), rects.begin(), rects.end());
        };
    }
    last_pixels_ = partial_.draw(f, present, [this] { window_.swap(); });
}

}  // namespace atelier::platform
