// Start-up, the screens and the loop.
#include "platform/app.hpp"

#include <GLFW/glfw3.h>

#include <cstdio>
#include <filesystem>

#include "core/demo.hpp"
#include "core/send_protocol.hpp"
#include "core/i18n.hpp"
#include "core/i18n_console.hpp"
#include "platform/display_lost.hpp"
#include "platform/files.hpp"
#include "platform/font_lookup.hpp"
#include "platform/screenshot.hpp"
#include "platform/window_icon.hpp"

namespace atelier::platform {

namespace {

// Reading only: --screenshot and --demo never move a file, never save.
bool reads_only(const Options& o) { return !o.screenshot.empty() || !o.demo.empty(); }

std::vector<MonitorInfo> monitor_infos() {
    std::vector<MonitorInfo> out;
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    for (int i = 0; i < count; ++i) {
        MonitorInfo m;
        glfwGetMonitorPos(monitors[i], &m.x, &m.y);
        if (const GLFWvidmode* mode = glfwGetVideoMode(monitors[i])) m.width = mode->width, m.height = mode->height;
        out.push_back(m);
    }
    return out;
}

// One line per text drawn: tag, size, capital height, x, y, width, baseline, text, then
// each glyph as code:x0:x1 — for the legibility tests.
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

ConsolePlace console_place(const std::string& option) {
    if (option == "window") return ConsolePlace::window;
    if (option == "overlay") return ConsolePlace::overlay;
    return ConsolePlace::automatic;
}

}  // namespace

App::App(Options options, ConfigSet config, std::string state_dir)
    : options_(std::move(options)),
      config_(std::move(config)),
      theme_(ui::make_theme(config_.settings.theme)),
      store_(state_dir),
      drafts_(state_dir),
      library_(state_dir + "/groups"),
      owner_(store_, library_, !reads_only(options_)) {
    store_.set_clock([this] { return clock_.saved_clock(); });
}

App::~App() { screensaver_.reset(); }

App::Glfw::~Glfw() {
    if (ready) glfwTerminate();
}

int App::run() {
    // One writer per state folder: a second wall would save over the first.
    if (!reads_only(options_)) {
        std::string why_not;
        auto lock = InstanceLock::acquire(store_.dir(), why_not);
        if (!lock) {
            // Started again from its icon: the facilitator wants the atelier in
            // front, not a second one. The running one shows its console.
            const bool shown = ask_to_show_console(store_.dir());
            std::fprintf(stderr, "atelier: %s; not starting a second one%s\n", why_not.c_str(),
                         shown ? " (its console is brought to the front)" : "");
            return 1;
        }
        lock_.emplace(std::move(*lock));
        // What a killed Atelier was writing when it died: only the lock's holder may remove it.
        remove_stale_temporaries(store_.dir());
        remove_stale_temporaries(library_.dir());
    }
    restore();
    glfwSetErrorCallback([](int code, const char* text) { std::fprintf(stderr, "atelier: GLFW error %d: %s\n", code, text); });
    glfw_.ready = glfwInit();
    if (!glfw_.ready || !open_screens()) {
        std::fprintf(stderr, "atelier: cannot open a window (is there a display? try xvfb-run)\n");
        if (owner_.saving()) save_at_exit();
        return 1;
    }
    if (!options_.screenshot.empty()) return screenshot();
    // The X server gone (a session ended, a cable, a crash): the last change is saved before Xlib ends the process.
    on_display_lost([this] {
        drafts_.flush();
        return save_at_exit();
    });
    signals_.emplace();
    signals_->start([] { glfwPostEmptyEvent(); });
    if (owner_.saving()) {
        if (const std::string problem = server_.start(socket_path(store_.dir()), [] { glfwPostEmptyEvent(); }); !problem.empty()) {
            std::fprintf(stderr, "atelier: atelier send will not work: %s\n", problem.c_str());
            owner_.notice("atelier send: " + problem, clock_.now(), true);
        }
    }
    screensaver_ = inhibit_screensaver_for_wall();
    if (config_.settings.chimes.any() && !chimes_.open()) {
        std::fprintf(stderr, "atelier: %s\n", chimes_.take_message().c_str());
        owner_.notice(console_tr(owner_.session().lang, CWord::no_sound), clock_.now(), true);
    }
    loop();
    drafts_.flush();
    on_display_lost({});
    const int code = owner_.saving() ? save_at_exit() : 0;
    screensaver_.reset();  // the wall is gone
    return code;
}

int App::save_at_exit() {
    const ExitSave saved = store_.save_at_exit(owner_.session(), clock_.now());
    if (saved.saved) return 0;
    if (!saved.recovery.empty()) {
        std::fprintf(stderr, "atelier: the last change could not be saved (%s); it is kept in %s and offered at the next start\n",
                     saved.error.c_str(), saved.recovery.c_str());
        return 3;
    }
    std::fprintf(stderr, "atelier: the last change could not be saved (%s), and no folder took a recovery file: it is lost\n",
                 saved.error.c_str());
    return 4;
}

LocalTime App::local_time() const {
    return LocalTime([this](int64_t at) { return clock_.display_offset_ms(at); });
}

bool App::restore() {
    if (options_.clock) clock_.freeze_at(*options_.clock);
    int64_t now = clock_.now();
    if (!options_.demo.empty()) {
        owner_.adopt(*demo_session(config_, options_.demo, now), now);
    } else {
        Restored restored = reads_only(options_) ? store_.peek(config_) : store_.load(config_, now);
        clock_.resume_from(restored.saved_at, restored.clock);
        now = clock_.now();
        for (const std::string& m : restored.messages) {
            std::fprintf(stderr, "atelier: %s\n", m.c_str());
            owner_.notice(m, now, true);
        }
        owner_.adopt(std::move(restored.session), now);
        store_.add_offers(std::move(restored.offers));
        if (restored.has_notice && restored.notice != Word::notice_state_unreadable) owner_.notice(restored.notice, now, 20'000);
        // The wall says it for as long as it lasts (app_frames.cpp); the console in the same words.
        if (store_.blocked())
            owner_.notice(fill(tr(owner_.session().lang, Word::notice_state_unreadable), "state.json",
                               tr(owner_.session().lang, store_.blocked_problem())), now, true);
        // What was loaded instead of a damaged file becomes the state at once:
        // the next start must not find the folder without one.
        if (restored.has_notice && owner_.saving()) store_.save(owner_.session(), now);
    }
    // The room's settings and the command line reach the session as commands, like everything else.
    const Settings& st = config_.settings;
    const Rules wanted{std::clamp<int64_t>(st.step_guard_ms, 0, kMaxStepGuardMs), st.forget_content_when_finished, st.keep_plan_for_follow_up};
    if (!(owner_.session().rules == wanted))
        owner_.apply(cmd::SetRules{wanted.step_guard_ms, wanted.forget_when_finished, wanted.keep_plan}, now);
    if (options_.lang) {
        const Lang lang = *options_.lang == "en" ? Lang::en : Lang::fr;
        if (owner_.session().lang != lang) owner_.apply(cmd::SetLang{lang}, now);
    }
    for (const ConfigError& e : config_.errors) {
        std::fprintf(stderr, "atelier: %s (using the default)\n", e.message().c_str());
        owner_.notice(console_fill(owner_.session().lang, CWord::config_error, file_problem_line(owner_.session().lang, e)), now, true);
    }
    if (!config_.errors.empty()) owner_.notice(Word::notice_config_error, now, 20'000);
    // What the console had typed and not applied when the last run ended.
    if (owner_.saving()) {
        std::string problem;
        if (auto typed = drafts_.load(problem, now)) console_.restore_drafts(std::move(*typed), config_);
        if (!problem.empty()) std::fprintf(stderr, "atelier: %s (the console's unapplied typing is dropped)\n", problem.c_str());
    }
    return true;
}

ScreenPlan App::current_plan() const {
    const bool windowed = options_.windowed || !options_.screenshot.empty();
    return plan_screens(monitor_infos(), options_.monitor, windowed, console_place(options_.console));
}

bool App::open_screens() {
    font_files_ = find_fonts();
    plan_ = current_plan();
    const bool shot = !options_.screenshot.empty();
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    GlWindow::Spec wall;
    wall.visible = !shot;
    wall.width = options_.width, wall.height = options_.height;
    if (plan_.wall_monitor >= 0 && plan_.wall_monitor < count) {
        wall.monitor = monitors[plan_.wall_monitor];
        const GLFWvidmode* mode = glfwGetVideoMode(wall.monitor);
        wall.width = mode->width, wall.height = mode->height;
    }
    if (!wall_.open(wall, font_files_, all_text(owner_.session()), theme_)) return false;
    set_window_icon(wall_.window().handle());
    const bool console_shot = shot && options_.view == "console";
    if (plan_.console_window || console_shot) {
        GlWindow::Spec spec;
        spec.title = "Atelier — console";
        spec.visible = !shot;
        spec.share = wall_.window().handle();
        spec.width = shot ? options_.width : 1280, spec.height = shot ? options_.height : 800;
        console_window_ = std::make_unique<ConsoleScreen>();
        if (!console_window_->open(spec, font_files_, theme_)) return false;
        set_window_icon(console_window_->window().handle());
        if (plan_.console_monitor >= 0 && plan_.console_monitor < count && !shot) {
            int x = 0, y = 0;
            glfwGetMonitorPos(monitors[plan_.console_monitor], &x, &y);
            glfwSetWindowPos(console_window_->window().handle(), x + 40, y + 40);
        }
        if (options_.console_at.size() == 2)
            glfwSetWindowPos(console_window_->window().handle(), options_.console_at[0], options_.console_at[1]);
    }
    wall_.set_mirrored(console_window_ != nullptr);  // its miniature samples the wall
    return true;
}

void App::apply_plan(const ScreenPlan& plan) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    if (plan.wall_monitor >= 0 && plan.wall_monitor < count) {
        GLFWmonitor* monitor = monitors[plan.wall_monitor];
        const GLFWvidmode* mode = glfwGetVideoMode(monitor);
        glfwSetWindowMonitor(wall_.window().handle(), monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
    }
    if (plan.console_window && !console_window_) {
        GlWindow::Spec spec;
        spec.title = "Atelier — console";
        spec.share = wall_.window().handle();
        console_window_ = std::make_unique<ConsoleScreen>();
        if (!console_window_->open(spec, font_files_, theme_)) console_window_.reset();
        overlays_.console = false;
    } else if (!plan.console_window && console_window_) {
        console_window_.reset();  // the console lives on, over the wall (F2)
    }
    if (console_window_ && plan.console_monitor >= 0 && plan.console_monitor < count) {
        int x = 0, y = 0;
        glfwGetMonitorPos(monitors[plan.console_monitor], &x, &y);
        glfwSetWindowPos(console_window_->window().handle(), x + 40, y + 40);
    }
    wall_.set_mirrored(console_window_ != nullptr);  // its miniature samples the wall
    plan_ = plan;
    wall_due_ = console_due_ = 0;
    wall_drawn_revision_ = console_drawn_revision_ = 0;
}

int App::screenshot() {
    const int64_t now = clock_.now();
    ui::TextLog log;
    for (int i = 0; i < 2; ++i) {  // ImGui settles sizes on the first frame
        log.clear();
        draw_wall(now, false, &log);
    }
    // Later frames redraw only what changed since: the picture must not tell.
    for (int64_t later : options_.frames_at) {
        log.clear();
        draw_wall(now + later, false, &log);
        std::fprintf(stderr, "atelier: frame at +%lld ms drew %ld pixels\n", static_cast<long long>(later), wall_.last_pixels());
    }
    if (!options_.layout_report.empty()) write_layout_report(options_.layout_report, log);
    bool ok = false;
    if (options_.view == "console" && console_window_) {
        console_.show(static_cast<ui::ConsoleTab>(options_.tab - 1), owner_.session(), config_);
        for (int i = 0; i < 3; ++i) draw_console(now, false);
        int w = 0, h = 0;
        console_window_->window().framebuffer_size(w, h);
        ok = save_framebuffer_png(options_.screenshot, w, h);
    } else {
        wall_.window().make_current();
        int w = 0, h = 0;
        wall_.window().framebuffer_size(w, h);
        ok = save_framebuffer_png(options_.screenshot, w, h);
    }
    if (!ok) std::fprintf(stderr, "atelier: cannot write %s\n", options_.screenshot.c_str());
    return ok ? 0 : 1;
}

void App::loop() {
    int frames = 0;
    std::vector<MonitorInfo> known = monitor_infos();
    while (!owner_.quit_requested() && !wall_.window().wants_close() && !(signals_ && signals_->requested())) {
        const int64_t now = clock_.now();
        server_.serve([this](const std::string& line) { return answer(line); });
        bool wall_input = handle_input(wall_.window(), Surface::wall, now);
        bool console_input = console_window_ && handle_input(console_window_->window(), Surface::console_window, now);
        if (console_window_ && console_window_->window().wants_close()) {
            // The console is the facilitator's hand on the atelier: closing it hides it; F2 brings it back.
            glfwSetWindowShouldClose(console_window_->window().handle(), GLFW_FALSE);
            glfwHideWindow(console_window_->window().handle());
        }
        owner_.tick(now);
        if (owner_.saving()) drafts_.keep(console_.drafts(), now);  // what is typed in the console, on disk
        // A projector plugged in or out: the wall moves, nothing else changes.
        if (const auto monitors = monitor_infos(); monitors != known) {
            known = monitors;
            apply_plan(current_plan());
        }
        if (wall_input || console_input) settle_frames_ = std::max(settle_frames_, 2);
        const bool settling = settle_frames_ > 0;
        if (settling) --settle_frames_;
        const bool overlay = overlays_.console && !console_window_;
        // The clocks jumped apart (a sleep, a clock step): the time of day shown is stale.
        const bool clock_jumped = clock_.jumps() != clock_jumps_seen_;
        clock_jumps_seen_ = clock_.jumps();
        // Saved again with the clocks of now: a restart must show the time this wall counted (a sleep).
        if (clock_jumped && owner_.saving()) store_.save(owner_.session(), now);
        const bool wall_drawn = wall_input || settling || clock_jumped || owner_.revision() != wall_drawn_revision_ || now >= wall_due_;
        if (wall_drawn) {
            draw_wall(now, overlay);  // draws and shows only what changed
            ++frames;
        }
        if (console_window_ && (console_input || settling || wall_drawn || clock_jumped || owner_.revision() != console_drawn_revision_ ||
                                now >= console_due_)) {
            draw_console(now);  // draws and shows only what changed
        }
        if (options_.exit_after_frames > 0 && frames >= options_.exit_after_frames) break;
        const bool queued = !wall_.window().input().empty() || (console_window_ && !console_window_->window().input().empty());
        if (queued || settle_frames_ > 0) {
            glfwPollEvents();
            continue;
        }
        const int64_t wait = std::max<int64_t>(1, next_wake(clock_.now()) - clock_.now());
        glfwWaitEventsTimeout(static_cast<double>(wait) / 1000.0);
    }
}

}  // namespace atelier::platform
