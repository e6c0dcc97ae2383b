// Atelier: the wall display for co-development workshops.
#include "core/config_set.hpp"
#include "platform/app.hpp"
#include "platform/autostart.hpp"
#include "platform/catalog_files.hpp"
#include "platform/doctor.hpp"
#include "platform/one_shot.hpp"
#include "platform/screenshot_mode.hpp"

int main(int argc, char** argv) {
    using namespace atelier;
    using namespace atelier::platform;
    // 1. Read the command line.
    int exit_code = 0;
    auto options = parse_options(argc, argv, exit_code);
    if (!options) return exit_code;
    // 2. The modes that need neither the config nor a window.
    if (options->run == Options::Run::send) return run_send(*options);
    if (!options->autostart.empty()) return run_autostart(options->autostart == "on");
    // 3. Load config: built-in defaults overlaid by the user's files.
    ConfigSet config = load_config_dir(config_dir_of(*options));
    //    The translations on disk, installed or the user's, over the built-in ones.
    for (ConfigError& e : load_catalog_files(catalog_dirs(config_dir_of(*options)))) config.errors.push_back(std::move(e));
    if (options->doctor) return run_doctor(*options, config);
    if (options->run == Options::Run::export_record) return run_export(*options, config);
    if (options->status) return run_status(*options, config);
    // 4. Restore the atelier, open the wall (and the console), run until quit;
    //    or draw it once into a picture.
    const std::string state_dir = state_dir_of(*options);
    if (state_dir.empty()) return 2;
    if (!options->screenshot.empty()) return run_screenshot(*options, config, state_dir);
    App app(std::move(*options), config, state_dir);
    return app.run();
}
