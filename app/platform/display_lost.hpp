#pragma once
// The X server gone under a running wall (the session ended, the display
// crashed): Xlib then ends the process itself, from inside whatever call
// noticed. `last_words` runs first (the last save) and its result is the exit
// status. An empty function removes the handler.
#include <functional>

namespace atelier::platform {

void on_display_lost(std::function<int()> last_words);

}  // namespace atelier::platform
