#pragma once
// One writer per state folder: an advisory lock (flock) on atelier.lock in the
// folder, and a guard socket in the kernel's abstract namespace named after
// the folder, both held for the life of the process. The kernel drops both
// when the process dies, however it dies, so a killed Atelier never leaves a
// stale lock behind; and the guard still holds when the folder is deleted and
// re-created under a running wall.
#include <optional>
#include <string>

namespace atelier::platform {

class InstanceLock {
public:
    // Takes the lock of `state_dir`, or says who holds it: "held by process 1234".
    static std::optional<InstanceLock> acquire(const std::string& state_dir, std::string& why_not);
    InstanceLock(InstanceLock&& other) noexcept : fd_(other.fd_), guard_(other.guard_) { other.fd_ = other.guard_ = -1; }
    InstanceLock& operator=(InstanceLock&&) = delete;
    InstanceLock(const InstanceLock&) = delete;
    ~InstanceLock();

private:
    InstanceLock(int fd, int guard) : fd_(fd), guard_(guard) {}
    int fd_ = -1;
    int guard_ = -1;
};

}  // namespace atelier::platform
