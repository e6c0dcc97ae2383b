#include "platform/command_socket.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "platform/files.hpp"

namespace atelier::platform {

namespace {

constexpr int kAnswerTimeoutMs = 15000;  // the main thread is stuck: say so rather than hold the client
constexpr int kConnectMs = 2000;

int64_t steady_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
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


// Writes what the socket takes now; returns false when the client is gone.
bool write_some(int fd, std::string& pending) {
    while (!pending.empty()) {
        const ssize_t n = ::send(fd, pending.data(), pending.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return true;
        if (n <= 0) return false;
        pending.erase(0, static_cast<size_t>(n));
    }
    return true;
}

}  // namespace

std::string runtime_dir(std::string* problem) {
    const char* xdg = std::getenv("XDG_RUNTIME_DIR");
    const std::string dir = xdg && *xdg == '/' ? std::string(xdg) + "/atelier" : "/tmp/atelier-" + std::to_string(::getuid());
    // A folder only its owner can enter, reached through folders nobody else
    // can replace: a /tmp/atelier-UID made first by someone else is refused.
    const std::string why = private_dir_problem(dir);
    if (problem) *problem = why;
    return why.empty() ? dir : "";
}

static std::string runtime_name(const std::string& dir, const std::string& state_dir, const std::string& extension) {
    char resolved[PATH_MAX];
    const std::string canonical = ::realpath(state_dir.c_str(), resolved) ? std::string(resolved) : state_dir;
    char name[32];
    std::snprintf(name, sizeof name, "%016llx", static_cast<unsigned long long>(fnv1a(canonical)));
    return dir + "/" + name + "." + extension;
}

std::string socket_path(const std::string& state_dir) {
    const char* xdg = std::getenv("XDG_RUNTIME_DIR");
    const std::string dir = xdg && *xdg == '/' ? std::string(xdg) + "/atelier" : "/tmp/atelier-" + std::to_string(::getuid());
    return runtime_name(dir, state_dir, "sock");
}

std::string runtime_file(const std::string& state_dir, const std::string& extension) {
    const std::string dir = runtime_dir();
    return dir.empty() ? "" : runtime_name(dir, state_dir, extension);
}

// One connected client of the serving thread.
struct CommandServer::Client {
    int fd = -1;
    int64_t deadline = 0;  // steady ms: drop the client then, whatever it is doing
    std::string in;        // the request line as it arrives
    std::shared_ptr<Request> request;  // handed to the main thread
    std::string out;       // the reply as it leaves
    bool replying = false;
};

CommandServer::~CommandServer() {
    if (listen_fd_ < 0) return;
    stopping_ = true;
    if (::write(wake_pipe_[1], "x", 1) < 0) {
        // The thread also wakes at its poll timeout.
    }
    if (thread_.joinable()) thread_.join();
    ::close(listen_fd_);
    ::close(wake_pipe_[0]);
    ::close(wake_pipe_[1]);
    ::unlink(path_.c_str());
}

std::string CommandServer::start(const std::string& path, std::function<void()> wake) {
    std::string problem;
    if (runtime_dir(&problem).empty()) return problem;
    sockaddr_un addr{};
    if (!fill_address(path, addr)) return "socket path too long: " + path;
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) return std::string("cannot create a socket: ") + std::strerror(errno);
    // The state folder's lock is ours: a socket file left there is a dead atelier's.
    ::unlink(path.c_str());
    const mode_t old_mask = ::umask(077);
    const int bound = ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    ::umask(old_mask);
    if (bound != 0 || ::listen(fd, 128) != 0) {
        const std::string why = std::strerror(errno);
        ::close(fd);
        return "cannot listen on " + path + ": " + why;
    }
    if (::pipe2(wake_pipe_, O_CLOEXEC | O_NONBLOCK) != 0) {
        ::close(fd);
        return "cannot create a pipe";
    }
    listen_fd_ = fd;
    path_ = path;
    wake_ = std::move(wake);
    thread_ = std::thread([this] { serve_loop(); });
    return "";
}

void CommandServer::serve_loop() {
    std::vector<Client> clients;
    std::vector<pollfd> fds;
    while (!stopping_) {
        const int64_t now = steady_ms();
        // Replies the main thread gave, and clients whose time is up.
        {
            std::lock_guard<std::mutex> lock(mutex_);
            for (Client& c : clients) {
                if (c.request && c.request->done && !c.replying) {
                    c.out = c.request->reply.empty() ? encode_reply({ReplyKind::error, "the atelier is closing"}) : c.request->reply;
                    c.replying = true;
                } else if (c.request && !c.replying && now >= c.deadline) {
                    waiting_.erase(std::remove(waiting_.begin(), waiting_.end(), c.request), waiting_.end());
                    c.out = encode_reply({ReplyKind::error, "the atelier did not answer"});
                    c.replying = true;
                    c.deadline = now + limits::kClientReadMs;
                }
            }
        }
        for (Client& c : clients) {
            if (c.fd < 0) continue;
            if (c.replying && (!write_some(c.fd, c.out) || c.out.empty())) {
                ::close(c.fd), c.fd = -1;  // answered (or gone)
            } else if (!c.request && now >= c.deadline) {
                ::close(c.fd), c.fd = -1;  // silent: dropped, nobody waits on it
            } else if (c.replying && now >= c.deadline) {
                ::close(c.fd), c.fd = -1;  // does not read its reply
            }
        }
        clients.erase(std::remove_if(clients.begin(), clients.end(), [](const Client& c) { return c.fd < 0; }), clients.end());

        fds.clear();
        fds.push_back({wake_pipe_[0], POLLIN, 0});
        fds.push_back({listen_fd_, POLLIN, 0});
        int64_t next = now + 1000;
        for (const Client& c : clients) {
            short events = 0;
            if (!c.request) events |= POLLIN;
            if (c.replying) events |= POLLOUT;
            fds.push_back({c.fd, events, 0});
            next = std::min(next, c.deadline);
        }
        const int timeout = static_cast<int>(std::clamp<int64_t>(next - now, 0, 1000));
        if (::poll(fds.data(), fds.size(), timeout) < 0 && errno != EINTR) continue;
        if (fds[0].revents & POLLIN) {
            char drain[64];
            while (::read(wake_pipe_[0], drain, sizeof drain) > 0) {
            }
        }
        // Requests coming in, read as far as they have come.
        for (size_t i = 0; i < clients.size(); ++i) {
            Client& c = clients[i];
            const short revents = fds[i + 2].revents;
            if (c.request || !(revents & (POLLIN | POLLHUP | POLLERR))) continue;
            char buf[4096];
            bool complete = false;
            for (;;) {
                const ssize_t n = ::recv(c.fd, buf, sizeof buf, MSG_DONTWAIT);
                if (n < 0 && errno == EINTR) continue;
                if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
                if (n <= 0) {
                    complete = true;  // the client closed its side: what came is the request
                    break;
                }
                c.in.append(buf, static_cast<size_t>(n));
                if (c.in.find('\n') != std::string::npos || c.in.size() > kMaxRequestBytes) {
                    complete = true;  // one line, or a little over the limit: the parser says what is wrong
                    break;
                }
            }
            if (!complete) continue;
            if (const auto eol = c.in.find('\n'); eol != std::string::npos) c.in.resize(eol);
            c.request = std::make_shared<Request>();
            c.request->line = std::move(c.in);
            c.deadline = steady_ms() + kAnswerTimeoutMs;
            {
                std::lock_guard<std::mutex> lock(mutex_);
                waiting_.push_back(c.request);
            }
            if (wake_) wake_();
        }
        // New clients: as many as there is room for; the others are told.
        if (fds[1].revents & POLLIN) {
            for (;;) {
                const int client = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
                if (client < 0) break;
                if (static_cast<int>(clients.size()) >= limits::kSocketClients) {
                    // Full: the client that has waited longest without a word makes room,
                    // so that a flood of silent connections cannot keep a real one out.
                    auto idle = clients.end();
                    for (auto it = clients.begin(); it != clients.end(); ++it)
                        if (!it->request && it->in.empty() && (idle == clients.end() || it->deadline < idle->deadline)) idle = it;
                    if (idle == clients.end()) {
                        std::string busy = encode_reply({ReplyKind::error, "busy: too many clients at once, try again"});
                        write_some(client, busy);
                        ::close(client);
                        continue;
                    }
                    ::close(idle->fd);
                    clients.erase(idle);
                }
                Client c;
                c.fd = client;
                c.deadline = steady_ms() + limits::kClientReadMs;
                clients.push_back(std::move(c));
            }
        }
    }
    for (Client& c : clients)
        if (c.fd >= 0) ::close(c.fd);
}

void CommandServer::serve(const std::function<std::string(const std::string& line)>& handle) {
    std::deque<std::shared_ptr<Request>> batch;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        batch.swap(waiting_);
    }
    if (batch.empty()) return;
    for (const auto& r : batch) {
        const std::string reply = handle(r->line);
        std::lock_guard<std::mutex> lock(mutex_);
        r->reply = reply;
        r->done = true;
    }
    if (::write(wake_pipe_[1], "x", 1) < 0) {
        // Full: the serving thread is awake already.
    }
}

