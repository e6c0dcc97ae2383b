#include "platform/record_export.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
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

// The folder an export goes into: nobody else may replace what is written
// there, not even the user's group (/tmp is fine: its sticky bit keeps others
// from renaming our files).
std::string export_folder_problem(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path folder = fs::absolute(fs::path(path), ec).parent_path();
    struct stat st {};
    if (::stat(folder.c_str(), &st) != 0) return "cannot write into " + folder.string() + ": " + std::strerror(errno);
    if (!S_ISDIR(st.st_mode)) return folder.string() + " is not a folder";
    if (st.st_uid != ::getuid() && st.st_uid != 0 && !(st.st_mode & S_ISVTX))
        return folder.string() + " belongs to another user; the record is not written there";
    if ((st.st_mode & (S_IWOTH | S_IWGRP)) && !(st.st_mode & S_ISVTX))
        return folder.string() + " can be written by other users (they could replace the record); it is not written there";
    return "";
}

}  // namespace

std::string export_record(const Record& record, const std::string& path, RecordKind kind, bool overwrite) {
    std::string bytes;
    if (ends_with(path, ".pdf")) {
        std::string error;
        bytes = record_pdf(record, kind, error);
        if (!error.empty()) return path + ": " + error;
    } else if (ends_with(path, ".md")) {
        bytes = kind == RecordKind::client ? client_record_markdown(record) : record_markdown(record);
    } else if (ends_with(path, ".csv") && kind == RecordKind::full) {
        bytes = record_csv(record);
    } else {
        return path + (kind == RecordKind::client ? ": the client's record is a .pdf or a .md file"
                                                  : ": the file name must end in .pdf, .csv or .md");
    }
    if (const std::string problem = export_folder_problem(path); !problem.empty()) return problem;
    if (!overwrite && is_there(path)) return path + " already exists: give another name (or --overwrite to replace it)";
    return write_atomically(path, bytes, "");
}

std::string default_export_path(const Record& record, const std::string& extension, RecordKind kind) {
    namespace fs = std::filesystem;
    std::string dir = home_dir();
    if (dir.empty()) dir = "/tmp";
    std::error_code ec;
    const std::string listed = documents_from_user_dirs(dir);
    if (const char* docs = std::getenv("XDG_DOCUMENTS_DIR"); docs && *docs == '/') dir = docs;
    else if (!listed.empty() && fs::is_directory(listed, ec)) dir = listed;
    else if (fs::is_directory(dir + "/Documents", ec)) dir += "/Documents";
    const std::string stem = dir + "/atelier-" + slug(record.group) + "-" + record.date + (kind == RecordKind::client ? "-client" : "");
    return free_name(stem, "." + extension);
}

}  // namespace atelier::platform
