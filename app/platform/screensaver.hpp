#pragma once
// Keeps the room's screen awake while the wall shows an atelier.
//
// Two mechanisms, because no single one reaches every setup:
// - the X server's own screensaver (and the blanking of a bare X session or a
//   kiosk without a desktop): XScreenSaverSuspend, which the X server undoes
//   by itself if Atelier dies;
// - a desktop's idle manager (GNOME, KDE, Xfce...), which ignores the X
//   screensaver and listens to org.freedesktop.ScreenSaver.Inhibit on the
//   session bus. Held through our bus connection, so it too ends if we die.
// A missing X extension, session bus or service is normal (a kiosk has no
// desktop): each is skipped quietly.
#include <cstdint>
#include <memory>
#include <string>

struct sd_bus;

namespace atelier::platform {

class ScreensaverInhibitor {
public:
    // `x_display` is an Xlib Display*, or null (no X: D-Bus only).
    ScreensaverInhibitor(void* x_display, const std::string& reason);
    ~ScreensaverInhibitor();  // releases both
    ScreensaverInhibitor(const ScreensaverInhibitor&) = delete;
    ScreensaverInhibitor& operator=(const ScreensaverInhibitor&) = delete;

    bool x11_suspended() const { return x_display_ != nullptr; }
    bool dbus_inhibited() const { return bus_ != nullptr; }

private:
    void* x_display_ = nullptr;  // set only while suspended
    sd_bus* bus_ = nullptr;      // kept open while inhibited
    uint32_t cookie_ = 0;
};

// For `atelier --doctor`: what this machine offers.
bool x11_screensaver_extension(void* x_display);
// "present", "absent (no desktop asks for it)" or "no session bus".
std::string dbus_screensaver_status();

// The wall's inhibitor, on GLFW's X display (GLFW must be initialised).
std::unique_ptr<ScreensaverInhibitor> inhibit_screensaver_for_wall();
// GLFW's X display, or null (not X11, or GLFW not initialised).
void* glfw_x11_display();

}  // namespace atelier::platform
