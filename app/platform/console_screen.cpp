#include "platform/console_screen.hpp"

#include <imgui.h>

#include "ui/theme_style.hpp"

#include <cstdint>
#include <cstdio>

namespace atelier::platform {

bool ConsoleScreen::open(const GlWindow::Spec& spec, ui::FontFiles files, const ui::Theme& theme) {
    files_ = std::move(files);
    theme_ = &theme;
    if (!window_.open(spec)) return false;
    ui::apply_style(theme, ImGui::GetStyle());
    partial_.attach(window_.handle());
    return true;
}

void ConsoleScreen::ensure_fonts(const std::string& session_text) {
    int w = 0, h = 0;
    window_.framebuffer_size(w, h);
    if (w <= 0 || h <= 0) return;
    // What is being typed is not in the session yet: its characters too.
    const std::string text = session_text + "\n" + window_.typed();
    // Most frames: the same text, nothing to look at (its characters cost more than the frame's drawing).
    if (h == font_h_ && text == font_text_) return;
    font_text_ = text;
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
    partial_.invalidate();  // a new font texture
    font_h_ = h;
    font_chars_ = chars;
}

long ConsoleScreen::draw(const std::function<void(float w, float h)>& view, const LiveWall& wall, bool present) {
    window_.make_current();
    int w = 0, h = 0;
    window_.framebuffer_size(w, h);
    if (w <= 0 || h <= 0) return 0;
    window_.begin_frame();
    view(static_cast<float>(w), static_cast<float>(h));
    ImGui::Render();
    ImDrawData& data = *ImGui::GetDrawData();
    if (window_.take_exposed()) partial_.invalidate();
    const ui::LiveTexture live{reinterpret_cast<ImTextureID>(static_cast<intptr_t>(wall.texture)), &wall.changed, wall.width,
                               wall.height};
    const PartialFrame::Frame f{data, {data.CmdLists, data.CmdLists + data.CmdListsCount}, {}, w, h, theme_->console.window, live, {}};
    return partial_.draw(f, present, [this] { window_.swap(); });
}

}  // namespace atelier::platform
