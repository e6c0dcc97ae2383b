#include "platform/catalog_files.hpp"

#include "core/catalog.hpp"
#include "core/lang.hpp"
#include "platform/files.hpp"
#include "platform/install_paths.hpp"

namespace atelier::platform {

namespace {
constexpr size_t kCatalogBytes = 4 * 1024 * 1024;  // Atelier's catalogs weigh 30 KB; a larger file is not one
}  // namespace

std::vector<ConfigError> load_catalog_files(const std::vector<std::string>& locale_dirs) {
    std::vector<ConfigError> problems;
    for (const std::string& dir : locale_dirs) {
        for (size_t l = 0; l < kLangCount; ++l) {
            const Lang lang = static_cast<Lang>(l);
            const std::string path = dir + "/" + lang_id(lang) + "/LC_MESSAGES/atelier.mo";
            // Links are followed: /usr/share/locale is often links into a language pack.
            const FileText file = read_text_file(path, Links::follow, kCatalogBytes);
            if (file.status == FileText::Status::absent) continue;
            if (!file.ok()) {
                problems.push_back({path, "(file)", file.reason + "; the built-in catalog is used", ErrorKind::no_access});
                continue;
            }
            const std::string why = install_catalog(lang, std::vector<char>(file.text.begin(), file.text.end()));
            if (!why.empty()) problems.push_back({path, "(file)", why + "; the built-in catalog is used", ErrorKind::unreadable});
        }
    }
    return problems;
}

std::vector<std::string> catalog_dirs(const std::string& config_dir) {
    std::vector<std::string> dirs;
    if (const std::string shipped = shipped_data_dir(); !shipped.empty()) dirs.push_back(data_root_for(executable_path()) + "/locale");
    if (!config_dir.empty()) dirs.push_back(config_dir + "/locale");
    return dirs;
}

}  // namespace atelier::platform
