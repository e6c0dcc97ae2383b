#include "platform/app.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/chime.hpp"  // kiosk:
#include "core/demo.hpp"
#include "core/i18n.hpp"
#include "core/wall_model.hpp"
#include "platform/files.hpp"
#include "platform/font_lookup.hpp"
#include "platform/screenshot.hpp"
#include "platform/autostart.hpp"    // kiosk:
#include "platform/doctor.hpp"       // kiosk:
#include "platform/window_icon.hpp"  // kiosk:
#include "ui/help_overlay.hpp"
#include "ui/wall_view.hpp"

namespace atelier::platform {

namespace {
constexpr int64_t kFlashMs = 1200;
constexpr int64_t kNoticeMs = 4000;
}  // namespace

App::App(Options options, ConfigSet config)
    : options_(std::move(options)),
      config_(std::move(config)),
      store_(options_.state_dir.empty() ? state_dir_default() : options_.state_dir) {}

App::~App() {
    screensaver_.reset();  // kiosk: released before GLFW closes its X display
    if (imgui_ready_) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
    }
    if (window_) glfwDestroyWindow(window_);
    glfwTerminate();
}

void App::notice(const std::string& text, int64_t now, int64_t ms) { notice_ = {text, now + ms}; }

void App::load_session() {
    const int64_t now = clock_.now();
    if (!options_.demo.empty()) {
        session_ = *demo_session(config_, options_.demo, now);
        saving_enabled_ = false;
    } else {
        Restored restored = store_.load(config_, now);
        for (const std::string& m : restored.messages) std::fprintf(stderr, "atelier: %s\n", m.c_str());
        session_ = std::move(restored.session);
        clock_.not_before(restored.saved_at);
        if (restored.has_notice) {
            notice(tr(session_.lang, restored.notice), now, 20'000);
            // What was loaded instead of the damaged file becomes the state at
            // once: the next start must not find the folder without one.
            if (!options_.status && options_.screenshot.empty()) store_.save(session_, clock_.now());
        }
    }
    if (options_.lang) session_.lang = *options_.lang == "en" ? Lang::en : Lang::fr;
    for (const ConfigError& e : config_.errors) std::fprintf(stderr, "atelier: %s (using the default)\n", e.message().c_str());
    if (!config_.errors.empty() && notice_.text.empty()) notice(tr(session_.lang, Word::notice_config_error), now, 20'000);
}

bool App::open_window() {
    glfwSetErrorCallback([](int code, const char* text) { std::fprintf(stderr, "atelier: GLFW error %d: %s\n", code, text); });
    if (!glfwInit()) return false;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    const bool screenshot = !options_.screenshot.empty();
    if (screenshot) glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
    GLFWmonitor* monitor = nullptr;
    int w = options_.width, h = options_.height;
    if (!screenshot && !options_.windowed) {
        int count = 0;
        GLFWmonitor** monitors = glfwGetMonitors(&count);
        if (count > 0) {
            monitor = monitors[std::min(options_.monitor, count - 1)];
            if (options_.monitor >= count)
                std::fprintf(stderr, "atelier: no monitor %d, using %d\n", options_.monitor, count - 1);
            const GLFWvidmode* mode = glfwGetVideoMode(monitor);
            w = mode->width;
            h = mode->height;
        }
    }
    window_ = glfwCreateWindow(w, h, "Atelier", monitor, nullptr);
    if (!window_) return false;
    set_window_icon(window_);  // kiosk: the installed icon; nothing when run from the build tree
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(1);
    glfwSetWindowUserPointer(window_, this);
    // Installed before the ImGui backend, which chains to it.
    glfwSetKeyCallback(window_, [](GLFWwindow* win, int key, int, int action, int mods) {
        static_cast<App*>(glfwGetWindowUserPointer(win))->on_key(key, action, mods);
    });
    if (monitor) glfwSetInputMode(window_, GLFW_CURSOR, GLFW_CURSOR_HIDDEN);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // a kiosk must not write imgui.ini where it runs
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui::StyleColorsDark();
    ImGui_ImplGlfw_InitForOpenGL(window_, true);
    ImGui_ImplOpenGL3_Init("#version 130");
    imgui_ready_ = true;
    font_files_ = find_fonts();
    return true;
}

void App::on_key(int key, int action, int mods) {
    // Held keys repeat; a clicker's Next must not skip speakers.
    if (action != GLFW_PRESS) return;
    keys_.push_back({key, mods});
}

void App::handle_keys(int64_t now) {
    std::vector<KeyEvent> keys;
    keys.swap(keys_);
    for (const KeyEvent& k : keys) {
        // While the setup screen is open, keys type text: no clicker action.
        if (setup_.is_open()) continue;
        const auto action = action_for(config_.keys, k.key, k.mods);
        if (!action) continue;
        if (help_open_ && (action->kind == ActionKind::help)) {
            help_open_ = false;
            continue;
        }
        if (action->kind == ActionKind::help) {
            help_open_ = true;
            continue;
        }
        if (action->kind == ActionKind::setup) {
            help_open_ = false;
            setup_.open(session_, config_);
            continue;
        }
        help_open_ = false;
        if (const auto command = command_for(*action, session_, ++shuffle_seed_ * 2654435761u)) apply(*command, now);
    }
}

void App::apply(const Command& command, int64_t now) {
    Outcome out = reduce(session_, command, now);
    if (out.why != Why::ok) notice(tr(out.session.lang, out.why), now, kNoticeMs);
    session_ = std::move(out.session);
    session_changed_ = session_changed_ || out.changed;
    if (out.changed && saving_enabled_) store_.save(session_, now);
    if (out.quit) quit_ = true;
}

void App::ensure_fonts(int width, int height) {
    // Rebuilt when the size changes, or when a name needs a character the
    // atlas lacks (the setup screen or a restored group brought it). The
    // characters are counted only after the session changed, not every frame.
    const bool resized = width != font_w_ || height != font_h_;
    if (!resized && !session_changed_) return;
    session_changed_ = false;
    const std::string text = all_text(session_);
    const std::u32string chars = ui::characters(text);
    if (!resized && chars == font_chars_) return;
    font_chars_ = chars;
    ImGuiIO& io = ImGui::GetIO();
    if (!ui::build_fonts(*io.Fonts, font_files_, static_cast<float>(width), static_cast<float>(height), text, fonts_)) {
        std::fprintf(stderr, "atelier: cannot load the fonts (%s, %s); install fonts-dejavu-core\n",
                     font_files_.regular.c_str(), font_files_.bold.c_str());
        io.Fonts->Clear();
        io.Fonts->AddFontDefault();
        io.Fonts->Build();
        fonts_.timer = fonts_.huge = fonts_.large = fonts_.medium = fonts_.small = fonts_.ui = io.Fonts->Fonts[0];
        fonts_.unit = ui::layout_unit(static_cast<float>(width), static_cast<float>(height));
    }
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    font_w_ = width;
    font_h_ = height;
}

void App::draw(int64_t now, int width, int height) {
    const WallModel model = wall_model(session_, now, SessionClock::utc_offset_ms(now));
    // A calm flash when the phase changes (warning, danger, zero) or the step does.
    const WallEvent event = wall_event(flash_watch_, session_, model.phase);  // kiosk: was flash_due; the chime needs which
    if (event != WallEvent::none && config_.settings.flash) flash_start_ = now;
    // kiosk: the chime for the same moment, if the room turned it on; the log line is what tests wait for.
    if (const auto chime = chime_for(event, config_.settings.chimes); chime && chimes_.play(*chime))
        std::fprintf(stderr, "atelier: chime: %s (%s)\n", event_name(event), chime->sound);
    float flash = 0;
    if (flash_start_ >= 0 && now - flash_start_ < kFlashMs)
        flash = static_cast<float>(std::sin(3.14159265 * static_cast<double>(now - flash_start_) / kFlashMs));

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    const float w = static_cast<float>(width), h = static_cast<float>(height);
    ui::Painter painter(ImGui::GetBackgroundDrawList());
    std::string note = now < notice_.until ? notice_.text : "";
    if (store_.saving_failed() && saving_enabled_) note = tr(session_.lang, Word::notice_saving_failed);
    ui::WallFrame frame{model, fonts_, theme_, w, h, flash, note, tr(session_.lang, Word::help_footer)};
    ui::draw_wall(painter, frame);
    if (help_open_) {
        ui::Painter over(ImGui::GetForegroundDrawList());
        ui::draw_help(over, config_.keys, session_.lang, fonts_, theme_, w, h);
    }
    if (auto result = setup_.draw(config_, fonts_, w, h)) {
        Session next = new_session(result->group, result->method, result->client, result->atelier_name);
        next.lang = result->lang;
        session_ = std::move(next);
        session_changed_ = true;
        if (saving_enabled_) store_.save(session_, now);
    }
    ImGui::Render();
    glViewport(0, 0, width, height);
    const ui::Rgb bg = ui::clear_colour(model, theme_);
    glClearColor(bg.r / 255.0f, bg.g / 255.0f, bg.b / 255.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

int64_t App::next_wake_ms(int64_t now) const {
    if (flash_start_ >= 0 && now - flash_start_ < kFlashMs) return 33;  // animating
    if (setup_.is_open()) return 250;  // the text cursor blinks
    // Otherwise draw only when what is shown changes: the timer's seconds
    // while it runs; else the minutes of the clock of the day (paused, not
    // started, blank, summary).
    const bool counting = !session_.finished && !session_.blanked && !session_.method.steps.empty() &&
                          is_running(current_record(session_).timer);
    int64_t wake = counting ? ms_to_next_second(current_record(session_).timer, now) : 60'000 - now % 60'000;
    if (now < notice_.until) wake = std::min(wake, notice_.until - now);
    if (store_.dirty()) wake = std::min<int64_t>(wake, 1000);  // retrying a failed save
    return std::max<int64_t>(wake, 1) + 1;  // just past the boundary
}

int App::run() {
    // kiosk: report on the machine, or set up the login autostart, and exit.
    if (options_.doctor) return run_doctor(options_, config_);
    if (!options_.autostart.empty()) {
        const AutostartResult result = set_autostart(options_.autostart == "on");
        std::printf("%s\n", result.message.c_str());
        return result.exit_code;
    }
    load_session();
    if (options_.status) {
        print_status();
        return 0;
    }
    if (!open_window()) {
        std::fprintf(stderr, "atelier: cannot open a window (is there a display? try xvfb-run)\n");
        return 1;
    }
    if (!options_.screenshot.empty()) {
        int fw = 0, fh = 0;
        glfwGetFramebufferSize(window_, &fw, &fh);
        ensure_fonts(fw, fh);
        // Two frames: ImGui settles window sizes on the first.
        for (int i = 0; i < 2; ++i) draw(clock_.now(), fw, fh);
        const bool ok = save_framebuffer_png(options_.screenshot, fw, fh);
        if (!ok) std::fprintf(stderr, "atelier: cannot write %s\n", options_.screenshot.c_str());
        return ok ? 0 : 1;
    }
    // kiosk: keep the screen awake while the wall shows; open the sound only if a chime is on.
    screensaver_ = inhibit_screensaver_for_wall();
    if (config_.settings.chimes.any() && !chimes_.open()) std::fprintf(stderr, "atelier: %s\n", chimes_.take_message().c_str());
    int frames = 0;
    while (!quit_ && !glfwWindowShouldClose(window_)) {
        const int64_t now = clock_.now();
        handle_keys(now);
        if (saving_enabled_) store_.retry(now);
        int fw = 0, fh = 0;
        glfwGetFramebufferSize(window_, &fw, &fh);
        if (fw > 0 && fh > 0) {
            ensure_fonts(fw, fh);
            draw(now, fw, fh);
            glfwSwapBuffers(window_);
        }
        if (options_.exit_after_frames > 0 && ++frames >= options_.exit_after_frames) break;
        if (!keys_.empty()) continue;
        glfwWaitEventsTimeout(static_cast<double>(next_wake_ms(clock_.now())) / 1000.0);
    }
    if (saving_enabled_ && store_.dirty()) store_.save(session_, clock_.now());
    screensaver_.reset();  // kiosk: the wall is gone
    return 0;
}

void App::print_status() const {
    const int64_t now = clock_.now();
    const WallModel m = wall_model(session_, now, SessionClock::utc_offset_ms(now));
    std::printf("step: %d\nstep_name: %s\nfinished: %s\nblanked: %s\ntimer: %s\nphase: %s\nspeaker: %s\nrole: %s\n"
                "next: %s\nround: %s\nclock: %s\n",
                session_.step, m.step_name.c_str(), m.finished ? "yes" : "no", m.blanked ? "yes" : "no",
                m.timer_text.c_str(), m.phase_word.c_str(), m.speaker_name.c_str(), m.speaker_role.c_str(),
                m.next_label.c_str(), m.round_label.c_str(), m.clock.c_str());
}

}  // namespace atelier::platform
