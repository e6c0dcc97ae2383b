#include "platform/app.hpp"

#include <GLFW/glfw3.h>

#include <algorithm>
#include <cstdio>

#include "core/i18n_console.hpp"
#include "core/status.hpp"
#include "platform/display_lost.hpp"
#include "platform/files.hpp"
#include "platform/shell_status.hpp"
#include "platform/startup.hpp"

namespace atelier::platform {

namespace {

ConsolePlace console_place(const std::string& option) {
    if (option == "window") return ConsolePlace::window;
    if (option == "overlay") return ConsolePlace::overlay;
    return ConsolePlace::automatic;
}

// The remote's Stream Deck tile in the wall's colours.
TileColours tile_colours(const ui::Theme& theme) {
    const auto c = [](ui::Rgb rgb) { return Colour{rgb.r, rgb.g, rgb.b}; };
    TileColours t{c(theme.background), c(theme.dim), {}};
    for (size_t p = 0; p < t.phases.size(); ++p) t.phases[p] = c(ui::phase_colour(theme, static_cast<Phase>(p)));
    return t;
}

}  // namespace

App::App(Options options, ConfigSet config, std::string state_dir)
    : options_(std::move(options)),
      config_(std::move(config)),
      theme_(ui::make_theme(config_.settings.theme)),
      store_(state_dir),
      drafts_(state_dir),
      library_(state_dir + "/groups"),
      owner_(store_, library_, !reads_only(options_)),
      effects_(config_.settings),
      console_(owner_, store_, library_, config_, theme_),
      frames_(owner_, store_, config_, clock_, screens_, effects_, console_, overlays_),
      keyboard_(owner_, config_.keys, console_.view(), screens_, overlays_),
      desk_(owner_, config_,
            {[this](int64_t now) { return status_text(now); }, [this] { show_console(); }, [this] { return remote_.info_text(); },
             [this] { return clock_.local_time(); }}),
      remote_(config_.settings.remote, store_.dir(), tile_colours(theme_)) {
    store_.set_clock([this] { return clock_.saved_clock(); });
    console_.set_remote(
        [this] {
            const RemoteView v = remote_.view();
            return ui::ConsoleRemote{v.on, v.url, v.pin, v.viewer, v.guessing, v.problem, v.devices, v.qr, v.qr_width};
        },
        [this] { remote_.revoke_all(); });
}

App::~App() { screensaver_.reset(); }

int App::run() {
    // One writer per state folder: a second wall would save over the first
    // (a demo only shows, and saves nothing).
    if (owner_.saving()) {
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
    }
    if (!start()) {
        std::fprintf(stderr, "atelier: cannot open a window (is there a display? try xvfb-run)\n");
        save_at_exit();
        return 1;
    }
    loop();
    remote_.stop();  // its threads wake the loop through GLFW: before GLFW ends
    drafts_.flush();
    on_display_lost({});
    const int code = save_at_exit();
    screensaver_.reset();  // the wall is gone
    return code;
}

bool App::start() {
    if (owner_.saving()) {
        // What a killed Atelier was writing when it died: only the lock's holder may remove it.
        remove_stale_temporaries(store_.dir());
        remove_stale_temporaries(library_.dir());
    }
    restore_atelier(owner_, store_, clock_, options_, config_);
    if (owner_.saving()) {
        // What the console had typed and not applied when the last run ended.
        std::string problem;
        if (auto typed = drafts_.load(problem, clock_.now())) console_.view().restore_drafts(std::move(*typed), config_);
        if (!problem.empty()) std::fprintf(stderr, "atelier: %s (the console's unapplied typing is dropped)\n", problem.c_str());
    }

    glfw_.emplace();
    ScreensSpec spec;
    spec.windowed = options_.windowed;
    spec.width = options_.width, spec.height = options_.height;
    spec.monitor = options_.monitor;
    spec.console = console_place(options_.console);
    spec.console_at = options_.console_at;
    spec.console_title = console_tr(owner_.session().lang, CWord::console_window_title);
    spec.theme = &theme_;
    if (!glfw_->ready || !screens_.open(spec, all_text(owner_.session()))) return false;
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
    // Off by default: then nothing listens. A demo saves nothing and serves nothing.
    if (owner_.saving()) {
        if (const std::string problem = remote_.start([] { glfwPostEmptyEvent(); }); !problem.empty()) {
            std::fprintf(stderr, "atelier: remote: %s\n", problem.c_str());
            owner_.notice("remote: " + problem, clock_.now(), true);
        }
    }
    screensaver_ = inhibit_screensaver_for_wall();
    if (const std::string sound = effects_.open_sound(); !sound.empty()) {
        std::fprintf(stderr, "atelier: %s\n", sound.c_str());
        owner_.notice(console_tr(owner_.session().lang, CWord::no_sound), clock_.now(), true);
    }
    return true;
}

int App::save_at_exit() {
    if (!owner_.saving()) return 0;
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

void App::loop() {
    int frames = 0;
    while (!owner_.quit_requested() && !screens_.wall().window().wants_close() && !(signals_ && signals_->requested())) {
        const int64_t now = clock_.now();
        server_.serve([this, now](const std::string& line) { return desk_.answer_line(line, now); });
        remote_.serve([this, now](const std::vector<std::string>& args, Lang lang) { return desk_.ask(args, now, lang); },
                      [this, now] { return remote_status(now); });
        remote_.follow_ateliers(owner_.ateliers_begun());
        ConsoleScreen* console_window = screens_.console_window();
        const bool wall_input = keyboard_.handle(screens_.wall().window(), Surface::wall, now);
        const bool console_input = console_window && keyboard_.handle(console_window->window(), Surface::console_window, now);
        screens_.keep_console_open();
        owner_.tick(now);
        if (owner_.saving()) drafts_.keep(console_.view().drafts(), now);  // what is typed in the console, on disk
        // A projector plugged in or out: the wall moves, nothing else changes.
        if (screens_.follow_monitors()) pacer_.redraw_all();
        screens_.set_console_title(console_tr(owner_.session().lang, CWord::console_window_title));
        if (wall_input || console_input) pacer_.input();
        const bool settling = pacer_.settle_frame();
        // The clocks jumped apart (a sleep, a clock step): the time of day shown is stale,
        // and the state is saved again with the clocks of now (a restart must show what this wall counted).
        const bool clock_jumped = clock_.jumps() != clock_jumps_seen_;
        clock_jumps_seen_ = clock_.jumps();
        if (clock_jumped && owner_.saving()) store_.save(owner_.session(), now);
        WakeReasons why = frames_.wake_reasons(now);
        why.drafts_due = drafts_.due();
        const int64_t next = Pacer::next_change(now, why);
        const bool wall_drawn = wall_input || settling || clock_jumped || pacer_.wall_due(owner_.revision(), now);
        if (wall_drawn) {
            frames_.draw_wall(now);
            if (remote_.listening()) remote_.publish(remote_status(now));
            pacer_.wall_drawn(owner_.revision(), next);
            ++frames;
        }
        if (screens_.console_window() && (console_input || settling || wall_drawn || clock_jumped || pacer_.console_due(owner_.revision(), now))) {
            frames_.draw_console(now);
            pacer_.console_drawn(owner_.revision(), next);
        }
        if (options_.exit_after_frames > 0 && frames >= options_.exit_after_frames) break;
        const bool queued = !screens_.wall().window().input().empty() || (screens_.console_window() && !screens_.console_window()->window().input().empty());
        if (queued || pacer_.settling()) {
            glfwPollEvents();
            continue;
        }
        const int64_t after = clock_.now();
        glfwWaitEventsTimeout(static_cast<double>(std::max<int64_t>(1, Pacer::next_change(after, why) - after)) / 1000.0);
    }
}

void App::show_console() {
    if (screens_.console_window()) return screens_.raise_console();
    overlays_.console = true;  // one screen: the console over the wall, as F2 opens it
    screens_.focus_wall();
}

Status App::remote_status(int64_t now) const {
    const Session& s = owner_.session();
    return (status_of(s, wall_model(s, now, clock_.local_time()), now, config_.settings.remote.show_content));
}

std::string App::status_text(int64_t now) const {
    const Session& s = owner_.session();
    const WallModel m = wall_model(s, now, clock_.local_time());
    ShellStatus shell;
    shell.keys = &config_.keys;
    shell.key_label = key_label;
    shell.help = overlays_.help;
    shell.console_help = overlays_.console_help;
    shell.console = screens_.console_window() ? "window" : overlays_.console ? "over the wall" : "closed";
    shell.console_tab = ui::tab_id(console_.view().tab());
    shell.console_asks = console_.view().asking();
    shell.saving = store_.blocked() ? "blocked: " + std::string(tr(Lang::en, store_.blocked_problem()))
                   : store_.saving_failed() ? "failing: " + store_.last_error()
                                            : "ok";
    shell.offers = static_cast<int>(store_.offers().size());
    return atelier::status_text(status_of(s, m, now), shell_status_lines(shell));
}

}  // namespace atelier::platform
