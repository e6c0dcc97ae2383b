#include "platform/autostart.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "platform/files.hpp"
#include "platform/install_paths.hpp"

namespace atelier::platform {

namespace {
// Desktop Entry spec, "The Exec key": an argument with a space or a reserved
// character is double-quoted, and " ` $ \ inside the quotes are escaped.
std::string exec_quoted(const std::string& arg) {
    if (arg.find_first_of(" \t\n\"'\\><~|&;$*?#()`") == std::string::npos) return arg;
    std::string q = "\"";
    for (char c : arg) {
        if (c == '"' || c == '`' || c == '$' || c == '\\') q += '\\';
        q += c;
    }
    return q + "\"";
}
}  // namespace

std::string autostart_file() {
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    std::string dir;
    if (xdg && *xdg == '/') dir = xdg;
    else {
        const char* home = std::getenv("HOME");
        dir = std::string(home && *home ? home : "/tmp") + "/.config";
    }
    return dir + "/autostart/" + kAppId + ".desktop";
}

std::string autostart_entry(const std::string& executable) {
    return "[Desktop Entry]\n"
           "Type=Application\n"
           "Name=Atelier\n"
           "Comment=Starts the co-development wall at login (atelier --autostart off to stop)\n"
           "Exec=" + exec_quoted(executable) + "\n"
           "Icon=" + kAppId + "\n"
           "Terminal=false\n"
           "X-GNOME-Autostart-enabled=true\n";
}

AutostartResult set_autostart(bool on) {
    const std::string file = autostart_file();
    if (!on) {
        if (std::remove(file.c_str()) == 0) return {0, "autostart off: removed " + file};
        if (errno == ENOENT) return {0, "autostart off: there was no " + file};
        return {1, "autostart: cannot remove " + file + ": " + std::strerror(errno)};
    }
    std::string executable = executable_path();
    if (executable.empty()) executable = "atelier";  // found through PATH at login
    const std::string dir = std::filesystem::path(file).parent_path().string();
    if (!make_dirs(dir)) return {1, "autostart: cannot create the folder " + dir};
    const std::string error = write_atomically(file, autostart_entry(executable), "");
    if (!error.empty()) return {1, "autostart: " + error};
    return {0, "autostart on: wrote " + file + "; Atelier starts at the next login (" + executable + ")"};
}

int run_autostart(bool on) {
    const AutostartResult result = set_autostart(on);
    std::printf("%s\n", result.message.c_str());
    return result.exit_code;
}

bool autostart_enabled() { return exists(autostart_file()); }

}  // namespace atelier::platform
