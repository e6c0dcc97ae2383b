#include "platform/files.hpp"

#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>

namespace atelier::platform {

namespace fs = std::filesystem;

std::string home_dir() {
    const char* home = std::getenv("HOME");
    if (home && *home == '/') return home;
    // HOME unset (a service, a cron job, `env -i`): the password database
    // knows this user's home. Never /tmp: another user could create
    // /tmp/.local first and read or redirect what is written there.
    struct passwd pw {};
    struct passwd* found = nullptr;
    std::vector<char> buf(16384);
    if (::getpwuid_r(::getuid(), &pw, buf.data(), buf.size(), &found) == 0 && found && found->pw_dir &&
        found->pw_dir[0] == '/')
        return found->pw_dir;
    return "";
}

static std::string xdg(const char* var, const char* fallback) {
    const char* v = std::getenv(var);
    if (v && *v == '/') return std::string(v) + "/atelier";
    const std::string home = home_dir();
    return home.empty() ? "" : home + "/" + fallback + "/atelier";
}

std::string config_dir_default() { return xdg("XDG_CONFIG_HOME", ".config"); }
std::string state_dir_default() { return xdg("XDG_STATE_HOME", ".local/state"); }

ConfigError FileText::error(const std::string& path) const {
    return {path, "(file)", reason, status == Status::too_large ? ErrorKind::too_large : ErrorKind::no_access};
}

bool FileText::not_a_file() const {
    return problem == FileProblem::folder || problem == FileProblem::fifo || problem == FileProblem::device ||
           problem == FileProblem::socket || problem == FileProblem::link;
}

static std::string kind_of_file(mode_t mode, FileProblem& problem) {
    problem = FileProblem::other;
    if (S_ISDIR(mode)) return problem = FileProblem::folder, "a folder, not a file";
    if (S_ISFIFO(mode)) return problem = FileProblem::fifo, "a FIFO (named pipe), not a regular file";
    if (S_ISSOCK(mode)) return problem = FileProblem::socket, "a socket, not a regular file";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return problem = FileProblem::device, "a device, not a regular file";
    if (S_ISLNK(mode)) return problem = FileProblem::link, "a symbolic link (not followed)";
    return "not a regular file";
}

// strerror's words, as the rest of a message: "permission denied".
static std::string reason_of(int err) {
    std::string text = std::strerror(err);
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z' && (text.size() < 2 || text[1] < 'A' || text[1] > 'Z'))
        text[0] = static_cast<char>(text[0] - 'A' + 'a');
    return text;
}

static FileProblem problem_of(int err) {
    if (err == EACCES || err == EPERM) return FileProblem::permission;
    if (err == EIO) return FileProblem::io_error;
    if (err == EISDIR) return FileProblem::folder;
    return FileProblem::other;
}

FileText read_text_file(const std::string& path, Links links, size_t limit) {
    FileText out;
    const int flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY | (links == Links::refuse ? O_NOFOLLOW : 0);
    const int fd = ::open(path.c_str(), flags);
    if (fd < 0) {
        const int err = errno;
        // Absent: the only "nothing here" (ENOTDIR: a file where a folder of the path should be; nothing can be under it).
        if (err == ENOENT || err == ENOTDIR) return out;
        out.status = FileText::Status::unreadable;
        struct stat st {};
        if (err == ELOOP && ::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode))
            out.reason = "a symbolic link (not followed)", out.problem = FileProblem::link;
        else out.reason = reason_of(err), out.problem = problem_of(err);
        return out;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        out.status = FileText::Status::unreadable;
        out.reason = reason_of(errno);
        out.problem = problem_of(errno);
    } else if (!S_ISREG(st.st_mode)) {
        out.status = FileText::Status::unreadable;
        out.reason = kind_of_file(st.st_mode, out.problem);
    } else if (static_cast<unsigned long long>(st.st_size) > limit) {
        // Refused by its size, before a byte is read: a 4 GB sparse file costs nothing.
        out.status = FileText::Status::too_large;
        out.problem = FileProblem::too_large;
        out.reason = std::to_string(static_cast<unsigned long long>(st.st_size)) + " bytes, over the limit of " + std::to_string(limit) +
                     " bytes";
    } else {
        // Read one byte past the limit: a file that grew since fstat is caught too.
        out.text.resize(static_cast<size_t>(st.st_size) + 1);
        size_t got = 0;
        for (;;) {
            if (got == out.text.size()) {
                if (out.text.size() > limit) break;
                out.text.resize(std::min(limit + 1, out.text.size() * 2));
            }
            const ssize_t n = ::read(fd, out.text.data() + got, out.text.size() - got);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) {
                out.status = FileText::Status::unreadable;
                out.reason = reason_of(errno);
                out.problem = problem_of(errno);
                break;
            }
            if (n == 0) break;
            got += static_cast<size_t>(n);
        }
        if (out.reason.empty()) {
            if (got > limit) {
                out.status = FileText::Status::too_large;
                out.problem = FileProblem::too_large;
                out.reason = "over the limit of " + std::to_string(limit) + " bytes";
            } else {
                out.text.resize(got);
                out.status = FileText::Status::ok;
            }
        }
    }
    ::close(fd);
    if (!out.ok()) out.text.clear();
    return out;
}

