#include "driver.hpp"

#include <signal.h>
#include <spawn.h>
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

std::string run(const std::string& command) {
    std::string out;
    if (FILE* p = ::popen(command.c_str(), "r")) {
        char buf[4096];
        size_t n = 0;
        while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
        ::pclose(p);
    }
    return out;
}

Atelier::Atelier(std::string state_dir, std::string extra_args, std::string config_dir)
    : state_dir_(std::move(state_dir)),
      extra_args_(std::move(extra_args)),
      config_dir_(config_dir.empty() ? state_dir_ + "-config" : std::move(config_dir)),
      log_(config_dir_ + "/stderr.log") {
    std::filesystem::create_directories(config_dir_);
}

Atelier::~Atelier() {
    if (pid_ > 0 && alive()) kill9();
}

bool Atelier::start() {
    const std::string& config = config_dir_;
    const std::string cmd = std::string("exec ") + ATELIER_BIN + " --windowed 1280x720 --state-dir '" + state_dir_ +
                            "' --config-dir '" + config + "' " + extra_args_ + " 2>>'" + log_ + "'";
    const char* argv[] = {"sh", "-c", cmd.c_str(), nullptr};
    if (::posix_spawn(&pid_, "/bin/sh", nullptr, nullptr, const_cast<char**>(argv), environ) != 0) return false;
    // Wait for this process's window, then give it the keyboard focus.
    for (int i = 0; i < 100 && window_.empty(); ++i) {
        const std::string ids = run("xdotool search --onlyvisible --pid " + std::to_string(pid_) + " 2>/dev/null");
        if (!ids.empty()) window_ = ids.substr(0, ids.find('\n'));
        else sleep_ms(50);
        if (!alive()) return false;
    }
    if (window_.empty()) return false;
    run("xdotool windowfocus --sync " + window_ + " 2>/dev/null");
    sleep_ms(100);  // the first frame
    return true;
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

std::string Atelier::status(const std::string& field) const {
    const std::string out = run(std::string(ATELIER_BIN) + " --status --state-dir '" + state_dir_ + "' --config-dir '" +
                                config_dir_ + "' 2>/dev/null");
    std::istringstream lines(out);
    std::string line;
    while (std::getline(lines, line))
        if (line.rfind(field + ": ", 0) == 0) return line.substr(field.size() + 2);
    return "";
}

}  // namespace atelier::e2e
