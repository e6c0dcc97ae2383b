#include "platform/install_paths.hpp"

#include <filesystem>
#include <system_error>

#ifndef ATELIER_APP_ID
#define ATELIER_APP_ID "org.codev.Atelier"
#endif
#ifndef ATELIER_INSTALL_BINDIR
#define ATELIER_INSTALL_BINDIR "bin"
#endif
#ifndef ATELIER_INSTALL_DATADIR
#define ATELIER_INSTALL_DATADIR "share"
#endif

namespace atelier::platform {

namespace fs = std::filesystem;

const char* const kAppId = ATELIER_APP_ID;

std::string executable_path() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? std::string() : exe.string();
}

std::string data_root_for(const std::string& executable) {
    if (executable.empty()) return "";
    // Climb out of the bin directory, however many parts it has ("bin", "games/bin").
    fs::path prefix = fs::path(executable).parent_path();
    for (const auto& part : fs::path(ATELIER_INSTALL_BINDIR)) {
        (void)part;
        prefix = prefix.parent_path();
    }
    const fs::path datadir(ATELIER_INSTALL_DATADIR);
    return (datadir.is_absolute() ? datadir : prefix / datadir).lexically_normal().string();
}

std::string shipped_data_dir() {
    const std::string root = data_root_for(executable_path());
    if (root.empty()) return "";
    const fs::path dir = fs::path(root) / "atelier";
    std::error_code ec;
    return fs::is_directory(dir, ec) ? dir.string() : std::string();
}

std::string installed_icon_png(int size) {
    const std::string root = data_root_for(executable_path());
    if (root.empty()) return "";
    const std::string n = std::to_string(size);
    const fs::path png = fs::path(root) / "icons/hicolor" / (n + "x" + n) / "apps" / (std::string(kAppId) + ".png");
    std::error_code ec;
    return fs::is_regular_file(png, ec) ? png.string() : std::string();
}

}  // namespace atelier::platform
