#pragma once
// One writer per state folder: an advisory lock (flock) held for the life of
// the process. The kernel drops it when the process dies, however it dies, so
// a killed Atelier never leaves a stale lock behind.
#include <optional>
#include <string>

namespace atelier::platform {

class InstanceLock {
public:
    // Takes the lock of `state_dir`, or says who holds it: "held by process 1234".
    static std::optional<InstanceLock> acquire(const std::string& state_dir, std::string& why_not);
    InstanceLock(InstanceLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
    InstanceLock& operator=(InstanceLock&&) = delete;
    InstanceLock(const InstanceLock&) = delete;
    ~InstanceLock();

private:
    explicit InstanceLock(int fd) : fd_(fd) {}
    int fd_ = -1;
};

}  // namespace atelier::platform