std::optional<std::string> read_file(const std::string& path) {
    FileText f = read_text_file(path);
    if (!f.ok()) return std::nullopt;
    return std::move(f.text);
}

bool exists(const std::string& path) {
    std::error_code ec;
    return fs::exists(path, ec);
}

bool is_there(const std::string& path) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0;
}

ConfigDir read_config_dir(const std::string& dir) {
    ConfigDir out;
    if (dir.empty()) return out;
    // Keys, methods and settings decide what the room's wall does: not read
    // from a folder another user owns or may write into (root's is trusted).
    struct stat st {};
    if (::stat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
        std::string why;
        if (st.st_uid != ::getuid() && st.st_uid != 0) why = "belongs to another user (uid " + std::to_string(st.st_uid) + ")";
        else if (st.st_mode & (S_IWGRP | S_IWOTH)) why = "can be written by other users (chmod go-w " + dir + ")";
        if (!why.empty()) {
            out.problems.push_back({dir, "(file)", why + "; the shipped settings are used instead", ErrorKind::no_access});
            return out;
        }
    }
    const auto take = [&](const std::string& name, const std::string& path) {
        FileText f = read_text_file(path, Links::follow);
        if (f.ok()) out.files[name] = std::move(f.text);
        else if (f.status != FileText::Status::absent) out.problems.push_back(f.error(path));
    };
    for (const char* name : {"keys.json", "settings.json", "sample-group.json"}) take(name, dir + "/" + name);
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir + "/methods", ec)) {
        if (entry.path().extension() != ".json") continue;
        take("methods/" + entry.path().filename().string(), entry.path().string());
    }
    return out;
}

static std::string errno_text(const std::string& what, const std::string& path) {
    return what + " " + path + ": " + std::strerror(errno);
}

static bool fsync_dir(const std::string& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// A new file beside `path`, created exclusively and owner-only: nothing
// planted there (a link, a stale file) is opened. Returns the fd and its name.
static int exclusive_temporary(const std::string& path, std::string& name) {
    name = path + ".tmp-XXXXXX";
    std::vector<char> buf(name.begin(), name.end());
    buf.push_back('\0');
    // mkostemp: O_CREAT | O_EXCL, mode 0600, a fresh random name.
    const int fd = ::mkostemp(buf.data(), O_CLOEXEC);
    name.assign(buf.data());
    return fd;
}

static std::string write_all_to(int fd, const std::string& text, const std::string& name) {
    size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            return errno_text("cannot write", name);
        }
        written += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0) return errno_text("cannot flush", name);
    return "";
}

std::string write_atomically(const std::string& path, const std::string& text, const std::string& backup) {
    std::string tmp;
    const int fd = exclusive_temporary(path, tmp);
    if (fd < 0) return errno_text("cannot create", path + ".tmp-*");
    std::string err = write_all_to(fd, text, tmp);
    if (::close(fd) != 0 && err.empty()) err = errno_text("cannot write", tmp);
    if (!err.empty()) {
        ::unlink(tmp.c_str());
        return err;
    }
    if (!backup.empty()) {
        // The current file becomes the backup through a second name: `path`
        // itself is never missing, whatever instant a crash picks. Only a
        // regular file is kept (a link planted there is not followed).
        struct stat st {};
        if (::lstat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
            std::string backup_tmp = backup + ".tmp-XXXXXX";
            std::vector<char> buf(backup_tmp.begin(), backup_tmp.end());
            buf.push_back('\0');
            // A fresh name for the link: mktemp's race is harmless here, link() fails if it was taken.
            const int probe = ::mkostemp(buf.data(), O_CLOEXEC);
            if (probe >= 0) {
                ::close(probe);
                ::unlink(buf.data());
                if (::link(path.c_str(), buf.data()) == 0 && ::rename(buf.data(), backup.c_str()) != 0) ::unlink(buf.data());
            }
        }
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        err = errno_text("cannot replace", path);
        ::unlink(tmp.c_str());
        return err;
    }
    const std::string dir = fs::path(path).parent_path().string();
    if (!fsync_dir(dir.empty() ? "." : dir)) return errno_text("cannot flush folder", dir);
    return "";
}

