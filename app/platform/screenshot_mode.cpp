#include "platform/screenshot_mode.hpp"

#include <cstdio>

#include "platform/console_room.hpp"
#include "platform/effects.hpp"
#include "platform/files.hpp"
#include "platform/frames.hpp"
#include "platform/screens.hpp"
#include "platform/screenshot.hpp"
#include "platform/startup.hpp"

namespace atelier::platform {

namespace {

// One line per text drawn: tag, size, capital height, x, y, width, baseline, text, then
// each glyph as code:x0:x1.
void write_layout_report(const std::string& path, const ui::TextLog& log) {
    std::string out;
    char buf[160];
    for (const ui::DrawnText& d : log) {
        std::snprintf(buf, sizeof buf, "%s\t%.2f\t%.2f\t%.1f\t%.1f\t%.1f\t%.1f\t", d.tag.c_str(), static_cast<double>(d.size),
                      static_cast<double>(d.cap_px), static_cast<double>(d.x), static_cast<double>(d.y), static_cast<double>(d.width),
                      static_cast<double>(d.baseline));
        out += buf + d.text + "\t";
        for (const ui::DrawnText::Glyph& g : d.glyphs) {
            std::snprintf(buf, sizeof buf, "%u:%.1f:%.1f ", static_cast<unsigned>(g.c), static_cast<double>(g.x0), static_cast<double>(g.x1));
            out += buf;
        }
        out += "\n";
    }
    if (const std::string error = write_atomically(path, out, ""); !error.empty()) std::fprintf(stderr, "atelier: %s\n", error.c_str());
}

}  // namespace

int run_screenshot(const Options& o, const ConfigSet& config, const std::string& state_dir) {
    StateStore store(state_dir);
    GroupLibrary library(state_dir + "/groups");
    SessionClock clock;
    SessionOwner owner(store, library, false);
    restore_atelier(owner, store, clock, o, config);
    const Glfw glfw;
    Screens screens;
    ScreensSpec spec;
    spec.hidden = true;
    spec.width = o.width, spec.height = o.height;
    spec.console_window = o.view == "console";
    const ui::Theme theme = ui::make_theme(config.settings.theme);
    spec.theme = &theme;
    if (!glfw.ready || !screens.open(spec, all_text(owner.session()))) {
        std::fprintf(stderr, "atelier: cannot open a window (is there a display? try xvfb-run)\n");
        return 1;
    }
    Effects effects(config.settings);
    Overlays overlays;
    overlays.console = o.view == "overlay";  // one screen, F2: the console over the wall
    ConsoleRoom console(owner, store, library, config, theme);
    Frames frames(owner, store, config, clock, screens, effects, console, overlays);
    const int64_t now = clock.now();
    if (overlays.console) console.view().show(static_cast<ui::ConsoleTab>(o.tab - 1), owner.session(), config);
    ui::TextLog log;
    for (int i = 0; i < 2; ++i) {  // ImGui settles sizes on the first frame
        log.clear();
        frames.draw_wall(now, &log, false);
    }
    ConsoleScreen* window = o.view == "console" ? screens.console_window() : nullptr;
    if (window) {
        console.view().show(static_cast<ui::ConsoleTab>(o.tab - 1), owner.session(), config);
        for (int i = 0; i < 3; ++i) frames.draw_console(now, false);
    }
    // Later frames redraw only what changed since: the picture must not tell.
    for (int64_t later : o.frames_at) {
        log.clear();
        frames.draw_wall(now + later, &log, false);
        std::fprintf(stderr, "atelier: frame at +%lld ms drew %ld pixels\n", static_cast<long long>(later), screens.wall().last_pixels());
        if (!window) continue;
        const long pixels = frames.draw_console(now + later, false);
        std::fprintf(stderr, "atelier: console frame at +%lld ms drew %ld pixels\n", static_cast<long long>(later), pixels);
    }
    if (!o.layout_report.empty()) write_layout_report(o.layout_report, log);
    GlWindow* shown = window ? &window->window() : &screens.wall().window();
    shown->make_current();
    int w = 0, h = 0;
    shown->framebuffer_size(w, h);
    if (!save_framebuffer_png(o.screenshot, w, h)) {
        std::fprintf(stderr, "atelier: cannot write %s\n", o.screenshot.c_str());
        return 1;
    }
    return 0;
}

}  // namespace atelier::platform
