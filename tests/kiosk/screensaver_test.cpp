// The screen stays awake while the wall shows an atelier: the X screensaver
// (checked with XScreenSaverQueryInfo, as the X server sees it) and a
// desktop's org.freedesktop.ScreenSaver (a stand-in service on a private bus).
#include "platform/screensaver.hpp"

#include <doctest/doctest.h>  // before Xlib, whose macros (Bool, True...) it would trip on
#include <signal.h>
#include <systemd/sd-bus.h>

#include <atomic>
#include <cstdlib>
#include <mutex>
#include <thread>

#include "e2e/driver.hpp"
#include "processes.hpp"

#include <X11/Xlib.h>
#include <X11/extensions/scrnsaver.h>

using namespace atelier;
using namespace atelier::platform;
using namespace atelier::kiosk_test;

namespace {

// The test's own X connection; the saver starts after 1 s without input.
struct Observer {
    Display* dpy = XOpenDisplay(nullptr);
    Observer() {
        if (dpy) {
            XSetScreenSaver(dpy, 1, 1, DontPreferBlanking, AllowExposures);
            XSync(dpy, False);
        }
    }
    ~Observer() {
        if (dpy) XCloseDisplay(dpy);
    }
    XScreenSaverInfo query() const {
        XScreenSaverInfo info{};
        XScreenSaverQueryInfo(dpy, DefaultRootWindow(dpy), &info);
        return info;
    }
    // The saver starts on its own when nobody holds it off.
    bool starts() const {
        XResetScreenSaver(dpy);
        XSync(dpy, False);
        return wait_until([&] { return query().state == ScreenSaverOn; }, 5000);
    }
    // Held off: after a reset, still off although idle past the 1 s timeout.
    // Retried from a fresh reset while the app may not have suspended it yet.
    bool held_off() const {
        return wait_until(
            [&] {
                XResetScreenSaver(dpy);
                XSync(dpy, False);
                bool off_long = false;
                wait_until(
                    [&] {
                        const XScreenSaverInfo i = query();
                        off_long = i.state == ScreenSaverOff && i.idle >= 1500;
                        return off_long || i.state == ScreenSaverOn;
                    },
                    4000);
                return off_long;
            },
            15'000);
    }
};

}  // namespace

TEST_CASE("screensaver: the inhibitor suspends the X screensaver while it lives, and releases it") {
    Observer x;
    REQUIRE(x.dpy);
    REQUIRE(x11_screensaver_extension(x.dpy));
    CHECK(x.starts());  // the rig: without us, it starts
    Display* app_dpy = XOpenDisplay(nullptr);
    {
        ScreensaverInhibitor inhibitor(app_dpy, "test");
        CHECK(inhibitor.x11_suspended());
        CHECK(x.held_off());
    }
    // Released while the app's connection stays open: not left to the X server.
    CHECK(x.starts());
    XCloseDisplay(app_dpy);
}

TEST_CASE("screensaver: the real wall, in a window, holds the screensaver off until it quits") {
    Observer x;
    REQUIRE(x.dpy);
    CHECK(x.starts());
    e2e::Atelier app(e2e::make_temp_dir("screensaver"));
    REQUIRE(app.start());
    CHECK(x.held_off());
    app.key("ctrl+q");
    app.key("Return");
    CHECK(app.wait_exit(10'000) == 0);
    CHECK(x.starts());
}

namespace {

// A stand-in for a desktop's org.freedesktop.ScreenSaver on a private bus.
struct FakeDesktop {
    std::string address;
    pid_t daemon = -1;
    std::mutex mutex;
    std::string inhibited_by, reason;
    uint32_t released = 0;
    std::atomic<bool> ready{false}, quit{false};
    std::thread thread;

    static int inhibit(sd_bus_message* m, void* self, sd_bus_error*) {
        auto* d = static_cast<FakeDesktop*>(self);
        const char *app = nullptr, *why = nullptr;
        sd_bus_message_read(m, "ss", &app, &why);
        std::lock_guard<std::mutex> lock(d->mutex);
        d->inhibited_by = app;
        d->reason = why;
        return sd_bus_reply_method_return(m, "u", 42u);
    }
    static int uninhibit(sd_bus_message* m, void* self, sd_bus_error*) {
        auto* d = static_cast<FakeDesktop*>(self);
        uint32_t cookie = 0;
        sd_bus_message_read(m, "u", &cookie);
        std::lock_guard<std::mutex> lock(d->mutex);
        d->released = cookie;
        return sd_bus_reply_method_return(m, "");
    }

    FakeDesktop() {
        const std::string out = e2e::run("dbus-daemon --session --fork --nopidfile --print-address=1 --print-pid=1");
        const size_t nl = out.find('\n');
        if (nl == std::string::npos) return;
        address = out.substr(0, nl);
        daemon = static_cast<pid_t>(std::atol(out.c_str() + nl + 1));
        ::setenv("DBUS_SESSION_BUS_ADDRESS", address.c_str(), 1);
    }
    void serve() {
        thread = std::thread([this] {
            static const sd_bus_vtable vtable[] = {
                SD_BUS_VTABLE_START(0),
                SD_BUS_METHOD("Inhibit", "ss", "u", &FakeDesktop::inhibit, SD_BUS_VTABLE_UNPRIVILEGED),
                SD_BUS_METHOD("UnInhibit", "u", "", &FakeDesktop::uninhibit, SD_BUS_VTABLE_UNPRIVILEGED),
                SD_BUS_VTABLE_END};
            sd_bus* bus = nullptr;
            sd_bus_slot* slot = nullptr;
            if (sd_bus_open_user(&bus) < 0) return;
            sd_bus_add_object_vtable(bus, &slot, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", vtable, this);
            if (sd_bus_request_name(bus, "org.freedesktop.ScreenSaver", 0) >= 0) ready = true;
            while (!quit) {
                if (sd_bus_process(bus, nullptr) > 0) continue;
                sd_bus_wait(bus, 50'000);
            }
            sd_bus_slot_unref(slot);
            sd_bus_flush_close_unref(bus);
        });
        wait_until([&] { return ready.load(); }, 5000);
    }
    ~FakeDesktop() {
        quit = true;
        if (thread.joinable()) thread.join();
        if (daemon > 0) ::kill(daemon, SIGTERM);
        ::unsetenv("DBUS_SESSION_BUS_ADDRESS");
    }
};

}  // namespace

TEST_CASE("screensaver: a desktop's org.freedesktop.ScreenSaver is asked to inhibit, and released with the same cookie") {
    FakeDesktop desktop;
    REQUIRE_FALSE(desktop.address.empty());
    // The bus without the service: nothing to ask, quietly.
    CHECK(dbus_screensaver_status() == "absent (no desktop asks for it)");
    {
        ScreensaverInhibitor none(nullptr, "no desktop yet");
        CHECK_FALSE(none.dbus_inhibited());
    }
    desktop.serve();
    REQUIRE(desktop.ready);
    CHECK(dbus_screensaver_status() == "present");
    {
        ScreensaverInhibitor inhibitor(nullptr, "An atelier is shown on the wall");
        CHECK(inhibitor.dbus_inhibited());
        std::lock_guard<std::mutex> lock(desktop.mutex);
        CHECK(desktop.inhibited_by == "Atelier");
        CHECK(desktop.reason == "An atelier is shown on the wall");
        CHECK(desktop.released == 0);
    }
    std::lock_guard<std::mutex> lock(desktop.mutex);
    CHECK(desktop.released == 42);
}

TEST_CASE("screensaver: no session bus at all is quiet and quick") {
    ::setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/atelier-bus", 1);
    CHECK(dbus_screensaver_status() == "no session bus");
    ScreensaverInhibitor inhibitor(nullptr, "test");
    CHECK_FALSE(inhibitor.dbus_inhibited());
    ::unsetenv("DBUS_SESSION_BUS_ADDRESS");
}
