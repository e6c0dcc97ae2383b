#pragma once
// Runs the real atelier in a window under the test's X server and drives it
// with xdotool, like a clicker: keys in, saved state and --status out.
#include <sys/types.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/state_io.hpp"

namespace atelier::e2e {

std::string make_temp_dir(const std::string& name);
// Runs a command, returns its standard output.
std::string run(const std::string& command);

// Waits poll for the app's own acknowledgement (its saved state, its status)
// and return as soon as it comes: this is only how long a loaded machine may take.
constexpr int kWaitMs = 20000;

// Runs a command: exit code and output.
struct Ran {
    int code;
    std::string out;
};
Ran run_code(const std::string& command);
// The value of the line "field: value" of a status printout, "" when none.
std::string line_of(const std::string& status, const std::string& field);
// A file's bytes ("" when missing).
std::string read_bytes(const std::string& path);
// Writes `request` to the Unix socket at `path`, returns the whole reply.
std::string socket_exchange(const std::string& path, const std::string& request);

// The atelier binary where another user (nobody, through setpriv) can run it:
// the build itself when every folder above it lets others through, else a
// copy in a folder of the temp dir open to all (a root's clone in /root,
// mode 0700, is a fresh machine's common case), made once per process.
std::string binary_for_other_users();

class Atelier {
public:
    // The config dir defaults to `state_dir` + "-config", created empty: the
    // shipped defaults, whatever this machine's user has.
    explicit Atelier(std::string state_dir, std::string extra_args = "", std::string config_dir = "");
    // Runs the app and its `atelier send` under a prefix: "env LD_PRELOAD=... FAKETIME..." (another
    // clock), "setpriv --reuid=65534 ..." (another user). Before start().
    void set_prefix(std::string prefix) { prefix_ = std::move(prefix); }
    // The prefix runs the app as another user: the binary must be one they can reach.
    void as_other_user(std::string prefix) {
        prefix_ = std::move(prefix);
        binary_ = binary_for_other_users();
    }
    ~Atelier();
    Atelier(const Atelier&) = delete;
    Atelier& operator=(const Atelier&) = delete;

    // Starts and waits until the atelier answers on its command socket (its
    // windows are open and its loop runs), then gives the wall the keyboard.
    bool start();
    void key(const std::string& keys);  // xdotool key names: "Next", "shift+F5", "ctrl+q"
    void type(const std::string& text);
    // Gives the keyboard to the wall or to the console's window.
    bool focus(const std::string& which = "wall");
    std::string window_id(const std::string& which) const;
    // `atelier send ARGS` to this atelier: the exit code, and what it printed.
    struct Sent {
        int code;
        std::string out, err;
    };
    Sent send(const std::vector<std::string>& args) const;
    // A line of `atelier send status` (the running app: help, console...) e.g. "speaker".
    std::string live(const std::string& field) const;
    // Waits until a line of `atelier send status` says `value`.
    bool wait_live(const std::string& field, const std::string& value, int timeout_ms = kWaitMs) const;
    bool alive();
    void kill9();
    int wait_exit(int timeout_ms);  // exit code, or -1 if still running
    std::string stderr_text() const;

    // The saved state, or nothing when missing or unreadable.
    std::optional<SavedState> saved() const;
    std::string saved_text() const;
    // Waits until the saved state satisfies `ok` (the app saves after each command).
    bool wait_for(const std::function<bool(const Session&)>& ok, int timeout_ms = kWaitMs) const;
    // Waits until the saved file differs from `before`.
    bool wait_changed(const std::string& before, int timeout_ms = kWaitMs) const;
    // `atelier --status` on the same state dir: a line of it, e.g. "timer".
    std::string status(const std::string& field) const;
    // All of it, run under `prefix` (another clock: see set_prefix).
    std::string status_text(const std::string& prefix = "") const;

    const std::string& state_dir() const { return state_dir_; }
    int pid() const { return static_cast<int>(pid_); }

private:
    std::string state_dir_, extra_args_, config_dir_, log_, prefix_;
    std::string binary_ = ATELIER_BIN;
    pid_t pid_ = -1;
    std::string window_;
};

}  // namespace atelier::e2e
