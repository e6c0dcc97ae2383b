#pragma once
// `atelier send`: a Unix socket beside the running atelier, for scripts, a
// Stream Deck, a second laptop over ssh, and tests. Requests go through the
// very same path as keys and the console (core/send_protocol.hpp, reduce).
//
// The socket lives in $XDG_RUNTIME_DIR/atelier/ (a private folder in /tmp,
// /tmp/atelier-UID, when that is unset, as under CI: refused when another
// user made it or could write into it), named after the state folder, so
// that --state-dir picks the atelier when several run. Owner-only.
//
// Every client is served at once by one thread that polls them all: a client
// that connects and never writes is dropped after limits::kClientReadMs and
// delays nobody; beyond limits::kSocketClients at once, the one that has
// waited longest without a word makes room for the new one (when all are
// talking, the new one is told "busy").
#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/send_protocol.hpp"

namespace atelier::platform {

// The socket of the atelier saving into `state_dir`.
std::string socket_path(const std::string& state_dir);
// The private runtime folder, or "" with `problem` set.
std::string runtime_dir(std::string* problem = nullptr);
// A file of that atelier in the private runtime folder ("lock", "sock"...);
// "" when the folder cannot be made private.
std::string runtime_file(const std::string& state_dir, const std::string& extension);

class CommandServer {
public:
    CommandServer() = default;
    ~CommandServer();
    CommandServer(const CommandServer&) = delete;
    CommandServer& operator=(const CommandServer&) = delete;

    // Listens on `path`; `wake` is called from the serving thread when a
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
    struct Client;
    void serve_loop();

    int listen_fd_ = -1;
    int wake_pipe_[2] = {-1, -1};  // the main thread's answers, and the stop, wake the serving thread
    std::string path_;
    std::function<void()> wake_;
    std::thread thread_;
    std::mutex mutex_;
    std::deque<std::shared_ptr<Request>> waiting_;
    std::atomic<bool> stopping_{false};
};

// The client side. What asking the atelier of `state_dir` gave.
struct Asked {
    enum class Status { replied, no_atelier, no_answer, foreign } status = Status::no_atelier;
    Reply reply;
    int peer_uid = -1;  // foreign: the user who serves that socket
};
// Sends `args`, waits for the reply at most `reply_ms`.
Asked ask_atelier(const std::string& state_dir, const std::vector<std::string>& args, int reply_ms = limits::kSendReplyMs);
// Prints the reply; returns the exit code: 0 done, 1 refused (the reason the
// wall would give), 2 a bad request, 3 no atelier running there, 4 no answer in time.
int send_to_atelier(const std::string& state_dir, const std::vector<std::string>& args);
// Asks the atelier running on `state_dir` to bring its console to the front.
bool ask_to_show_console(const std::string& state_dir);

}  // namespace atelier::platform
