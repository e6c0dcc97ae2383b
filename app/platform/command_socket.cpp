#include "platform/command_socket.hpp"

#include <optional>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <algorithm>
#include <filesystem>
#include <optional>

#include "core/send_protocol.hpp"

namespace atelier::platform {

namespace {

constexpr int kReadTimeoutMs = 3000;
constexpr int kAnswerTimeoutMs = 15000;

std::string runtime_dir() {
    const char* xdg = std::getenv("XDG_RUNTIME_DIR");
    if (xdg && *xdg == '/') return std::string(xdg) + "/atelier";
    return "/tmp/atelier-" + std::to_string(::getuid());
}

// A folder only its owner can enter; refuses one that someone else could write into.
std::string private_folder(const std::string& dir) {
    ::mkdir(dir.c_str(), 0700);
    struct stat st {};
    if (::lstat(dir.c_str(), &st) != 0) return "cannot create " + dir;
    if (!S_ISDIR(st.st_mode) || st.st_uid != ::getuid()) return dir + " is not a folder of this user";
    if ((st.st_mode & 077) != 0 && ::chmod(dir.c_str(), 0700) != 0) return "cannot make " + dir + " private";
    return "";
}

bool fill_address(const std::string& path, sockaddr_un& addr) {
    std::memset(&addr, 0, sizeof addr);
    addr.sun_family = AF_UNIX;
    if (path.size() >= sizeof addr.sun_path) return false;
    std::memcpy(addr.sun_path, path.c_str(), path.size());
    return true;
}

uint64_t fnv1a(const std::string& text) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
    return h;
}

bool write_all(int fd, const std::string& text) {
    size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::send(fd, text.data() + done, text.size() - done, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<size_t>(n);
    }
    return true;
}

}  // namespace

static std::string runtime_name(const std::string& state_dir, const std::string& extension) {
    std::error_code ec;
    const std::string canonical = std::filesystem::weakly_canonical(state_dir, ec).string();
    char name[32];
    std::snprintf(name, sizeof name, "%016llx", static_cast<unsigned long long>(fnv1a(ec ? state_dir : canonical)));
    return runtime_dir() + "/" + name + "." + extension;
}

std::string socket_path(const std::string& state_dir) { return runtime_name(state_dir, "sock"); }

std::string runtime_file(const std::string& state_dir, const std::string& extension) {
    if (!private_folder(runtime_dir()).empty()) return "";
    return runtime_name(state_dir, extension);
}

CommandServer::~CommandServer() {
    if (listen_fd_ < 0) return;
    stopping_ = true;
    if (stop_pipe_[1] >= 0 && ::write(stop_pipe_[1], "x", 1) < 0) {
        // The thread also wakes at its poll timeout.
    }
    {
        std::lock_guard<std::mutex> lock(mutex_);
        for (Request* r : waiting_) r->done = true;
        waiting_.clear();
    }
    answered_.notify_all();
    if (thread_.joinable()) thread_.join();
    ::close(listen_fd_);
    ::close(stop_pipe_[0]);
    ::close(stop_pipe_[1]);
    ::unlink(path_.c_str());
}

std::string CommandServer::start(const std::string& path, std::function<void()> wake) {
    const std::string folder = std::filesystem::path(path).parent_path().string();
    if (const std::string problem = private_folder(folder); !problem.empty()) return problem;
    sockaddr_un addr{};
    if (!fill_address(path, addr)) return "socket path too long: " + path;
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return std::string("cannot create a socket: ") + std::strerror(errno);
    // The state folder's lock is ours: a socket file left there is a dead atelier's.
    ::unlink(path.c_str());
    const mode_t old_mask = ::umask(077);
    const int bound = ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    ::umask(old_mask);
    if (bound != 0 || ::listen(fd, 8) != 0) {
        const std::string why = std::strerror(errno);
        ::close(fd);
        return "cannot listen on " + path + ": " + why;
    }
    if (::pipe2(stop_pipe_, O_CLOEXEC) != 0) {
        ::close(fd);
        return "cannot create a pipe";
    }
    listen_fd_ = fd;
    path_ = path;
    wake_ = std::move(wake);
    thread_ = std::thread([this] { listen_loop(); });
    return "";
}

