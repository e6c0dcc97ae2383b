// Key-to-frame latency of whatever window fills the X display, measured from
// outside the app (nothing in the app changes for it):
//   press a key with XTest, then wait for the X server's DAMAGE event on that
//   window: the first frame drawn after the key. The time between is the
//   latency. Afterwards the window's content is compared with the one before
//   the key, to count the presses that really changed what is shown.
// Run it while the window shows nothing that moves by itself (a paused timer),
// or frames that are not the key's would count.
// Usage: atelier_key_probe [--prepare KEYSYM] [--samples N] KEYSYM [KEYSYM...]
//        atelier_key_probe --http PORT KEY [--samples N] VERB [VERB...]
//   --http: instead of a key, what a phone's button sends: POST /api/command
//   {"verb": VERB} to 127.0.0.1:PORT on one kept-alive connection, as a browser
//   does; the latency runs from the request's first byte to the wall's frame.
//   --prepare: a key pressed once first (F5 pauses the wall), then 2 s to settle.
//   KEYSYMs are pressed in turn (Next Prior: the speaker moves forth and back).
// Prints one line per press ("latency_ms changed|same|timeout") and a summary.
// XTest and DAMAGE are loaded at run time: only Xlib's headers are needed.
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <arpa/inet.h>
#include <dlfcn.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace {

using FakeKey = int (*)(Display*, unsigned int, Bool, unsigned long);
using DamageQuery = Bool (*)(Display*, int*, int*);
using DamageCreate = XID (*)(Display*, Drawable, int);
constexpr int kDamageReportRawRectangles = 0;

double now_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

// The largest viewable child of the root: the app's window (no window manager).
Window find_window(Display* dpy) {
    Window root = DefaultRootWindow(dpy), parent = 0, best = 0, *children = nullptr;
    unsigned int n = 0;
    long best_area = 0;
    if (!XQueryTree(dpy, root, &root, &parent, &children, &n)) return 0;
    for (unsigned int i = 0; i < n; ++i) {
        XWindowAttributes a;
        if (XGetWindowAttributes(dpy, children[i], &a) && a.map_state == IsViewable &&
            static_cast<long>(a.width) * a.height > best_area) {
            best_area = static_cast<long>(a.width) * a.height;
            best = children[i];
        }
    }
    if (children) XFree(children);
    return best;
}

std::vector<char> grab(Display* dpy, Window w) {
    XWindowAttributes a;
    XGetWindowAttributes(dpy, w, &a);
    XImage* img = XGetImage(dpy, w, 0, 0, a.width, a.height, AllPlanes, ZPixmap);
    if (!img) return {};
    std::vector<char> out(img->data, img->data + static_cast<size_t>(img->bytes_per_line) * img->height);
    XDestroyImage(img);
    return out;
}

// Waits up to timeout_ms for a damage event; returns when it came, or -1.
double wait_damage(Display* dpy, int damage_event, double timeout_ms) {
    const double end = now_ms() + timeout_ms;
    for (;;) {
        while (XPending(dpy)) {
            XEvent e;
            XNextEvent(dpy, &e);
            if (e.type == damage_event) return now_ms();
        }
        const double left = end - now_ms();
        if (left <= 0) return -1;
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(ConnectionNumber(dpy), &fds);
        timeval tv{static_cast<time_t>(left / 1000), static_cast<suseconds_t>(static_cast<long>(left * 1000) % 1000000)};
        select(ConnectionNumber(dpy) + 1, &fds, nullptr, nullptr, &tv);
    }
}

// Lets the window settle: returns once no frame came for quiet_ms.
void settle(Display* dpy, int damage_event, double quiet_ms) {
    while (wait_damage(dpy, damage_event, quiet_ms) >= 0) {
    }
}

// One HTTP/1.1 connection kept alive, as a phone's browser keeps it.
struct HttpButton {
    int port = 0;
    std::string key;
    int fd = -1;
    bool connect_now() {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        const int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(static_cast<uint16_t>(port));
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        return ::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
    }
    // Sends the request; the reply is read after the frame (the frame is what is measured).
    bool press(const std::string& verb) {
        if (fd < 0 && !connect_now()) return false;
        const std::string body = "{\"verb\": \"" + verb + "\"}";
        const std::string req = "POST /api/command HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) + "\r\nAuthorization: Bearer " + key +
                                "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
        return ::send(fd, req.data(), req.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(req.size());
    }
    // The reply's status line ("HTTP/1.1 200 OK"); reads the whole reply (Content-Length).
    std::string reply() {
        std::string in;
        char buf[4096];
        for (;;) {
            const size_t head = in.find("\r\n\r\n");
            if (head != std::string::npos) {
                const size_t cl = in.find("Content-Length: ");
                const size_t length = cl == std::string::npos ? 0 : std::strtoul(in.c_str() + cl + 16, nullptr, 10);
                if (in.size() >= head + 4 + length) break;
            }
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0) {
                ::close(fd);
                fd = -1;
                return "";
            }
            in.append(buf, static_cast<size_t>(n));
        }
        // The server ends a kept-alive connection after a few requests (cpp-httplib: 5), as a
        // browser is told: the next press opens a new one, which the browser would do too.
        if (in.find("Connection: close") != std::string::npos) {
            ::close(fd);
            fd = -1;
        }
        return in.substr(0, in.find("\r\n"));
    }
};

}  // namespace

