#include "platform/console_screen.hpp"

#include <GL/gl.h>
#include <imgui.h>

#include <cstdio>

namespace atelier::platform {

bool ConsoleScreen::open(const GlWindow::Spec& spec, ui::FontFiles files) {
    files_ = std::move(files);
    return window_.open(spec);
}

void ConsoleScreen::ensure_fonts(const std::string& text) {
    int w = 0, h = 0;
    window_.framebuffer_size(w, h);
    if (w <= 0 || h <= 0) return;
    const std::u32string chars = ui::characters(text);
    if (h == font_h_ && chars == font_chars_) return;
    window_.make_current();
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    if (!ui::build_fonts(atlas, files_, ui::FontRequest{0, 0, ui::console_text_px(static_cast<float>(h)), text}, fonts_)) {
        std::fprintf(stderr, "atelier: cannot load the console's fonts; install fonts-dejavu-core\n");
        atlas.Clear();
        atlas.AddFontDefault();
        atlas.Build();
        fonts_.console = fonts_.console_bold = fonts_.console_big = fonts_.console_timer = atlas.Fonts[0];
        fonts_.console_px = 13;
    }
    window_.upload_fonts();
    font_h_ = h;
    font_chars_ = chars;
}

void ConsoleScreen::draw(const std::function<void(float w, float h)>& view) {
    window_.make_current();
    int w = 0, h = 0;
    window_.framebuffer_size(w, h);
    if (w <= 0 || h <= 0) return;
    window_.begin_frame();
    view(static_cast<float>(w), static_cast<float>(h));
    glViewport(0, 0, w, h);
    glClearColor(0.09f, 0.10f, 0.12f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    window_.render_imgui();
}

}  // namespace atelier::platform
