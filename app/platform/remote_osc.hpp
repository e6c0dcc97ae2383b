#pragma once
// OSC over UDP (Debian's liblo) for Companion and lighting desks: one address
// per verb of `atelier send` (/atelier/next, /atelier/give-floor "Camille"...),
// answered to the sender with /atelier/reply (ok|refused|error, text) and
// /atelier/state (time left, speaker). OSC has no authentication: only the
// sender addresses allowed in settings.json are heard (default: this machine).
//
// Its own thread waits in poll() on the socket and a stop pipe: liblo's
// server thread polls every 10 ms, and a wall must not wake while nobody talks.
#include <functional>
#include <thread>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/send_protocol.hpp"

namespace atelier::platform {

class OscDoor {
public:
    struct Hooks {
        // Blocks until the UI thread answered (RemoteRoom::ask_ui); nothing when it did not.
        std::function<std::optional<Reply>(std::vector<std::string>)> ask;
        std::function<std::pair<std::string, std::string>()> timer_and_speaker;
        std::function<Lang()> lang;  // of the answers: OSC says none, the room's
    };
    OscDoor(Hooks hooks, std::set<std::string> senders) : hooks_(std::move(hooks)), senders_(std::move(senders)) {}
    ~OscDoor();
    OscDoor(const OscDoor&) = delete;
    OscDoor& operator=(const OscDoor&) = delete;

    std::string start(int port);  // "" or what went wrong
    void stop();


    // liblo's handler (argv: lo_arg**, msg: lo_message), through a trampoline in the .cpp.
    static int on_message(const char* path, const char* types, void** argv, int argc, void* msg, void* self);
private:
    void serve_loop();
    Hooks hooks_;
    std::set<std::string> senders_;
    void* server_ = nullptr;  // lo_server
    int stop_pipe_[2] = {-1, -1};
    std::thread thread_;
};

}  // namespace atelier::platform
