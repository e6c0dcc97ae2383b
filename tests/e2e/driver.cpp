#include "driver.hpp"

#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

extern char** environ;

namespace atelier::e2e {

namespace {
void sleep_ms(int ms) { std::this_thread::sleep_for(std::chrono::milliseconds(ms)); }

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}
}  // namespace

std::string make_temp_dir(const std::string& name) {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("atelier-e2e-" + std::to_string(::getpid()) + "-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir.string();
}

std::string binary_for_other_users() {
    static const std::string reachable = [] {
        namespace fs = std::filesystem;
        const fs::path bin = fs::absolute(ATELIER_BIN);
        bool open = true;
        for (fs::path dir = bin.parent_path(); open && dir != dir.root_path(); dir = dir.parent_path())
            open = (fs::status(dir).permissions() & fs::perms::others_exec) != fs::perms::none;
        if (open && (fs::status(bin).permissions() & fs::perms::others_exec) != fs::perms::none) return bin.string();
        const fs::path dir = fs::temp_directory_path() / ("atelier-e2e-bin-" + std::to_string(::getpid()));
        fs::create_directories(dir);
        fs::permissions(dir, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec | fs::perms::others_read |
                                 fs::perms::others_exec);
        const fs::path copy = dir / "atelier";
        fs::copy_file(bin, copy, fs::copy_options::overwrite_existing);
        fs::permissions(copy, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec | fs::perms::others_read |
                                  fs::perms::others_exec);
        std::atexit([] { std::filesystem::remove_all(std::filesystem::temp_directory_path() / ("atelier-e2e-bin-" + std::to_string(::getpid()))); });
        return copy.string();
    }();
    return reachable;
}

Ran run_code(const std::string& command) {
    Ran ran{-1, ""};
    if (FILE* p = ::popen(command.c_str(), "r")) {
        char buf[4096];
        size_t n = 0;
        while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) ran.out.append(buf, n);
        const int status = ::pclose(p);
        ran.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    return ran;
}

std::string run(const std::string& command) { return run_code(command).out; }

std::string read_bytes(const std::string& path) { return read_all(path); }

std::string socket_exchange(const std::string& path, const std::string& request) {
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s", path.c_str());
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        if (fd >= 0) ::close(fd);
        return "";
    }
    size_t sent = 0;
    while (sent < request.size()) {
        const ssize_t n = ::send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) break;
        sent += static_cast<size_t>(n);
    }
    ::shutdown(fd, SHUT_WR);
    std::string reply;
    char buf[4096];
    ssize_t n = 0;
    while ((n = ::recv(fd, buf, sizeof buf, 0)) > 0) reply.append(buf, static_cast<size_t>(n));
    ::close(fd);
    return reply;
}

namespace {
std::string quoted(const std::string& arg) {
    std::string out = "'";
    for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}
}  // namespace

Atelier::Atelier(std::string state_dir, std::string extra_args, std::string config_dir)
    : state_dir_(std::move(state_dir)),
      extra_args_(std::move(extra_args)),
      config_dir_(config_dir.empty() ? state_dir_ + "-config" : std::move(config_dir)),
      log_(config_dir_ + "/stderr.log") {
    std::filesystem::create_directories(config_dir_);
    // A test's keys come fast; the step guard has its own tests.
    if (!std::filesystem::exists(config_dir_ + "/settings.json"))
        std::ofstream(config_dir_ + "/settings.json") << "{\"step_guard_ms\": 0}";
}

Atelier::~Atelier() {
    if (pid_ > 0 && alive()) kill9();
}

bool Atelier::start() {
    const std::string& config = config_dir_;
    // "--fullscreen" (the two-monitor tests): the app places its windows itself.
    std::string args = extra_args_, placement = "--windowed 1280x720";
    if (args.rfind("--fullscreen", 0) == 0) placement = "", args = args.substr(12);
    const std::string cmd = "exec " + prefix_ + (prefix_.empty() ? "" : " ") + binary_ + " " + placement + " --state-dir '" + state_dir_ +
                            "' --config-dir '" + config + "' " + args + " 2>>'" + log_ + "'";
    const char* argv[] = {"sh", "-c", cmd.c_str(), nullptr};
    if (::posix_spawn(&pid_, "/bin/sh", nullptr, nullptr, const_cast<char**>(argv), environ) != 0) return false;
    // The app answers on its socket once its windows are open and its loop runs.
    for (int waited = 0; waited < kWaitMs; waited += 50) {
        if (!alive()) return false;
        if (send({"status"}).code == 0) break;
        sleep_ms(50);
    }
    return alive() && focus("wall");
}