void CommandServer::listen_loop() {
    while (!stopping_) {
        pollfd fds[2] = {{listen_fd_, POLLIN, 0}, {stop_pipe_[0], POLLIN, 0}};
        if (::poll(fds, 2, 1000) <= 0 || !(fds[0].revents & POLLIN)) continue;
        const int client = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0) continue;
        answer(client);
        ::close(client);
    }
}

void CommandServer::answer(int client) {
    // One line, at most a little over the limit: the parser says what is wrong with it.
    std::string line;
    char buf[4096];
    while (line.size() <= kMaxRequestBytes && line.find('\n') == std::string::npos) {
        pollfd p{client, POLLIN, 0};
        if (::poll(&p, 1, kReadTimeoutMs) <= 0) break;
        const ssize_t n = ::recv(client, buf, sizeof buf, 0);
        if (n <= 0) break;
        line.append(buf, static_cast<size_t>(n));
    }
    if (const auto eol = line.find('\n'); eol != std::string::npos) line.resize(eol);
    Request request{line, "", false};
    {
        std::unique_lock<std::mutex> lock(mutex_);
        waiting_.push_back(&request);
        if (wake_) wake_();
        answered_.wait_for(lock, std::chrono::milliseconds(kAnswerTimeoutMs), [&] { return request.done; });
        if (!request.done) {
            waiting_.erase(std::remove(waiting_.begin(), waiting_.end(), &request), waiting_.end());
            request.reply = encode_reply({ReplyKind::error, "the atelier did not answer"});
        }
    }
    write_all(client, request.reply.empty() ? encode_reply({ReplyKind::error, "the atelier is closing"}) : request.reply);
}

void CommandServer::serve(const std::function<std::string(const std::string& line)>& handle) {
    std::deque<Request*> batch;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        batch.swap(waiting_);
    }
    if (batch.empty()) return;
    for (Request* r : batch) {
        const std::string reply = handle(r->line);
        std::lock_guard<std::mutex> lock(mutex_);
        r->reply = reply;
        r->done = true;
    }
    answered_.notify_all();
}

std::optional<Reply> ask_atelier(const std::string& state_dir, const std::vector<std::string>& args) {
    const std::string path = socket_path(state_dir);
    sockaddr_un addr{};
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0 || !fill_address(path, addr) || ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        if (fd >= 0) ::close(fd);
        return std::nullopt;
    }
    std::string reply;
    if (write_all(fd, encode_request(args))) {
        ::shutdown(fd, SHUT_WR);
        char buf[4096];
        for (;;) {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, kAnswerTimeoutMs + 2000) <= 0) break;
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0) break;
            reply.append(buf, static_cast<size_t>(n));
        }
    }
    ::close(fd);
    return decode_reply(reply);
}

int send_to_atelier(const std::string& state_dir, const std::vector<std::string>& args) {
    const std::optional<Reply> r = ask_atelier(state_dir, args);
    if (!r) {
        std::fprintf(stderr, "atelier send: no atelier is running for %s (start it with: atelier --state-dir %s)\n",
                     state_dir.c_str(), state_dir.c_str());
        return 3;
    }
    switch (r->kind) {
        case ReplyKind::ok:
            if (!r->text.empty()) std::fputs(r->text.c_str(), stdout);
            return 0;
        case ReplyKind::refused: std::fprintf(stderr, "atelier send: refused: %s\n", r->text.c_str()); return 1;
        case ReplyKind::error: std::fprintf(stderr, "atelier send: %s\n", r->text.c_str()); return 2;
    }
    return 2;
}

bool ask_to_show_console(const std::string& state_dir) {
    const std::optional<Reply> r = ask_atelier(state_dir, {"show-console"});
    return r && r->kind == ReplyKind::ok;
}

}  // namespace atelier::platform
