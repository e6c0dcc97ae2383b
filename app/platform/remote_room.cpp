#include "platform/remote_room.hpp"

#include <httplib.h>
#include <qrencode.h>
#include <ifaddrs.h>
#include <netdb.h>
#include <netinet/in.h>

#include <chrono>

#include "core/i18n.hpp"
#include "core/i18n_room.hpp"
#include "core/remote_request.hpp"
#include "platform/remote_pages.hpp"

namespace atelier::platform {
namespace {

constexpr int kThreads = 96;         // connections served at once; more wait in the queue
constexpr int kStreams = 64;         // event streams at once (each holds a thread; a third of the threads stay for commands)
constexpr int kAnswerMs = 5000;      // the UI thread answers a command within this, or 503
constexpr int kHeartbeatMs = 15000;  // an idle stream says it is alive (a closed one is then noticed)
const char* kCookie = "atelier_device";

int64_t steady_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void send_json(httplib::Response& res, int status, const std::string& body) {
    res.status = status;
    res.set_header("Cache-Control", "no-store");
    res.set_content(body, "application/json; charset=utf-8");
}

std::string cookie_value(const httplib::Request& req, const std::string& name) {
    const std::string cookies = req.get_header_value("Cookie");
    size_t i = 0;
    while (i < cookies.size()) {
        const size_t end = std::min(cookies.find(';', i), cookies.size());
        std::string pair = cookies.substr(i, end - i);
        const size_t start = pair.find_first_not_of(' ');
        pair = start == std::string::npos ? "" : pair.substr(start);
        if (pair.compare(0, name.size() + 1, name + "=") == 0) return pair.substr(name.size() + 1);
        i = end + 1;
    }
    return "";
}

std::string bearer(const httplib::Request& req) {
    const std::string auth = req.get_header_value("Authorization");
    const std::string prefix = "Bearer ";
    return auth.compare(0, prefix.size(), prefix) == 0 ? auth.substr(prefix.size()) : "";
}

int status_of(const Reply& reply) { return reply.kind == ReplyKind::ok ? 200 : reply.kind == ReplyKind::refused ? 409 : 400; }

}  // namespace

RemoteRoom::RemoteRoom(RemoteSettings settings, std::string state_dir, TileColours colours)
    : settings_(std::move(settings)), state_dir_(std::move(state_dir)), colours_(colours) {}

RemoteRoom::~RemoteRoom() { stop(); }

std::string RemoteRoom::machine_address() {
    std::string found = "127.0.0.1";
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) != 0) return found;
    for (ifaddrs* a = list; a; a = a->ifa_next) {
        if (!a->ifa_addr || a->ifa_addr->sa_family != AF_INET) continue;
        char text[NI_MAXHOST] = {};
        if (getnameinfo(a->ifa_addr, sizeof(sockaddr_in), text, sizeof text, nullptr, 0, NI_NUMERICHOST) != 0) continue;
        if (std::string(text).rfind("127.", 0) == 0) continue;
        found = text;
        break;
    }
    freeifaddrs(list);
    return found;
}

std::string RemoteRoom::start(std::function<void()> wake) {
    if (!settings_.enabled || settings_.port == 0) return "";
    wake_ = std::move(wake);
    {
        std::lock_guard<std::mutex> lock(mutex_);
        secrets_ = RemoteSecrets::load_or_make(state_dir_, problem_);
        hosts_.emplace(HostCheck::machine_names(), settings_.port);
        stopping_ = false;
    }
    http_ = std::make_unique<httplib::Server>();
    http_->new_task_queue = [] { return new httplib::ThreadPool(kThreads); };
    http_->set_payload_max_length(kRemoteBodyBytes);
    http_->set_read_timeout(5, 0);
    http_->set_write_timeout(5, 0);
    http_->set_keep_alive_timeout(5);
    routes();
    if (!http_->bind_to_port("0.0.0.0", settings_.port)) {
        http_.reset();
        std::lock_guard<std::mutex> lock(mutex_);
        problem_ = "cannot listen on port " + std::to_string(settings_.port) + " (in use?)";
        return problem_;
    }
    {
        // The phone's address as a QR code, once: it does not change while listening.
        std::lock_guard<std::mutex> lock(mutex_);
        url_ = "http://" + machine_address() + ":" + std::to_string(settings_.port) + "/";
        if (QRcode* code = QRcode_encodeString(url_.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1)) {
            qr_width_ = code->width;
            qr_.resize(static_cast<size_t>(code->width * code->width));
            for (size_t i = 0; i < qr_.size(); ++i) qr_[i] = code->data[i] & 1;
            QRcode_free(code);
        }
    }
    listening_ = true;
    thread_ = std::thread([this] { http_->listen_after_bind(); });
    if (settings_.osc_port != 0) {
        // OSC says no language: its answers are in the room's.
        OscDoor::Hooks hooks{[this](std::vector<std::string> args) { return ask_ui(std::move(args), client_lang("")); },
                             [this] {
                                 std::lock_guard<std::mutex> lock(mutex_);
                                 return std::make_pair(timer_, speaker_);
                             },
                             [this] { return client_lang(""); }};
        osc_ = std::make_unique<OscDoor>(hooks, std::set<std::string>(settings_.osc_senders.begin(), settings_.osc_senders.end()));
        if (const std::string problem = osc_->start(settings_.osc_port); !problem.empty()) {
            osc_.reset();
            std::lock_guard<std::mutex> lock(mutex_);
            problem_ = problem;
            return problem;
        }
    }
    return "";
}

