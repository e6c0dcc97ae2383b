#include "platform/record_export.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "platform/files.hpp"
#include "platform/group_library.hpp"

namespace atelier::platform {

namespace {

// XDG_DOCUMENTS_DIR from user-dirs.dirs, as xdg-user-dirs writes it in the
// user's language: XDG_DOCUMENTS_DIR="$HOME/Dokumente". "" when not set.
std::string documents_from_user_dirs(const std::string& home) {
    const char* config = std::getenv("XDG_CONFIG_HOME");
    const std::string file = (config && *config == '/' ? std::string(config) : home + "/.config") + "/user-dirs.dirs";
    std::ifstream in(file);
    std::string line;
    const std::string key = "XDG_DOCUMENTS_DIR=\"";
    while (std::getline(in, line)) {
        if (line.rfind(key, 0) != 0) continue;
        const size_t end = line.find('"', key.size());
        if (end == std::string::npos) return "";
        std::string value = line.substr(key.size(), end - key.size());
        if (value.rfind("$HOME", 0) == 0) value = home + value.substr(5);
        return value.size() > 1 && value[0] == '/' ? value : "";
    }
    return "";
}

bool ends_with(const std::string& s, const std::string& end) {
    return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}
}  // namespace

std::string export_record(const Record& record, const std::string& path) {
    if (ends_with(path, ".pdf")) return write_record_pdf(record, path);
    if (ends_with(path, ".csv")) return write_atomically(path, record_csv(record), "");
    if (ends_with(path, ".md")) return write_atomically(path, record_markdown(record), "");
    return path + ": the file name must end in .pdf, .csv or .md";
}

std::string default_export_path(const Record& record, const std::string& extension) {
    namespace fs = std::filesystem;
    const char* home = std::getenv("HOME");
    std::string dir = home && *home ? home : "/tmp";
    std::error_code ec;
    const std::string listed = documents_from_user_dirs(dir);
    if (const char* docs = std::getenv("XDG_DOCUMENTS_DIR"); docs && *docs == '/') dir = docs;
    else if (!listed.empty() && fs::is_directory(listed, ec)) dir = listed;
    else if (fs::is_directory(dir + "/Documents", ec)) dir += "/Documents";
    return dir + "/atelier-" + slug(record.group) + "-" + record.date + "." + extension;
}

}  // namespace atelier::platform
