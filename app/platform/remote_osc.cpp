#include "platform/remote_osc.hpp"

#include <fcntl.h>
#include <lo/lo.h>
#include <poll.h>
#include <unistd.h>

#include "core/i18n.hpp"
#include "core/i18n_room.hpp"
#include "core/remote_request.hpp"

namespace atelier::platform {
namespace {
int handle(const char* path, const char* types, lo_arg** argv, int argc, lo_message msg, void* self) {
    return OscDoor::on_message(path, types, reinterpret_cast<void**>(argv), argc, msg, self);
}
}  // namespace

OscDoor::~OscDoor() { stop(); }

std::string OscDoor::start(int port) {
    const std::string service = std::to_string(port);
    lo_server server = lo_server_new_with_proto(service.c_str(), LO_UDP, nullptr);
    if (!server) return "cannot listen for OSC on UDP port " + service + " (in use?)";
    if (::pipe2(stop_pipe_, O_CLOEXEC) != 0) {
        lo_server_free(server);
        return "cannot start OSC (no pipe)";
    }
    lo_server_add_method(server, nullptr, nullptr, &handle, this);
    server_ = server;
    thread_ = std::thread([this] { serve_loop(); });
    return "";
}

void OscDoor::serve_loop() {
    const auto server = static_cast<lo_server>(server_);
    for (;;) {
        pollfd fds[2] = {{lo_server_get_socket_fd(server), POLLIN, 0}, {stop_pipe_[0], POLLIN, 0}};
        if (::poll(fds, 2, -1) < 0) continue;  // EINTR
        if (fds[1].revents) return;
        if (fds[0].revents & POLLIN) lo_server_recv_noblock(server, 0);
    }
}

void OscDoor::stop() {
    if (!server_) return;
    const char byte = 1;
    if (::write(stop_pipe_[1], &byte, 1) < 0) {}  // the loop ends on the pipe's first byte
    if (thread_.joinable()) thread_.join();
    lo_server_free(static_cast<lo_server>(server_));
    server_ = nullptr;
    ::close(stop_pipe_[0]);
    ::close(stop_pipe_[1]);
    stop_pipe_[0] = stop_pipe_[1] = -1;
}

int OscDoor::on_message(const char* path, const char* types, void** argv, int argc, void* msg, void* data) {
    auto* self = static_cast<OscDoor*>(data);
    const lo_message message = static_cast<lo_message>(msg);
    const lo_address from = lo_message_get_source(message);
    const char* host = from ? lo_address_get_hostname(from) : nullptr;
    if (!host || self->senders_.count(host) == 0) return 0;  // not heard, not answered
    std::vector<std::string> args;
    for (int i = 0; i < argc; ++i) {
        const lo_arg* a = static_cast<lo_arg*>(argv[i]);
        switch (types[i]) {
            case LO_STRING: case LO_SYMBOL: args.emplace_back(&a->s); break;
            case LO_INT32: args.push_back(std::to_string(a->i)); break;
            case LO_INT64: args.push_back(std::to_string(a->h)); break;
            case LO_FLOAT: args.push_back(std::to_string(static_cast<long long>(a->f))); break;
            default: args.emplace_back("?");
        }
    }
    Reply reply{ReplyKind::error, ""};
    const Lang L = self->hooks_.lang ? self->hooks_.lang() : Lang::en;
    const Parsed<std::vector<std::string>> words = decode_osc(path, args);
    if (!words.ok()) {
        reply.text = request_error_text(L, words.error);
    } else if (!remote_verb_allowed((*words.value)[0])) {
        reply.text = fill(L, remote_problem(L, RemoteProblem::local_only), (*words.value)[0]);
    } else if (const auto answered = self->hooks_.ask(*words.value)) {
        reply = *answered;
    } else {
        reply.text = remote_problem(L, RemoteProblem::no_answer);
    }
    const lo_server server = static_cast<lo_server>(self->server_);
    const char* kind = reply.kind == ReplyKind::ok ? "ok" : reply.kind == ReplyKind::refused ? "refused" : "error";
    lo_send_from(from, server, LO_TT_IMMEDIATE, "/atelier/reply", "ss", kind, reply.text.c_str());
    const auto [timer, speaker] = self->hooks_.timer_and_speaker();
    lo_send_from(from, server, LO_TT_IMMEDIATE, "/atelier/state", "ss", timer.c_str(), speaker.c_str());
    return 0;
}

}  // namespace atelier::platform
