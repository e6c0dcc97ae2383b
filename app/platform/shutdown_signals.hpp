#pragma once
// SIGTERM (systemd stopping the kiosk), SIGINT (Ctrl+C) and SIGHUP end the
// atelier like Ctrl+Q would: the loop finishes, the last state is saved, the
// socket and the screensaver are released. A thread waits for the signal, so
// nothing runs inside a signal handler.
#include <atomic>
#include <csignal>
#include <functional>
#include <thread>

namespace atelier::platform {

class ShutdownSignals {
public:
    // Blocks the signals in the calling thread, and so in every thread it starts later.
    ShutdownSignals();
    ~ShutdownSignals();
    ShutdownSignals(const ShutdownSignals&) = delete;
    ShutdownSignals& operator=(const ShutdownSignals&) = delete;
    // Starts waiting; `wake` is called from that thread when a signal came (glfwPostEmptyEvent).
    void start(std::function<void()> wake);
    bool requested() const { return requested_; }

private:
    sigset_t set_{};
    std::thread thread_;
    std::atomic<bool> requested_{false};
    std::atomic<bool> stopping_{false};
};

}  // namespace atelier::platform