std::string Atelier::window_id(const std::string& which) const {
    // By exact name: xdotool's --name is a loose match.
    const std::string wanted = which == "console" ? "Atelier \xE2\x80\x94 console" : "Atelier";
    std::istringstream ids(run("xdotool search --onlyvisible --pid " + std::to_string(pid_) + " 2>/dev/null"));
    std::string id;
    while (std::getline(ids, id)) {
        std::string name = run("xdotool getwindowname " + id + " 2>/dev/null");
        while (!name.empty() && name.back() == '\n') name.pop_back();
        if (name == wanted) return id;
    }
    return "";
}

bool Atelier::focus(const std::string& which) {
    for (int waited = 0; waited < kWaitMs; waited += 50) {
        const std::string id = window_id(which);
        if (!id.empty()) {
            window_ = id;
            return run_code("xdotool windowfocus --sync " + id + " 2>/dev/null").code == 0;
        }
        sleep_ms(50);
    }
    return false;
}

Atelier::Sent Atelier::send(const std::vector<std::string>& args) const {
    std::string cmd = prefix_ + (prefix_.empty() ? "" : " ") + binary_ + " send";
    for (const std::string& a : args) cmd += " " + quoted(a);
    cmd += " --state-dir " + quoted(state_dir_) + " 2>" + quoted(log_ + ".send");
    const Ran ran = run_code(cmd);
    std::ifstream err(log_ + ".send");
    std::ostringstream text;
    text << err.rdbuf();
    return {ran.code, ran.out, text.str()};
}

std::string Atelier::live(const std::string& field) const { return line_of(send({"status"}).out, field); }

bool Atelier::wait_live(const std::string& field, const std::string& value, int timeout_ms) const {
    for (int waited = 0; waited < timeout_ms; waited += 50) {
        if (live(field) == value) return true;
        sleep_ms(50);
    }
    return false;
}

void Atelier::key(const std::string& keys) { run("xdotool key --delay 30 " + keys); }

void Atelier::type(const std::string& text) { run("xdotool type --delay 30 '" + text + "'"); }

bool Atelier::alive() {
    if (pid_ <= 0) return false;
    int status = 0;
    const pid_t r = ::waitpid(pid_, &status, WNOHANG);
    if (r == pid_) {
        pid_ = -1;
        return false;
    }
    return r == 0;
}

void Atelier::kill9() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGKILL);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    window_.clear();
}

int Atelier::wait_exit(int timeout_ms) {
    for (int waited = 0; waited < timeout_ms; waited += 20) {
        int status = 0;
        const pid_t r = ::waitpid(pid_, &status, WNOHANG);
        if (r == pid_) {
            pid_ = -1;
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
        }
        sleep_ms(20);
    }
    return -1;
}

std::string Atelier::stderr_text() const { return read_all(log_); }

std::string Atelier::saved_text() const { return read_all(state_dir_ + "/state.json"); }

std::optional<SavedState> Atelier::saved() const {
    const std::string text = saved_text();
    if (text.empty()) return std::nullopt;
    Parsed<SavedState> p = parse_state(text, "state.json");
    if (!p.ok()) return std::nullopt;
    return std::move(p.value);
}

bool Atelier::wait_for(const std::function<bool(const Session&)>& ok, int timeout_ms) const {
    for (int waited = 0; waited < timeout_ms; waited += 25) {
        if (const auto s = saved(); s && ok(s->session)) return true;
        sleep_ms(25);
    }
    return false;
}

bool Atelier::wait_changed(const std::string& before, int timeout_ms) const {
    for (int waited = 0; waited < timeout_ms; waited += 25) {
        if (saved_text() != before) return true;
        sleep_ms(25);
    }
    return false;
}

std::string line_of(const std::string& status, const std::string& field) {
    std::istringstream lines(status);
    std::string line;
    while (std::getline(lines, line))
        if (line.rfind(field + ": ", 0) == 0) return line.substr(field.size() + 2);
    return "";
}

std::string Atelier::status_text(const std::string& prefix) const {
    return run(prefix + (prefix.empty() ? "" : " ") + ATELIER_BIN + " --status --state-dir '" + state_dir_ + "' --config-dir '" +
               config_dir_ + "' 2>/dev/null");
}

std::string Atelier::status(const std::string& field) const { return line_of(status_text(), field); }

}  // namespace atelier::e2e
