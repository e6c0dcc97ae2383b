// Atelier: the wall display for co-development workshops.
#include "core/config_set.hpp"
#include "platform/app.hpp"
#include "platform/files.hpp"

int main(int argc, char** argv) {
    using namespace atelier;
    // 1. Read the command line.
    int exit_code = 0;
    auto options = platform::parse_options(argc, argv, exit_code);
    if (!options) return exit_code;
    // 2. Load config: built-in defaults overlaid by the user's files.
    const std::string config_dir = options->config_dir.empty() ? platform::config_dir_default() : options->config_dir;
    ConfigSet config = load_config(platform::read_config_dir(config_dir), config_dir);
    // 3. Restore the atelier, open the wall (and the console), run until quit.
    platform::App app(std::move(*options), std::move(config));
    return app.run();
}
