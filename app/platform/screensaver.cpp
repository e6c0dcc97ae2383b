#include "platform/screensaver.hpp"

#include <X11/Xlib.h>
#include <X11/extensions/scrnsaver.h>
#include <systemd/sd-bus.h>

namespace atelier::platform {

namespace {
constexpr const char* kService = "org.freedesktop.ScreenSaver";
constexpr const char* kPath = "/org/freedesktop/ScreenSaver";
constexpr uint64_t kCallTimeoutUs = 2'000'000;  // a hung desktop must not hold up the wall

// The session bus, or null. Never blocks long: without a bus address or
// runtime dir it fails at once.
sd_bus* open_session_bus() {
    sd_bus* bus = nullptr;
    if (sd_bus_open_user(&bus) < 0) return nullptr;
    sd_bus_set_method_call_timeout(bus, kCallTimeoutUs);
    return bus;
}
}  // namespace

ScreensaverInhibitor::ScreensaverInhibitor(void* x_display, const std::string& reason) {
    if (x_display && x11_screensaver_extension(x_display)) {
        auto* dpy = static_cast<Display*>(x_display);
        XScreenSaverSuspend(dpy, True);
        XFlush(dpy);
        x_display_ = x_display;
    }
    if (sd_bus* bus = open_session_bus()) {
        sd_bus_error error = SD_BUS_ERROR_NULL;
        sd_bus_message* reply = nullptr;
        const int r = sd_bus_call_method(bus, kService, kPath, kService, "Inhibit", &error, &reply, "ss", "Atelier",
                                         reason.c_str());
        if (r >= 0 && sd_bus_message_read(reply, "u", &cookie_) >= 0) bus_ = bus;
        else sd_bus_unref(bus);  // ServiceUnknown: no desktop to ask
        sd_bus_message_unref(reply);
        sd_bus_error_free(&error);
    }
}

ScreensaverInhibitor::~ScreensaverInhibitor() {
    if (x_display_) {
        auto* dpy = static_cast<Display*>(x_display_);
        XScreenSaverSuspend(dpy, False);
        XFlush(dpy);
    }
    if (bus_) {
        sd_bus_error error = SD_BUS_ERROR_NULL;
        sd_bus_call_method(bus_, kService, kPath, kService, "UnInhibit", &error, nullptr, "u", cookie_);
        sd_bus_error_free(&error);
        sd_bus_flush_close_unref(bus_);
    }
}

bool x11_screensaver_extension(void* x_display) {
    int event_base = 0, error_base = 0;
    return x_display && XScreenSaverQueryExtension(static_cast<Display*>(x_display), &event_base, &error_base);
}

std::string dbus_screensaver_status() {
    sd_bus* bus = open_session_bus();
    if (!bus) return "no session bus";
    sd_bus_error error = SD_BUS_ERROR_NULL;
    sd_bus_message* reply = nullptr;
    int owned = 0;
    const int r = sd_bus_call_method(bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                     "NameHasOwner", &error, &reply, "s", kService);
    if (r >= 0) sd_bus_message_read(reply, "b", &owned);
    sd_bus_message_unref(reply);
    sd_bus_error_free(&error);
    sd_bus_flush_close_unref(bus);
    if (r < 0) return "no session bus";
    return owned ? "present" : "absent (no desktop asks for it)";
}

}  // namespace atelier::platform