std::string move_aside(const std::string& path, const std::string& stamp) {
    std::string aside = path + ".damaged-" + stamp;
    for (int n = 2; is_there(aside) && n < 100; ++n) aside = path + ".damaged-" + stamp + "-" + std::to_string(n);
    if (::rename(path.c_str(), aside.c_str()) != 0) return "";
    return aside;
}

std::string file_stamp(int64_t now) {
    const std::time_t t = static_cast<std::time_t>(now / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y%m%d-%H%M%S", &tm);
    return buf;
}

bool make_dirs(const std::string& dir) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    return fs::is_directory(dir, ec);
}

// Why another user could change what is under `dir` (a folder on the way to
// ours): it is theirs, or they may write into it without the sticky bit that
// keeps them from renaming our entries (/tmp has it).
static std::string unsafe_ancestor(const std::string& dir, const struct stat& st) {
    const uid_t me = ::getuid();
    if (st.st_uid != me && st.st_uid != 0) return dir + " belongs to another user (uid " + std::to_string(st.st_uid) + ")";
    if ((st.st_mode & S_IWOTH) && !(st.st_mode & S_ISVTX)) return dir + " can be written by any user";
    return "";
}

std::string private_dir_problem(const std::string& dir) {
    if (dir.empty() || dir[0] != '/') return "no folder to write into (" + (dir.empty() ? std::string("none") : dir) + ")";
    // Create what is missing, each new folder owner-only; an existing one is left as it is.
    std::string built;
    size_t i = 1;
    while (i <= dir.size()) {
        const size_t slash = dir.find('/', i);
        const size_t end = slash == std::string::npos ? dir.size() : slash;
        built = dir.substr(0, end);
        i = end + 1;
        if (built.size() > 1 && ::mkdir(built.c_str(), 0700) != 0 && errno != EEXIST)
            return "cannot create the folder " + dir + (built == dir ? "" : " (at " + built + ")") + ": " + reason_of(errno);
    }
    // The folder as reached: its real path, each folder on the way checked.
    char resolved[PATH_MAX];
    if (!::realpath(dir.c_str(), resolved)) return "cannot reach the folder " + dir + ": " + std::strerror(errno);
    const std::string real = resolved;
    struct stat st {};
    if (::stat(real.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) return dir + " is not a folder";
    if (st.st_uid != ::getuid()) return dir + " belongs to another user (uid " + std::to_string(st.st_uid) + "); not written into";
    if (st.st_mode & (S_IWGRP | S_IWOTH))
        return dir + " can be written by other users (mode " + std::to_string((st.st_mode >> 6) & 7) + std::to_string((st.st_mode >> 3) & 7) +
               std::to_string(st.st_mode & 7) + "); not written into (chmod 700 " + dir + ")";
    for (std::string up = fs::path(real).parent_path().string();; up = fs::path(up).parent_path().string()) {
        struct stat ust {};
        if (::stat(up.c_str(), &ust) != 0) return "cannot reach the folder " + up + ": " + std::strerror(errno);
        if (const std::string problem = unsafe_ancestor(up, ust); !problem.empty()) return problem + "; " + dir + " is not written into";
        if (up == "/" || up.empty()) break;
    }
    return "";
}

bool make_private_dirs(const std::string& dir) { return private_dir_problem(dir).empty(); }

int remove_stale_temporaries(const std::string& dir) {
    int removed = 0;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        const size_t at = name.rfind(".tmp");
        if (at == std::string::npos) continue;
        const std::string tail = name.substr(at);
        // NAME.tmp-XXXXXX (this version) and NAME.tmp (older ones).
        if (tail != ".tmp" && !(tail.size() == 11 && tail.compare(0, 5, ".tmp-") == 0)) continue;
        struct stat st {};
        if (::lstat(entry.path().c_str(), &st) != 0 || S_ISDIR(st.st_mode)) continue;
        if (::unlink(entry.path().c_str()) == 0) ++removed;
    }
    return removed;
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

std::string free_name(const std::string& stem, const std::string& extension) {
    std::string name = stem + extension;
    for (int n = 2; is_there(name) && n < 1000; ++n) name = stem + "-" + std::to_string(n) + extension;
    return name;
}

}  // namespace atelier::platform
