#pragma once
// Plays the wall's chimes through libcanberra and the freedesktop sound
// theme (sound-theme-freedesktop), via PulseAudio (libcanberra-pulse) or ALSA.
// Without a sound server it plays nothing, quietly, and says so once.
#include <string>

#include "core/chime.hpp"

struct ca_context;

namespace atelier::platform {

class ChimePlayer {
public:
    ChimePlayer() = default;
    ~ChimePlayer();
    ChimePlayer(const ChimePlayer&) = delete;
    ChimePlayer& operator=(const ChimePlayer&) = delete;

    // Connects to the sound system, once; later calls return the first answer.
    // Only called when a chime is turned on: a room without chimes never
    // hears about sound.
    bool open();
    // Starts the chime and returns at once (libcanberra plays in the
    // background). False when there is no sound.
    bool play(const Chime& chime);
    // "no sound server: chimes are off" the first time after open() failed,
    // then "" : for the facilitator's console, not for the wall.
    std::string take_message();

private:
    ca_context* context_ = nullptr;
    bool tried_ = false;
    std::string message_;
};

// For `atelier --doctor`: can libcanberra open a context here? "" when it
// can, else why not.
std::string sound_problem();

}  // namespace atelier::platform
