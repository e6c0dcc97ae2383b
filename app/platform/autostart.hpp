#pragma once
// `atelier --autostart on|off`: start the wall when the room's computer logs
// in, through an XDG autostart entry, which every freedesktop desktop
// (GNOME, KDE, Xfce, LXDE...) reads at login.
#include <string>

namespace atelier::platform {

// $XDG_CONFIG_HOME/autostart/<id>.desktop, or ~/.config/autostart/<id>.desktop.
std::string autostart_file();
// The entry's text, starting `executable` (quoted as the Desktop Entry spec asks).
std::string autostart_entry(const std::string& executable);

struct AutostartResult {
    int exit_code = 0;
    std::string message;  // what was done, for the terminal
};
// Writes (on) or removes (off) the entry for this binary.
AutostartResult set_autostart(bool on);
// `atelier --autostart on|off`: does it, prints what was done, returns the exit code.
int run_autostart(bool on);
bool autostart_enabled();

}  // namespace atelier::platform