Asked ask_atelier(const std::string& state_dir, const std::vector<std::string>& args, int reply_ms) {
    Asked asked;
    const std::string path = socket_path(state_dir);
    sockaddr_un addr{};
    if (!fill_address(path, addr)) return asked;
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) return asked;
    const int64_t start = steady_ms();
    // A full backlog (the atelier stopped accepting) is not "no atelier": wait for room a while.
    int connected = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    while (connected != 0 && (errno == EAGAIN || errno == EINPROGRESS) && steady_ms() - start < kConnectMs) {
        ::usleep(5000);
        connected = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
        if (connected != 0 && errno == EISCONN) connected = 0;
    }
    if (connected != 0) {
        const bool busy = errno == EAGAIN || errno == EINPROGRESS;
        ::close(fd);
        if (busy) asked.status = Asked::Status::no_answer;
        return asked;
    }
    // Only to an atelier of this user: a socket another user planted where
    // ours goes (a /tmp/atelier-UID made first) gets not a word of the request.
    ucred peer{};
    socklen_t peer_len = sizeof peer;
    if (::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &peer, &peer_len) != 0 || peer.uid != ::getuid()) {
        ::close(fd);
        asked.status = Asked::Status::foreign;
        asked.peer_uid = static_cast<int>(peer.uid);
        return asked;
    }
    asked.status = Asked::Status::no_answer;
    std::string out = encode_request(args), reply;
    bool sent_all = false, closed = false;
    const int64_t deadline = start + reply_ms;
    while (!closed) {
        const int64_t left = deadline - steady_ms();
        if (left <= 0) break;
        pollfd p{fd, static_cast<short>(sent_all ? POLLIN : (POLLIN | POLLOUT)), 0};
        if (::poll(&p, 1, static_cast<int>(left)) <= 0) continue;
        if (!sent_all && (p.revents & POLLOUT)) {
            if (!write_some(fd, out)) break;
            if (out.empty()) {
                sent_all = true;
                ::shutdown(fd, SHUT_WR);
            }
        }
        if (p.revents & (POLLIN | POLLHUP | POLLERR)) {
            char buf[4096];
            const ssize_t n = ::recv(fd, buf, sizeof buf, MSG_DONTWAIT);
            if (n > 0) reply.append(buf, static_cast<size_t>(n));
            else if (n == 0 || (errno != EAGAIN && errno != EINTR)) closed = true;
        }
    }
    ::close(fd);
    if (!closed) return asked;  // no answer in time
    asked.status = Asked::Status::replied;
    asked.reply = decode_reply(reply);
    return asked;
}

