#pragma once
// What `atelier send status` adds to the wall's status (core/status.hpp):
// the shell's own state (the help, the console and its tab, a question it
// asks) and the keys that blank and quit as this keyboard labels them.
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "core/keymap.hpp"

namespace atelier::platform {

struct ShellStatus {
    const KeyMap* keys = nullptr;
    std::function<std::string(int key)> key_label;  // empty: key positions by name
    bool help = false;          // over the wall
    bool console_help = false;  // in the console's own window
    std::string console = "closed";  // "window", "over the wall" or "closed"
    std::string console_tab = "steps";
    std::string console_asks = "nothing";
    std::string saving = "ok";       // "ok", "failing: ...", "blocked: ..."
    int offers = 0;                  // saved ateliers the console offers back
};

std::vector<std::pair<std::string, std::string>> shell_status_lines(const ShellStatus& shell);

}  // namespace atelier::platform
