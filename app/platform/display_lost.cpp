#include "platform/display_lost.hpp"

#include <X11/Xlib.h>

#include <cstdio>
#include <cstdlib>

namespace atelier::platform {

namespace {

// Xlib's handler is a plain C function with no user data: the one place
// that must hold the App's last words in a static.
std::function<int()>& last_words_slot() {
    static std::function<int()> slot;
    return slot;
}

int display_gone(Display*) {
    std::fprintf(stderr, "atelier: the display is gone; saving the atelier before closing\n");
    const int code = last_words_slot() ? last_words_slot()() : 0;
    // Xlib would exit(1) on return: the status says whether the last change reached the disk.
    std::_Exit(code == 0 ? 1 : code);
}

}  // namespace

void on_display_lost(std::function<int()> last_words) {
    last_words_slot() = std::move(last_words);
    XSetIOErrorHandler(last_words_slot() ? display_gone : nullptr);
}

}  // namespace atelier::platform
