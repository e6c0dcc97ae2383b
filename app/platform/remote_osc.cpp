#include "platform/remote_osc.hpp"

#include <lo/lo.h>

#include <cstdio>

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
    lo_server_thread st = lo_server_thread_new_with_proto(service.c_str(), LO_UDP, nullptr);
    if (!st) return "cannot listen for OSC on UDP port " + service + " (in use?)";
    lo_server_thread_add_method(st, nullptr, nullptr, &handle, this);
    if (lo_server_thread_start(st) != 0) {
        lo_server_thread_free(st);
        return "cannot start the OSC thread";
    }
    thread_ = st;
    return "";
}

void OscDoor::stop() {
    if (!thread_) return;
    auto st = static_cast<lo_server_thread>(thread_);
    lo_server_thread_stop(st);
    lo_server_thread_free(st);
    thread_ = nullptr;
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
    const Parsed<std::vector<std::string>> words = decode_osc(path, args);
    if (!words.ok()) {
        reply.text = words.error.field + ": " + words.error.reason;
    } else if (!remote_verb_allowed((*words.value)[0])) {
        reply.text = "only for this machine's atelier send";
    } else if (const auto answered = self->hooks_.ask(*words.value)) {
        reply = *answered;
    } else {
        reply.text = "the atelier did not answer in time";
    }
    const lo_server server = lo_server_thread_get_server(static_cast<lo_server_thread>(self->thread_));
    const char* kind = reply.kind == ReplyKind::ok ? "ok" : reply.kind == ReplyKind::refused ? "refused" : "error";
    lo_send_from(from, server, LO_TT_IMMEDIATE, "/atelier/reply", "ss", kind, reply.text.c_str());
    const auto [timer, speaker] = self->hooks_.timer_and_speaker();
    lo_send_from(from, server, LO_TT_IMMEDIATE, "/atelier/state", "ss", timer.c_str(), speaker.c_str());
    return 0;
}

}  // namespace atelier::platform
