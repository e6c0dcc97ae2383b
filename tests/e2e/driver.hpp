#pragma once
// Runs the real atelier in a window under the test's X server and drives it
// with xdotool, like a clicker: keys in, saved state and --status out.
#include <sys/types.h>

#include <functional>
#include <optional>
#include <string>

#include "core/state_io.hpp"

namespace atelier::e2e {

std::string make_temp_dir(const std::string& name);
// Runs a command, returns its standard output.
std::string run(const std::string& command);

class Atelier {
public:
    // The config dir defaults to `state_dir` + "-config", created empty: the
    // shipped defaults, whatever this machine's user has.
    explicit Atelier(std::string state_dir, std::string extra_args = "", std::string config_dir = "");
    ~Atelier();
    Atelier(const Atelier&) = delete;
    Atelier& operator=(const Atelier&) = delete;

    bool start();              // starts and waits for the window
    void key(const std::string& keys);  // xdotool key names: "Next", "shift+F5", "ctrl+q"
    void type(const std::string& text);
    bool alive();
    void kill9();
    int wait_exit(int timeout_ms);  // exit code, or -1 if still running
    std::string stderr_text() const;

    // The saved state, or nothing when missing or unreadable.
    std::optional<SavedState> saved() const;
    std::string saved_text() const;
    // Waits until the saved state satisfies `ok` (the app saves after each command).
    bool wait_for(const std::function<bool(const Session&)>& ok, int timeout_ms = 4000) const;
    // Waits until the saved file differs from `before`.
    bool wait_changed(const std::string& before, int timeout_ms = 4000) const;
    // `atelier --status` on the same state dir: a line of it, e.g. "timer".
    std::string status(const std::string& field) const;

    const std::string& state_dir() const { return state_dir_; }

private:
    std::string state_dir_, extra_args_, config_dir_, log_;
    pid_t pid_ = -1;
    std::string window_;
};

}  // namespace atelier::e2e
