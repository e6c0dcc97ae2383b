#include "platform/chime_player.hpp"

#include <canberra.h>

#include <cstdio>

#include "platform/install_paths.hpp"

namespace atelier::platform {

namespace {
// A context with the application's name and id, opened; or the error code.
int open_context(ca_context** out) {
    *out = nullptr;
    ca_context* c = nullptr;
    int r = ca_context_create(&c);
    if (r != CA_SUCCESS) return r;
    ca_context_change_props(c, CA_PROP_APPLICATION_NAME, "Atelier", CA_PROP_APPLICATION_ID, kAppId, nullptr);
    r = ca_context_open(c);
    if (r != CA_SUCCESS) {
        ca_context_destroy(c);
        return r;
    }
    *out = c;
    return CA_SUCCESS;
}
}  // namespace

ChimePlayer::~ChimePlayer() {
    if (context_) ca_context_destroy(context_);  // stops a chime still playing: Atelier is quitting
}

bool ChimePlayer::open() {
    if (tried_) return context_ != nullptr;
    tried_ = true;
    const int r = open_context(&context_);
    if (r != CA_SUCCESS) message_ = std::string("no sound server: chimes are off (") + ca_strerror(r) + ")";
    return context_ != nullptr;
}

bool ChimePlayer::play(const Chime& chime) {
    if (!open()) return false;
    char volume[16];
    std::snprintf(volume, sizeof volume, "%.1f", chime.volume_db);
    ca_proplist* props = nullptr;
    if (ca_proplist_create(&props) != CA_SUCCESS) return false;
    ca_proplist_sets(props, CA_PROP_EVENT_ID, chime.sound);
    ca_proplist_sets(props, CA_PROP_EVENT_DESCRIPTION, event_name(chime.event));
    ca_proplist_sets(props, CA_PROP_CANBERRA_VOLUME, volume);
    ca_proplist_sets(props, CA_PROP_MEDIA_ROLE, "event");
    const int r = ca_context_play_full(context_, 0, props, nullptr, nullptr);
    ca_proplist_destroy(props);
    return r == CA_SUCCESS;
}

std::string ChimePlayer::take_message() {
    std::string m;
    m.swap(message_);
    return m;
}

std::string sound_problem() {
    ca_context* c = nullptr;
    const int r = open_context(&c);
    if (c) ca_context_destroy(c);
    return r == CA_SUCCESS ? std::string() : std::string("no sound server (") + ca_strerror(r) + ")";
}

}  // namespace atelier::platform