void RemoteRoom::stop() {
    if (!http_) return;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();  // the streams and the waiting commands end
    if (osc_) osc_->stop();
    osc_.reset();
    http_->stop();
    if (thread_.joinable()) thread_.join();
    http_.reset();  // joins its thread pool
    listening_ = false;
}

std::optional<Reply> RemoteRoom::ask_ui(std::vector<std::string> args, Lang lang) {
    auto job = std::make_shared<Job>();
    job->args = std::move(args);
    job->lang = lang;
    std::unique_lock<std::mutex> lock(mutex_);
    if (stopping_) return std::nullopt;
    jobs_.push_back(job);
    lock.unlock();
    if (wake_) wake_();
    lock.lock();
    if (!changed_.wait_for(lock, std::chrono::milliseconds(kAnswerMs), [&] { return job->done || stopping_; })) return std::nullopt;
    if (!job->done) return std::nullopt;
    return job->reply;
}

void RemoteRoom::serve(const std::function<Reply(const std::vector<std::string>&, Lang)>& ask, const std::function<Status()>& status) {
    if (!listening_) return;
    std::deque<std::shared_ptr<Job>> jobs;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        jobs.swap(jobs_);
    }
    if (jobs.empty()) return;
    for (const auto& job : jobs) job->reply = ask(job->args, job->lang);
    // The status after the commands, before their replies: a client that
    // reads /api/state after its reply sees what it did.
    publish(status());
    {
        std::lock_guard<std::mutex> lock(mutex_);
        for (const auto& job : jobs) job->done = true;
    }
    changed_.notify_all();
}

void RemoteRoom::publish(const Status& status) {
    if (!listening_) return;
    std::string json = status_json(status);
    {
        std::lock_guard<std::mutex> lock(mutex_);
        timer_ = status.on_break ? status.break_left : status.timer;
        speaker_ = status.speaker;
        tile_ = timer_tile(status);
        room_lang_ = status.lang;
        if (json == status_) return;
        status_ = std::move(json);
        ++status_version_;
        if (streams_ == 0) return;  // nobody to wake
    }
    changed_.notify_all();
}

Lang RemoteRoom::client_lang(const std::string& accept_language) {
    if (const auto lang = lang_from_accept_language(accept_language)) return *lang;
    std::lock_guard<std::mutex> lock(mutex_);
    return room_lang_;
}

void RemoteRoom::follow_ateliers(uint64_t begun) {
    const bool renew = ateliers_seen_ && *ateliers_seen_ != begun;
    ateliers_seen_ = begun;
    if (renew && settings_.renew_each_atelier && listening_) revoke_all();
}

std::string RemoteRoom::status_now() {
    std::lock_guard<std::mutex> lock(mutex_);
    return status_;
}

void RemoteRoom::revoke_all() {
    std::lock_guard<std::mutex> lock(mutex_);
    secrets_ = RemoteSecrets::fresh();
    if (const std::string problem = secrets_.save(state_dir_); !problem.empty()) problem_ = problem;
}

std::string RemoteRoom::info_text() const {
    if (!listening_) {
        std::lock_guard<std::mutex> lock(mutex_);
        return "remote: off" + std::string(problem_.empty() ? " (settings.json: \"remote\": {\"enabled\": true})" : " (" + problem_ + ")") + "\n";
    }
    const RemoteView v = view();
    std::lock_guard<std::mutex> lock(mutex_);
    return "url: " + v.url + "\npin: " + v.pin + "\nviewer: " + v.viewer + "\napi-key: " + secrets_.api_key + "\ndevices: " +
           std::to_string(v.devices) + "\n";
}