int send_to_atelier(const std::string& state_dir, const std::vector<std::string>& args) {
    const Asked asked = ask_atelier(state_dir, args);
    switch (asked.status) {
        case Asked::Status::no_atelier:
            std::fprintf(stderr, "atelier send: no atelier is running for %s (start it with: atelier --state-dir %s)\n", state_dir.c_str(),
                         state_dir.c_str());
            return 3;
        case Asked::Status::no_answer:
            std::fprintf(stderr, "atelier send: the atelier for %s did not answer within %d s\n", state_dir.c_str(),
                         limits::kSendReplyMs / 1000);
            return 4;
        case Asked::Status::foreign:
            std::fprintf(stderr, "atelier send: %s is served by another user (uid %d), not by your atelier: nothing sent\n",
                         socket_path(state_dir).c_str(), asked.peer_uid);
            return 3;
        case Asked::Status::replied: break;
    }
    const Reply& r = asked.reply;
    switch (r.kind) {
        case ReplyKind::ok:
            if (!r.text.empty()) std::fputs(r.text.c_str(), stdout);
            return 0;
        case ReplyKind::refused: std::fprintf(stderr, "atelier send: refused: %s\n", r.text.c_str()); return 1;
        case ReplyKind::error: std::fprintf(stderr, "atelier send: %s\n", r.text.c_str()); return 2;
    }
    return 2;
}

bool ask_to_show_console(const std::string& state_dir) {
    const Asked asked = ask_atelier(state_dir, {"show-console"}, 3000);
    return asked.status == Asked::Status::replied && asked.reply.kind == ReplyKind::ok;
}

}  // namespace atelier::platform
