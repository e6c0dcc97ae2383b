#include "platform/files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace atelier::platform {

namespace fs = std::filesystem;

static std::string xdg(const char* var, const char* fallback) {
    const char* v = std::getenv(var);
    if (v && *v == '/') return std::string(v) + "/atelier";
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : "/tmp") + "/" + fallback + "/atelier";
}

std::string config_dir_default() { return xdg("XDG_CONFIG_HOME", ".config"); }
std::string state_dir_default() { return xdg("XDG_STATE_HOME", ".local/state"); }

std::optional<std::string> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return text.str();
}

bool exists(const std::string& path) {
    std::error_code ec;
    return fs::exists(path, ec);
}

std::map<std::string, std::string> read_config_dir(const std::string& dir) {
    std::map<std::string, std::string> files;
    for (const char* name : {"keys.json", "settings.json", "sample-group.json"})
        if (auto text = read_file(dir + "/" + name)) files[name] = *text;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir + "/methods", ec)) {
        if (entry.path().extension() != ".json") continue;
        if (auto text = read_file(entry.path().string())) files["methods/" + entry.path().filename().string()] = *text;
    }
    return files;
}

static std::string errno_text(const std::string& what, const std::string& path) {
    return what + " " + path + ": " + std::strerror(errno);
}

static bool fsync_dir(const std::string& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

std::string write_atomically(const std::string& path, const std::string& text, const std::string& backup) {
    const std::string tmp = path + ".tmp";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return errno_text("cannot create", tmp);
    size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            const std::string err = errno_text("cannot write", tmp);
            ::close(fd);
            ::unlink(tmp.c_str());
            return err;
        }
        written += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0) {
        const std::string err = errno_text("cannot flush", tmp);
        ::close(fd);
        ::unlink(tmp.c_str());
        return err;
    }
    ::close(fd);
    if (!backup.empty() && exists(path)) {
        // The current file becomes the backup through a second name: `path`
        // itself is never missing, whatever instant a crash picks.
        const std::string backup_tmp = backup + ".tmp";
        ::unlink(backup_tmp.c_str());
        if (::link(path.c_str(), backup_tmp.c_str()) == 0) ::rename(backup_tmp.c_str(), backup.c_str());
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const std::string err = errno_text("cannot replace", path);
        ::unlink(tmp.c_str());
        return err;
    }
    const std::string dir = fs::path(path).parent_path().string();
    if (!fsync_dir(dir.empty() ? "." : dir)) return errno_text("cannot flush folder", dir);
    return "";
}

std::string move_aside(const std::string& path, const std::string& stamp) {
    const std::string aside = path + ".damaged-" + stamp;
    if (::rename(path.c_str(), aside.c_str()) != 0) return "";
    return aside;
}

bool make_dirs(const std::string& dir) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    return fs::is_directory(dir, ec);
}

bool make_private_dirs(const std::string& dir) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (!fs::is_directory(dir, ec)) return false;
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);
    return true;
}

std::vector<std::string> files_in(const std::string& dir, const std::string& suffix) {
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
            out.push_back(entry.path().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace atelier::platform
