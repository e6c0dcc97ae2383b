#pragma once
// `atelier send`: a Unix socket beside the running atelier, for scripts, a
// Stream Deck, a second laptop over ssh, and tests. Requests go through the
// very same path as keys and the console (core/send_protocol.hpp, reduce).
//
// The socket lives in $XDG_RUNTIME_DIR/atelier/ (a private folder in /tmp
// when that is unset, as under CI), named after the state folder, so that
// --state-dir picks the atelier when several run. Owner-only permissions.
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/send_protocol.hpp"

namespace atelier::platform {

// The socket of the atelier saving into `state_dir`.
std::string socket_path(const std::string& state_dir);
// A file of that atelier in the private runtime folder ("lock", "sock"...),
// created owner-only; "" when the folder cannot be made private.
std::string runtime_file(const std::string& state_dir, const std::string& extension);

class CommandServer {
public:
    CommandServer() = default;
    ~CommandServer();
    CommandServer(const CommandServer&) = delete;
    CommandServer& operator=(const CommandServer&) = delete;

    // Listens on `path`; `wake` is called from the listening thread when a
    // request waits (glfwPostEmptyEvent). Returns "" or what went wrong.
    std::string start(const std::string& path, std::function<void()> wake);
    // On the main thread: answers every waiting request with `handle`.
    void serve(const std::function<std::string(const std::string& line)>& handle);
    bool running() const { return listen_fd_ >= 0; }

private:
    struct Request {
        std::string line;
        std::string reply;
        bool done = false;
    };
    void listen_loop();
    void answer(int client);

    int listen_fd_ = -1;
    int stop_pipe_[2] = {-1, -1};
    std::string path_;
    std::function<void()> wake_;
    std::thread thread_;
    std::mutex mutex_;
    std::condition_variable answered_;
    std::deque<Request*> waiting_;
    std::atomic<bool> stopping_{false};
};

// The client side: sends `args` to the atelier of `state_dir`, prints the
// reply, returns the exit code: 0 done, 1 refused (the reason the wall would
// give), 2 a bad request, 3 no atelier running there.
int send_to_atelier(const std::string& state_dir, const std::vector<std::string>& args);
// The same without printing: the reply, or nothing when no atelier runs there.
std::optional<Reply> ask_atelier(const std::string& state_dir, const std::vector<std::string>& args);
// Asks the atelier running on `state_dir` to bring its console to the front.
bool ask_to_show_console(const std::string& state_dir);

}  // namespace atelier::platform