RemoteView RemoteRoom::view() const {
    RemoteView v;
    std::lock_guard<std::mutex> lock(mutex_);
    v.problem = problem_;
    if (!listening_) return v;
    v.on = true;
    v.url = url_;
    v.qr = qr_;
    v.qr_width = qr_width_;
    v.pin = secrets_.pin;
    v.viewer = v.url + "view?t=" + secrets_.viewer;
    v.devices = static_cast<int>(secrets_.devices.size());
    v.streams = streams_;
    v.guessing = throttle_.guessing(steady_ms());
    return v;
}

void RemoteRoom::routes() {
    httplib::Server& s = *http_;
    // Every request: a Host this machine answers to (DNS rebinding), and for a
    // POST an Origin that is ours or none (cross-site forms and fetches).
    s.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
        const Lang L = client_lang(req.get_header_value("Accept-Language"));
        std::lock_guard<std::mutex> lock(mutex_);
        if (!hosts_->host_allowed(req.get_header_value("Host"))) {
            send_json(res, 403, error_json(remote_problem(L, RemoteProblem::host_refused)));
            return httplib::Server::HandlerResponse::Handled;
        }
        if (req.method == "POST" && !hosts_->origin_allowed(req.get_header_value("Origin"), req.has_header("Origin"))) {
            send_json(res, 403, error_json(remote_problem(L, RemoteProblem::origin_refused)));
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    // The language of each answer: the client's (its browser says it), else the room's.
    const auto lang_of = [this](const httplib::Request& req) { return client_lang(req.get_header_value("Accept-Language")); };
    s.set_post_routing_handler([](const httplib::Request&, httplib::Response& res) {
        res.set_header("X-Content-Type-Options", "nosniff");
        res.set_header("Referrer-Policy", "no-referrer");  // the viewer's token stays in its page
        res.set_header("X-Frame-Options", "DENY");
    });
    // Who is asking: a paired device (cookie), a script (key), a viewer (link token).
    const auto is_device = [this](const httplib::Request& req) {
        const std::string token = cookie_value(req, kCookie);
        std::lock_guard<std::mutex> lock(mutex_);
        for (const std::string& d : secrets_.devices)
            if (same_secret(token, d)) return true;
        return false;
    };
    const auto is_key = [this](const httplib::Request& req) {
        const std::string key = req.has_param("key") ? req.get_param_value("key") : bearer(req);
        std::lock_guard<std::mutex> lock(mutex_);
        return same_secret(key, secrets_.api_key);
    };
    const auto is_viewer = [this](const httplib::Request& req) {
        std::lock_guard<std::mutex> lock(mutex_);
        return req.has_param("t") && same_secret(req.get_param_value("t"), secrets_.viewer);
    };
    // A page with its words in the client's language, inlined where the page says.
    const auto page = [lang_of](const char* name) {
        return [name, lang_of](const httplib::Request& req, httplib::Response& res) {
            std::string html = remote_page(name);
            const std::string marker = "/*ATELIER_WORDS*/{}";
            if (const size_t at = html.find(marker); at != std::string::npos) html.replace(at, marker.size(), page_words_json(lang_of(req)));
            res.set_header("Cache-Control", "no-store");
            res.set_header("Content-Security-Policy", "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'");
            res.set_header("Vary", "Accept-Language");
            res.set_content(html, "text/html; charset=utf-8");
        };
    };
    s.Get("/", [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/phone"); });
    s.Get("/phone", page("phone"));
    s.Get("/view", page("view"));

    s.Post("/api/pair", [this, lang_of](const httplib::Request& req, httplib::Response& res) {
        const int64_t now = steady_ms();
        const Lang L = lang_of(req);
        std::lock_guard<std::mutex> lock(mutex_);
        if (throttle_.blocked(req.remote_addr, now)) {
            res.set_header("Retry-After", "60");
            return send_json(res, 429, error_json(remote_problem(L, RemoteProblem::pin_guessing)));
        }
        const Parsed<std::string> pin = decode_pin_body(req.body);
        if (!pin.ok()) return send_json(res, 400, error_json(request_error_text(L, pin.error)));
        if (!same_secret(*pin.value, secrets_.pin)) {
            throttle_.wrong(req.remote_addr, now);
            return send_json(res, 401, error_json(remote_problem(L, RemoteProblem::wrong_pin)));
        }
        const std::string token = random_token(32);
        secrets_.devices.push_back(token);
        if (secrets_.devices.size() > kMaxDevices) secrets_.devices.erase(secrets_.devices.begin());
        if (const std::string problem = secrets_.save(state_dir_); !problem.empty()) problem_ = problem;
        res.set_header("Set-Cookie", std::string(kCookie) + "=" + token + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=31536000");
        send_json(res, 200, reply_json({ReplyKind::ok, "paired"}));
    });

    s.Get("/api/state", [this, is_device, is_key, is_viewer, lang_of](const httplib::Request& req, httplib::Response& res) {
        if (!is_device(req) && !is_key(req) && !is_viewer(req)) return send_json(res, 401, error_json(remote_problem(lang_of(req), RemoteProblem::not_paired)));
        send_json(res, 200, status_now());
    });

    s.Get("/api/timer.png", [this, is_device, is_key, is_viewer, lang_of](const httplib::Request& req, httplib::Response& res) {
        if (!is_device(req) && !is_key(req) && !is_viewer(req)) return send_json(res, 401, error_json(remote_problem(lang_of(req), RemoteProblem::not_paired)));
        int size = kTileDefault;
        if (req.has_param("size")) {
            const std::string text = req.get_param_value("size");
            size = text.size() <= 4 && !text.empty() && text.find_first_not_of("0123456789") == std::string::npos ? std::stoi(text) : 0;
            if (size < kTileMin || size > kTileMax) return send_json(res, 400, error_json(remote_problem(lang_of(req), RemoteProblem::bad_request)));
        }
        TimerTile tile;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            tile = tile_;
        }
        res.set_header("Cache-Control", "no-store");
        res.set_content(timer_tile_png(tile, colours_, size), "image/png");
    });

    s.Get("/api/events", [this, is_device, is_key, is_viewer, lang_of](const httplib::Request& req, httplib::Response& res) {
        const Lang L = lang_of(req);
        if (!is_device(req) && !is_key(req) && !is_viewer(req)) return send_json(res, 401, error_json(remote_problem(L, RemoteProblem::not_paired)));
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (streams_ >= kStreams) return send_json(res, 503, error_json(remote_problem(L, RemoteProblem::too_many_pages)));
            ++streams_;
        }
        res.set_header("Cache-Control", "no-store");
        auto sent = std::make_shared<uint64_t>(0);
        res.set_chunked_content_provider(
            "text/event-stream",
            [this, sent](size_t, httplib::DataSink& sink) {
                std::unique_lock<std::mutex> lock(mutex_);
                // Wait for a status not yet sent; an idle stream says it is alive now and then.
                const bool fresh = changed_.wait_for(lock, std::chrono::milliseconds(kHeartbeatMs),
                                                     [&] { return stopping_ || (status_version_ != *sent && !status_.empty()); });
                if (stopping_) return false;
                std::string event = ": alive\n\n";
                if (fresh) {
                    event = "data: " + status_ + "\n\n";
                    *sent = status_version_;
                }
                lock.unlock();
                return sink.write(event.data(), event.size());
            },
            [this](bool) {
                std::lock_guard<std::mutex> lock(mutex_);
                --streams_;
            });
    });

    const auto command = [this](std::vector<std::string> args, Lang L, httplib::Response& res) {
        if (!remote_verb_allowed(args[0]))
            return send_json(res, 403, error_json(fill(L, remote_problem(L, RemoteProblem::local_only), args[0])));
        const std::optional<Reply> reply = ask_ui(std::move(args), L);
        if (!reply) return send_json(res, 503, error_json(remote_problem(L, RemoteProblem::no_answer)));
        send_json(res, status_of(*reply), reply_json(*reply));
    };
    s.Post("/api/command", [is_device, is_key, command, lang_of](const httplib::Request& req, httplib::Response& res) {
        const Lang L = lang_of(req);
        if (!is_device(req) && !is_key(req)) return send_json(res, 401, error_json(remote_problem(L, RemoteProblem::not_paired_command)));
        const Parsed<std::vector<std::string>> args = decode_command_body(req.body);
        if (!args.ok()) return send_json(res, 400, error_json(request_error_text(L, args.error)));
        command(*args.value, L, res);
    });
    // Companion's generic HTTP module and hardware controllers send GET: the key only.
    s.Get(R"(/api/([a-z][a-z-]{0,30}))", [is_key, command, lang_of](const httplib::Request& req, httplib::Response& res) {
        const Lang L = lang_of(req);
        if (!is_key(req)) return send_json(res, 401, error_json(remote_problem(L, RemoteProblem::get_needs_key)));
        std::vector<std::string> args = {req.matches[1].str()};
        const auto range = req.params.equal_range("arg");
        for (auto it = range.first; it != range.second; ++it) args.push_back(it->second);
        if (args.size() > limits::kRequestArgs) return send_json(res, 400, error_json(remote_problem(L, RemoteProblem::too_many_args)));
        command(std::move(args), L, res);
    });
    s.set_error_handler([lang_of](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty()) return;
        const RemoteProblem why = res.status == 413   ? RemoteProblem::body_too_large
                                  : res.status == 404 ? RemoteProblem::no_such_page
                                                      : RemoteProblem::bad_request;
        send_json(res, res.status, error_json(remote_problem(lang_of(req), why)));
    });
}

}  // namespace atelier::platform