int main(int argc, char** argv) {
    int samples = 20;
    std::string prepare;
    std::vector<std::string> keys;
    HttpButton http;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--samples") == 0 && i + 1 < argc) samples = std::atoi(argv[++i]);
        else if (std::strcmp(argv[i], "--http") == 0 && i + 2 < argc) http.port = std::atoi(argv[++i]), http.key = argv[++i];
        else if (std::strcmp(argv[i], "--prepare") == 0 && i + 1 < argc) prepare = argv[++i];
        else keys.emplace_back(argv[i]);
    }
    if (keys.empty()) keys = http.port ? std::vector<std::string>{"next", "previous"} : std::vector<std::string>{"Next", "Prior"};
    Display* dpy = XOpenDisplay(nullptr);
    if (!dpy) {
        std::fprintf(stderr, "key_probe: no X display\n");
        return 1;
    }
    void* xtst = dlopen("libXtst.so.6", RTLD_NOW);
    void* xdamage = dlopen("libXdamage.so.1", RTLD_NOW);
    if (!xtst || !xdamage) {
        std::fprintf(stderr, "key_probe: needs libXtst.so.6 and libXdamage.so.1 (libxtst6, libxdamage1)\n");
        return 1;
    }
    auto fake_key = reinterpret_cast<FakeKey>(dlsym(xtst, "XTestFakeKeyEvent"));
    auto damage_query = reinterpret_cast<DamageQuery>(dlsym(xdamage, "XDamageQueryExtension"));
    auto damage_create = reinterpret_cast<DamageCreate>(dlsym(xdamage, "XDamageCreate"));
    int damage_base = 0, damage_error = 0;
    if (!fake_key || !damage_query || !damage_create || !damage_query(dpy, &damage_base, &damage_error)) {
        std::fprintf(stderr, "key_probe: the X server lacks XTest or DAMAGE\n");
        return 1;
    }
    const int damage_event = damage_base + 0;  // XDamageNotify

    Window win = 0;
    for (int i = 0; i < 100 && !win; ++i, std::this_thread::sleep_for(std::chrono::milliseconds(100))) win = find_window(dpy);
    if (!win) {
        std::fprintf(stderr, "key_probe: no window on the display\n");
        return 1;
    }
    damage_create(dpy, win, kDamageReportRawRectangles);
    XSetInputFocus(dpy, win, RevertToPointerRoot, CurrentTime);
    XSync(dpy, False);

    auto press = [&](const std::string& name) {
        const KeySym sym = XStringToKeysym(name.c_str());
        const KeyCode code = sym == NoSymbol ? 0 : XKeysymToKeycode(dpy, sym);
        if (!code) {
            std::fprintf(stderr, "key_probe: unknown key %s\n", name.c_str());
            std::exit(1);
        }
        fake_key(dpy, code, True, 0);
        fake_key(dpy, code, False, 0);
        XFlush(dpy);
    };
    if (!prepare.empty()) {
        press(prepare);
        std::this_thread::sleep_for(std::chrono::milliseconds(2000));
    }
    settle(dpy, damage_event, 300);

    std::mt19937 rng(12345);
    std::uniform_int_distribution<int> pause_ms(150, 650);  // presses land at random points of the app's wait
    std::vector<double> lat;
    int changed = 0, timeouts = 0;
    for (int i = 0; i < samples; ++i) {
        const std::vector<char> before = grab(dpy, win);
        std::this_thread::sleep_for(std::chrono::milliseconds(pause_ms(rng)));
        settle(dpy, damage_event, 50);  // a frame that came while grabbing is not the key's
        const double t0 = now_ms();
        const std::string& what = keys[static_cast<size_t>(i) % keys.size()];
        if (!http.port) {
            press(what);
        } else if (!http.press(what)) {
            std::fprintf(stderr, "key_probe: cannot reach 127.0.0.1:%d\n", http.port);
            return 1;
        }
        const double t1 = wait_damage(dpy, damage_event, 2000);
        if (http.port) {
            const std::string status = http.reply();
            if (status.find(" 200 ") == std::string::npos) std::printf("key %d reply: %s\n", i, status.c_str());
        }
        if (t1 < 0) {
            ++timeouts;
            std::printf("key %d timeout\n", i);
            continue;
        }
        settle(dpy, damage_event, 150);
        const bool differs = grab(dpy, win) != before;
        changed += differs;
        lat.push_back(t1 - t0);
        std::printf("key %d %.2f %s\n", i, t1 - t0, differs ? "changed" : "same");
    }
    std::sort(lat.begin(), lat.end());
    if (lat.empty()) {
        std::printf("summary n=0 timeouts=%d\n", timeouts);
        return 1;
    }
    std::printf("summary n=%zu min=%.2f median=%.2f p95=%.2f max=%.2f changed=%d timeouts=%d\n", lat.size(), lat.front(),
                lat[lat.size() / 2], lat[std::min(lat.size() - 1, lat.size() * 95 / 100)], lat.back(), changed, timeouts);
    XCloseDisplay(dpy);
    return 0;
}
