#include "platform/record_export.hpp"

#include <cstdlib>
#include <filesystem>

#include "platform/files.hpp"
#include "platform/group_library.hpp"

namespace atelier::platform {

namespace {
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
    if (const char* docs = std::getenv("XDG_DOCUMENTS_DIR"); docs && *docs == '/') dir = docs;
    else if (std::error_code ec; fs::is_directory(dir + "/Documents", ec)) dir += "/Documents";
    return dir + "/atelier-" + slug(record.group) + "-" + record.date + "." + extension;
}

}  // namespace atelier::platform
