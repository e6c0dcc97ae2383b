#include "platform/instance_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "platform/command_socket.hpp"
#include "platform/files.hpp"

namespace atelier::platform {

std::optional<InstanceLock> InstanceLock::acquire(const std::string& state_dir, std::string& why_not) {
    // In the state folder, so that two machines sharing it exclude each other;
    // in the private runtime folder when the state folder cannot be written
    // (the atelier then runs in memory, and still must be the only one).
    std::string path = state_dir + "/atelier.lock";
    int fd = make_private_dirs(state_dir) ? ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600) : -1;
    if (fd < 0) {
        path = runtime_file(state_dir, "lock");
        if (!path.empty()) fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    }
    if (fd < 0) {
        why_not = "cannot create a lock for " + state_dir + ": " + std::strerror(errno);
        return std::nullopt;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        char pid[32] = {};
        const ssize_t n = ::pread(fd, pid, sizeof pid - 1, 0);
        ::close(fd);
        if (err == EWOULDBLOCK) {
            std::string holder(pid, n > 0 ? static_cast<size_t>(n) : 0);
            while (!holder.empty() && (holder.back() == '\n' || holder.back() == ' ')) holder.pop_back();
            why_not = "this atelier (" + state_dir + ") is already open in process " + (holder.empty() ? "?" : holder);
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
    return InstanceLock(fd);
}

InstanceLock::~InstanceLock() {
    if (fd_ >= 0) ::close(fd_);
}

}  // namespace atelier::platform
