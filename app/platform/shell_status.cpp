#include "platform/shell_status.hpp"

#include "core/key_help.hpp"

namespace atelier::platform {

std::vector<std::pair<std::string, std::string>> shell_status_lines(const ShellStatus& s) {
    std::vector<std::pair<std::string, std::string>> lines = {
        {"help", s.help ? "shown" : "hidden"}, {"console_help", s.console_help ? "shown" : "hidden"},
        {"console", s.console},                {"console_tab", s.console_tab},
        {"console_asks", s.console_asks},      {"saving", s.saving},    {"offers", std::to_string(s.offers)},
    };
    if (!s.keys) return lines;
    const auto label = s.key_label ? s.key_label : [](int) { return std::string(); };
    for (const auto& [kind, keys] : help_lines(*s.keys, label)) {
        if (kind == ActionKind::blank) lines.emplace_back("blank_keys", keys);
        if (kind == ActionKind::quit) lines.emplace_back("quit_keys", keys);
    }
    return lines;
}

}  // namespace atelier::platform
