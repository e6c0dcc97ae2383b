#include "platform/shutdown_signals.hpp"

#include <pthread.h>

namespace atelier::platform {

ShutdownSignals::ShutdownSignals() {
    sigemptyset(&set_);
    for (int s : {SIGTERM, SIGINT, SIGHUP, SIGUSR1}) sigaddset(&set_, s);  // SIGUSR1: our own wake-up at exit
    pthread_sigmask(SIG_BLOCK, &set_, nullptr);
}

ShutdownSignals::~ShutdownSignals() {
    if (!thread_.joinable()) return;
    stopping_ = true;
    pthread_kill(thread_.native_handle(), SIGUSR1);
    thread_.join();
}

void ShutdownSignals::start(std::function<void()> wake) {
    thread_ = std::thread([this, wake = std::move(wake)] {
        for (;;) {
            int signal = 0;
            if (sigwait(&set_, &signal) != 0) continue;
            if (stopping_) return;
            if (signal == SIGUSR1) continue;
            requested_ = true;
            if (wake) wake();
        }
    });
}

}  // namespace atelier::platform
