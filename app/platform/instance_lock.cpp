#include "platform/instance_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "platform/command_socket.hpp"
#include "platform/files.hpp"

namespace atelier::platform {

namespace {

uint64_t fnv1a(const std::string& text) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
    return h;
}

// The folder's own name for the guard: its real path when it exists (two
// spellings of one folder are one atelier), else as given.
std::string folder_key(const std::string& state_dir) {
    char resolved[PATH_MAX];
    return ::realpath(state_dir.c_str(), resolved) ? std::string(resolved) : state_dir;
}

// A socket in the kernel's abstract namespace, named after the user and the
// folder: held while the process lives, released when it dies however it
// dies, and, unlike a file, not removed with the folder. Returns the socket,
// or -1 with `holder` set to the PID of the atelier of this user that holds it.
int take_guard(const std::string& state_dir, std::string& holder) {
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    char name[96];
    const int len = std::snprintf(name, sizeof name, "atelier-lock/%u/%016llx", static_cast<unsigned>(::getuid()),
                                  static_cast<unsigned long long>(fnv1a(folder_key(state_dir))));
    std::memcpy(addr.sun_path + 1, name, static_cast<size_t>(len));  // sun_path[0] == 0: abstract
    const socklen_t size = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + 1 + static_cast<size_t>(len));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return -2;  // no guard to be had: the file lock alone decides
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), size) == 0 && ::listen(fd, 1) == 0) return fd;
    ::close(fd);
    if (errno != EADDRINUSE) return -2;
    // Taken: by an atelier of ours, or squatted by another user (abstract
    // names have no permissions). Only our own counts.
    const int probe = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (probe < 0) return -2;
    ucred cred{};
    socklen_t cred_len = sizeof cred;
    const bool ours = ::connect(probe, reinterpret_cast<sockaddr*>(&addr), size) == 0 &&
                      ::getsockopt(probe, SOL_SOCKET, SO_PEERCRED, &cred, &cred_len) == 0 && cred.uid == ::getuid();
    ::close(probe);
    if (!ours) return -2;
    holder = std::to_string(cred.pid);
    return -1;
}

}  // namespace

std::optional<InstanceLock> InstanceLock::acquire(const std::string& state_dir, std::string& why_not) {
    std::string holder;
    const int guard = take_guard(state_dir, holder);
    if (guard == -1) {
        why_not = "this atelier (" + state_dir + ") is already open in process " + holder;
        return std::nullopt;
    }
    // In the state folder too, so that two machines sharing it exclude each
    // other; in the private runtime folder when the state folder cannot be
    // written (the atelier then runs in memory, and still must be the only one).
    // Opened without following a link, and only if it is a regular file: a
    // link planted there would have the PID written into someone's file.
    std::string path = state_dir + "/atelier.lock";
    const int flags = O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK;
    int fd = make_private_dirs(state_dir) ? ::open(path.c_str(), flags, 0600) : -1;
    if (fd < 0) {
        path = runtime_file(state_dir, "lock");
        if (!path.empty()) fd = ::open(path.c_str(), flags, 0600);
    }
    struct stat st {};
    if (fd >= 0 && (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::getuid())) {
        ::close(fd);
        fd = -1;
        errno = EPERM;
    }
    if (fd < 0) {
        why_not = "cannot create a lock for " + state_dir + ": " + std::strerror(errno);
        if (guard >= 0) ::close(guard);
        return std::nullopt;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        char pid[32] = {};
        const ssize_t n = ::pread(fd, pid, sizeof pid - 1, 0);
        ::close(fd);
        if (guard >= 0) ::close(guard);
        if (err == EWOULDBLOCK) {
            std::string text(pid, n > 0 ? static_cast<size_t>(n) : 0);
            while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
            why_not = "this atelier (" + state_dir + ") is already open in process " + (text.empty() ? "?" : text);
        } else {
            why_not = "cannot lock " + path + ": " + std::strerror(err);
        }
        return std::nullopt;
    }
    // Who holds it, for the message a second start prints.
    const std::string me = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd, 0) == 0 && ::pwrite(fd, me.data(), me.size(), 0) < 0) {
        // The lock holds without the PID; the message then says "?".
    }
    return InstanceLock(fd, guard >= 0 ? guard : -1);
}

InstanceLock::~InstanceLock() {
    if (fd_ >= 0) ::close(fd_);
    if (guard_ >= 0) ::close(guard_);
}

}  // namespace atelier::platform
