#include "core/key_routing.hpp"

namespace atelier {

namespace {

bool console_has_keys(const KeyContext& c) {
    return c.surface == Surface::console_window || (c.surface == Surface::wall && c.overlays.console);
}

Routed acting(Routed r, const Action& action, const Session& session, uint32_t seed) {
    r.command = command_for(action, session, seed);
    return r;
}

}  // namespace

bool is_clicker_only_key(const KeyPress& press) {
    const int mods = press.mods & (kShift | kCtrl | kAlt | kSuper);
    return (press.key == kKeyPageDown || press.key == kKeyPageUp || press.key == kKeyF5) && (mods & ~kShift) == 0;
}

Routed route_key(const KeyContext& c, const KeyPress& press, const KeyMap& keys, const Session& session, uint32_t seed) {
    Routed r;
    r.overlays = c.overlays;
    const auto action = action_for(keys, press);
    const bool escape = press.key == kKeyEscape && (press.mods & (kShift | kCtrl | kAlt | kSuper)) == 0;

    // A quit or restart waits for Enter; any other key only cancels it.
    // A proposed language waits the same way, and L proposes the next one.
    if (session.pending != Pending::none) {
        r.command = action && action->kind == ActionKind::confirm ? Command{cmd::Confirm{}} : Command{cmd::Cancel{}};
        if (session.pending == Pending::language && action && action->kind == ActionKind::toggle_lang) r.command = cmd::ToggleLang{};
        return r;
    }
    // The console's own window (two monitors): Esc closes what is open there
    // (its help, a question, a field), never the timer; the help opens where
    // it was asked for. The clicker's buttons still act.
    if (c.surface == Surface::console_window && !c.typing) {
        if (escape && c.overlays.console_help) {
            r.overlays.console_help = false;
            return r;
        }
        if (escape) {
            r.to_console = true;
            return r;
        }
        if (action && action->kind == ActionKind::help && c.console_mode == ConsoleMode::live) {
            r.overlays.console_help = !c.overlays.console_help;
            return r;
        }
    }
    // Typing in the console: the field takes the key, but the clicker still runs the atelier.
    if (console_has_keys(c) && c.typing) {
        if (is_clicker_only_key(press) && action) return acting(r, *action, session, seed);
        r.to_console = true;
        return r;
    }
    // Preparing the next atelier: the form has the keyboard (Esc asks before
    // discarding, then leaves the form; the next Esc closes the console);
    // only the clicker's buttons still act.
    if (console_has_keys(c) && c.console_mode == ConsoleMode::prepare) {
        if (is_clicker_only_key(press) && action) return acting(r, *action, session, seed);
        r.to_console = true;
        return r;
    }
    // Esc closes what covers the wall, and does nothing else.
    if (c.surface == Surface::wall && escape && (c.overlays.help || c.overlays.console)) {
        if (c.overlays.help) r.overlays.help = false;
        else r.overlays.console = false;
        return r;
    }
    if (action && action->kind == ActionKind::help && c.surface == Surface::wall && !c.overlays.console) {
        r.overlays.help = !c.overlays.help;
        return r;
    }
    if (action && action->kind == ActionKind::console) {
        r.overlays.help = false;
        if (c.console_window) r.raise_console = true;
        else r.overlays.console = !c.overlays.console;
        return r;
    }
    r.overlays.help = false;  // any other key closes the help, then acts
    if (!action) {
        r.to_console = console_has_keys(c);
        return r;
    }
    return acting(r, *action, session, seed);
}

}  // namespace atelier
