#pragma once
// The remote service: the room beyond the laptop. A phone paired by PIN runs
// the atelier, a viewer link shows the wall to people on video, Companion and
// scripts send verbs with an API key. Off by default: then nothing listens.
//
// HTTP (cpp-httplib) runs on its own threads and never touches the session:
// a command is queued for the UI thread, which answers it through the
// RequestDesk (the very path of `atelier send`: same commands, refusals and
// words) in serve(); the status the wall shows is published by the UI thread
// when it draws, and pushed to the pages as server-sent events. Nobody
// connected: no thread wakes (the event streams wait on a condition).
//
//   GET  /  /phone  /view              the pages (assets/remote, compiled in)
//   POST /api/pair {"pin": "123456"}   a device token in an HttpOnly, SameSite=Strict cookie
//   GET  /api/state                    the status (viewer link, paired device or key)
//   GET  /api/events                   the status pushed on change (server-sent events)
//   POST /api/command {"verb", "args"} paired device (Origin checked) or API key
//   GET  /api/<verb>?arg=…             API key only: a cookie alone on a GET changes nothing
//   GET  /api/timer.png?size=72         the time left as a Stream Deck key (Companion's image from URL)
//
// Refusals and errors are in the client's language (its Accept-Language),
// else the room's; the pages are served with their words in that language.
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/send_protocol.hpp"
#include "core/status.hpp"
#include "core/settings.hpp"
#include "platform/remote_gate.hpp"
#include "platform/remote_osc.hpp"
#include "platform/remote_secrets.hpp"
#include "platform/timer_tile_png.hpp"

namespace httplib {
class Server;
}

namespace atelier::platform {

// What the console shows of the remote service.
struct RemoteView {
    bool on = false;
    std::string url;     // http://192.168.1.5:8737/
    std::string pin;
    std::string viewer;  // the read-only link
    int devices = 0;
    int streams = 0;     // pages connected now
    std::string guessing;  // an address that guessed wrong PINs, blocked now
    std::string problem;   // why it does not listen
    std::vector<unsigned char> qr;  // the url as a QR code, qr_width² modules (1 = dark)
    int qr_width = 0;
};

class RemoteRoom {
public:
    RemoteRoom(RemoteSettings settings, std::string state_dir, TileColours colours = {});
    ~RemoteRoom();
    RemoteRoom(const RemoteRoom&) = delete;
    RemoteRoom& operator=(const RemoteRoom&) = delete;

    // Listens when the settings say so (HTTP, and OSC unless its port is 0); `wake` (glfwPostEmptyEvent) is called
    // from the HTTP threads when a command waits. Returns "" or what went wrong.
    std::string start(std::function<void()> wake);
    void stop();
    bool listening() const { return listening_; }

    // On the UI thread, each loop turn: answers the waiting commands with
    // `ask`, then publishes `status()` (JSON) if any was answered.
    // `ask` answers in the language given (the client's).
    void serve(const std::function<Reply(const std::vector<std::string>&, Lang)>& ask, const std::function<Status()>& status);
    // On the UI thread, when the wall is drawn: the status the pages follow.
    // Only a change wakes the event streams.
    void publish(const Status& status);
    // New PIN, key, viewer link; every paired device forgotten.
    void revoke_all();
    // The count of ateliers begun (SessionOwner::ateliers_begun): with
    // "renew_each_atelier", a new atelier revokes everything, so that last
    // week's phones and links do not reach this week's group.
    void follow_ateliers(uint64_t begun);

    std::string info_text() const;  // `atelier send remote`: url:, pin:, viewer:, api-key:
    RemoteView view() const;

    // The address the pages are served at (the first non-loopback IPv4, else localhost).
    static std::string machine_address();

private:
    struct Job {
        std::vector<std::string> args;
        Lang lang = Lang::fr;  // of the answer
        Reply reply;
        bool done = false;
    };
    void routes();
    // Blocks an HTTP thread until the UI thread answered (or the room stops).
    std::optional<Reply> ask_ui(std::vector<std::string> args, Lang lang);
    std::string status_now();
    // The client's language: its Accept-Language among the room's, else the wall's.
    Lang client_lang(const std::string& accept_language);

    RemoteSettings settings_;
    std::string state_dir_;
    TileColours colours_;
    std::optional<uint64_t> ateliers_seen_;  // the UI thread's own
    std::unique_ptr<httplib::Server> http_;
    std::unique_ptr<OscDoor> osc_;
    std::thread thread_;
    std::atomic<bool> listening_{false};
    std::function<void()> wake_;

    mutable std::mutex mutex_;  // guards everything below
    std::condition_variable changed_;  // a job answered, a new status, the room stopping
    RemoteSecrets secrets_;
    std::optional<HostCheck> hosts_;
    PinThrottle throttle_;
    std::deque<std::shared_ptr<Job>> jobs_;
    std::string status_;  // JSON
    TimerTile tile_;      // the timer as a Stream Deck key shows it
    Lang room_lang_ = Lang::fr;
    std::string timer_, speaker_;  // OSC's replies
    uint64_t status_version_ = 0;
    int streams_ = 0;
    bool stopping_ = false;
    std::string problem_;
    std::string url_;
    std::vector<unsigned char> qr_;
    int qr_width_ = 0;
};

}  // namespace atelier::platform
