// The remote service, end to end with the real clients that exist here
// (curl): off by default nothing listens; turned on, guessing, foreign Hosts,
// other sites, oversized and bad bodies are refused; a paired device and an
// API key drive the atelier through the same path as its keys.
#include <doctest/doctest.h>

#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/i18n.hpp"
#include "core/reducer.hpp"
#include "driver.hpp"

using namespace atelier;
using namespace atelier::e2e;
namespace fs = std::filesystem;

namespace {

// A port nobody listens on now (the kernel's choice), for this test's atelier.
int free_port(int type = SOCK_STREAM) {
    const int fd = ::socket(AF_INET, type, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
    const int port = ntohs(a.sin_port);
    ::close(fd);
    return port;
}

// The inodes of the sockets `pid` holds open.
std::set<std::string> socket_inodes(int pid) {
    std::set<std::string> out;
    for (const auto& e : fs::directory_iterator("/proc/" + std::to_string(pid) + "/fd")) {
        std::error_code ec;
        const std::string target = fs::read_symlink(e.path(), ec).string();
        if (target.rfind("socket:[", 0) == 0) out.insert(target.substr(8, target.size() - 9));
    }
    return out;
}

// The TCP sockets listening, and every UDP socket, among `inodes` (/proc/net: the kernel's own tables).
int network_listeners(const std::set<std::string>& inodes) {
    int found = 0;
    for (const char* table : {"/proc/net/tcp", "/proc/net/tcp6", "/proc/net/udp", "/proc/net/udp6"}) {
        std::ifstream in(table);
        std::string line;
        std::getline(in, line);  // the header
        const bool tcp = std::string(table).find("tcp") != std::string::npos;
        while (std::getline(in, line)) {
            std::istringstream f(line);
            std::string slot, local, remote, state, queues, timer, retr, uid, timeout, inode;
            f >> slot >> local >> remote >> state >> queues >> timer >> retr >> uid >> timeout >> inode;
            if (inodes.count(inode) && (!tcp || state == "0A")) ++found;
        }
    }
    return found;
}

struct Http {
    int code = 0;
    std::string body;
};
// curl with `args`; the status code and the body.
Http curl(const std::string& args) {
    const Ran ran = run_code("curl -s -m 20 -w '\\n%{http_code}' " + args);
    const auto nl = ran.out.rfind('\n');
    Http h;
    h.body = ran.out.substr(0, nl == std::string::npos ? 0 : nl);
    h.code = std::atoi(ran.out.substr(nl == std::string::npos ? 0 : nl + 1).c_str());
    return h;
}

// An OSC string: its bytes, a NUL, padded to four.
std::string osc_string(const std::string& s) {
    std::string out = s + '\0';
    while (out.size() % 4) out += '\0';
    return out;
}

// Sends /atelier/<verb> with no argument from a UDP socket of ours and returns
// the first reply's words ("/atelier/reply", "ok", text), or nothing before the deadline.
std::vector<std::string> osc_exchange(int port, const std::string& address) {
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    timeval tv{kWaitMs / 1000, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    to.sin_port = htons(static_cast<uint16_t>(port));
    const std::string packet = osc_string(address) + osc_string(",");
    ::sendto(fd, packet.data(), packet.size(), 0, reinterpret_cast<sockaddr*>(&to), sizeof to);
    char buf[2048];
    const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    ::close(fd);
    std::vector<std::string> words;
    for (ssize_t i = 0; i < n;) {
        const std::string word(buf + i);
        if (word.rfind(",", 0) != 0) words.push_back(word);
        i += static_cast<ssize_t>(osc_string(word).size());
    }
    return words;
}

// An atelier with the remote service on a free port.
struct RemoteAtelier {
    explicit RemoteAtelier(const std::string& name, bool osc = false)
        : dir(make_temp_dir(name)), port(free_port()), osc_port(osc ? free_port(SOCK_DGRAM) : 0) {
        fs::create_directories(dir + "-config");
        std::ofstream(dir + "-config/settings.json") << "{\"step_guard_ms\": 0, \"remote\": {\"enabled\": true, \"port\": " << port
                                                      << ", \"osc_port\": " << osc_port << "}}";
        app.emplace(dir);
    }
    std::string url(const std::string& path) const { return "'http://127.0.0.1:" + std::to_string(port) + path + "'"; }
    std::string dir;
    int port, osc_port;
    std::optional<Atelier> app;
};

}  // namespace

TEST_CASE("remote: off by default, the atelier holds no network socket, listening or not") {
    Atelier app(make_temp_dir("remote-off"));
    REQUIRE(app.start());
    const auto inodes = socket_inodes(app.pid());
    CHECK_FALSE(inodes.empty());  // the command socket (a Unix socket) is there: the check sees sockets
    CHECK(network_listeners(inodes) == 0);
    const Atelier::Sent sent = app.send({"remote"});
    CHECK(sent.code == 0);
    CHECK(sent.out.find("remote: off") != std::string::npos);
}

TEST_CASE("remote: keys, Hosts, Origins, bodies and PIN guesses refused; a paired phone and a key drive the atelier") {
    RemoteAtelier r("remote-on");
    Atelier& app = *r.app;
    REQUIRE(app.start());
    CHECK(network_listeners(socket_inodes(app.pid())) == 1);
    const Atelier::Sent info = app.send({"remote"});
    REQUIRE(info.code == 0);
    const std::string pin = line_of(info.out, "pin"), key = line_of(info.out, "api-key"), viewer = line_of(info.out, "viewer");
    REQUIRE(pin.size() == 6);
    REQUIRE(key.size() == 48);
    CHECK(line_of(info.out, "url").find(":" + std::to_string(r.port) + "/") != std::string::npos);
    // The secrets are the user's alone.
    struct stat st {};
    REQUIRE(::stat((r.dir + "/remote.json").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);

    SUBCASE("the API key: wrong is 401, right runs the verb through reduce; a refusal is 409 with the wall's words") {
        CHECK(curl(r.url("/api/toggle-timer?key=nope")).code == 401);
        CHECK(curl("-H 'Authorization: Bearer nope' " + r.url("/api/toggle-timer")).code == 401);
        CHECK(curl("-H 'Authorization: Bearer " + key + "' " + r.url("/api/toggle-timer")).code == 200);
        CHECK(app.wait_for([](const Session& s) { return is_running(current_record(s).timer); }));
        const Http refused = curl(r.url("/api/goto-step?key=" + key + "&arg=0"));  // already there (the sample opens on step 0)
        CHECK(refused.code == 409);
        CHECK(refused.body.find("\"refused\"") != std::string::npos);
        const Http unknown = curl(r.url("/api/fly?key=" + key));
        CHECK(unknown.code == 400);
        CHECK(unknown.body.find("commande inconnue") != std::string::npos);  // no Accept-Language: the room's (French)
        CHECK(curl(r.url("/api/remote?key=" + key)).code == 403);  // the secrets only through the local socket
        const Http state = curl(r.url("/api/state?key=" + key));
        CHECK(state.code == 200);
        CHECK(state.body.find("\"phase\": \"running\"") != std::string::npos);
        CHECK(state.body.find("\"request\"") == std::string::npos);  // content off by default
    }
    SUBCASE("answers in the client's language: its Accept-Language among the room's, else the wall's") {
        const std::string de = "-H 'Accept-Language: de-CH,de;q=0.9,en;q=0.8' ";
        const Http unknown = curl(de + r.url("/api/fly?key=" + key));
        CHECK(unknown.code == 400);
        CHECK(unknown.body.find("unbekannter Befehl") != std::string::npos);
        const Http refused = curl(de + r.url("/api/goto-step?key=" + key + "&arg=0"));
        CHECK(refused.code == 409);
        CHECK(refused.body.find(tr(Lang::de, Why::already_there)) != std::string::npos);
        CHECK(curl(de + r.url("/api/state")).body.find("Nicht gekoppelt") != std::string::npos);
        const Http typed = curl(de + "-H 'Authorization: Bearer " + key + "' -d '{\"verb\": \"next\", \"args\": [true]}' " + r.url("/api/command"));
        CHECK(typed.body.find("args[0]: falscher Typ") != std::string::npos);
        // The phone page comes with its words in the phone's language; Japanese is not spoken: the wall's.
        CHECK(curl("-H 'Accept-Language: es-ES' " + r.url("/phone")).body.find("\"floor\": \"Dar la palabra\"") != std::string::npos);
        CHECK(curl("-H 'Accept-Language: nl-BE' " + r.url("/view?t=x")).body.find("\"lost\": \"Verbinding verbroken") != std::string::npos);
        CHECK(curl("-H 'Accept-Language: ja' " + r.url("/phone")).body.find("\"floor\": \"Donner la parole\"") != std::string::npos);
    }
    SUBCASE("the timer as a Stream Deck key: a PNG of the asked size, with the key or a viewer link only") {
        const std::string png = r.dir + "-tile.png";
        CHECK(curl("-o '" + png + "' " + r.url("/api/timer.png?key=" + key)).code == 200);
        const std::string bytes = read_bytes(png);
        REQUIRE(bytes.size() > 24);
        CHECK(bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
        const auto be32 = [&](size_t at) {
            return (uint32_t(uint8_t(bytes[at])) << 24) | (uint32_t(uint8_t(bytes[at + 1])) << 16) | (uint32_t(uint8_t(bytes[at + 2])) << 8) | uint8_t(bytes[at + 3]);
        };
        CHECK(be32(16) == 72);  // IHDR: width, height
        CHECK(be32(20) == 72);
        CHECK(curl("-o '" + png + "' " + r.url("/api/timer.png?size=96&t=" + viewer.substr(viewer.find("t=") + 2))).code == 200);
        CHECK(read_bytes(png).size() > 24);
        CHECK(curl(r.url("/api/timer.png?size=5000&key=" + key)).code == 400);
        CHECK(curl(r.url("/api/timer.png?size=-1&key=" + key)).code == 400);
        CHECK(curl(r.url("/api/timer.png")).code == 401);
    }
    SUBCASE("a foreign Host is refused (DNS rebinding), a foreign Origin on a POST too") {
        CHECK(curl("-H 'Host: evil.example:" + std::to_string(r.port) + "' " + r.url("/api/state?key=" + key)).code == 403);
        CHECK(curl("-H 'Host: localhost:1' " + r.url("/api/state?key=" + key)).code == 403);
        CHECK(curl("-H 'Host: localhost:" + std::to_string(r.port) + "' " + r.url("/api/state?key=" + key)).code == 200);
        CHECK(curl("-H 'Origin: http://evil.example' -H 'Authorization: Bearer " + key + "' -d '{\"verb\":\"next\"}' " +
                   r.url("/api/command"))
                  .code == 403);
        const Http page = curl("-D - " + r.url("/phone"));
        CHECK(page.code == 200);
        CHECK(page.body.find("Access-Control-Allow-Origin") == std::string::npos);  // no CORS at all
    }
    SUBCASE("bad bodies: 400 with the reason; a 10 MB body is refused unread") {
        const std::string auth = "-H 'Authorization: Bearer " + key + "' ";
        const Http broken = curl(auth + "-d '{\"verb\": ' " + r.url("/api/command"));
        CHECK(broken.code == 400);
        const Http typed = curl(auth + "-d '{\"verb\": \"next\", \"args\": [true]}' " + r.url("/api/command"));
        CHECK(typed.code == 400);
        CHECK(typed.body.find("args[0]") != std::string::npos);
        const std::string big = r.dir + "-big";
        run_code("head -c 10000000 /dev/zero | tr '\\0' 'a' > '" + big + "'");
        CHECK(curl(auth + "--data-binary @'" + big + "' " + r.url("/api/command")).code == 413);
        CHECK(app.alive());
    }
    SUBCASE("pairing: the cookie drives the atelier by POST; a cookie alone on a GET changes nothing; guessing gets 429") {
        const std::string jar = r.dir + "-cookies";
        const Http paired = curl("-c '" + jar + "' -d '{\"pin\": \"" + pin + "\"}' " + r.url("/api/pair"));
        CHECK(paired.code == 200);
        CHECK(read_bytes(jar).find("#HttpOnly_127.0.0.1") != std::string::npos);
        CHECK(curl("-b '" + jar + "' " + r.url("/api/toggle-timer")).code == 401);
        CHECK(curl("-b '" + jar + "' -d '{\"verb\": \"toggle-timer\"}' " + r.url("/api/command")).code == 200);
        CHECK(app.wait_for([](const Session& s) { return is_running(current_record(s).timer); }));
        CHECK(curl("-b '" + jar + "' -d '{\"verb\": \"break\", \"args\": [\"15\"]}' " + r.url("/api/command")).code == 200);
        CHECK(app.wait_for([](const Session& s) { return s.room.break_until != 0 && current_record(s).timer.paused; }));
        // Twelve wrong PINs: five are told wrong, the rest (and then the right one) 429.
        const std::string wrong = pin == "000000" ? "111111" : "000000";
        int refused = 0, throttled = 0;
        for (int i = 0; i < 12; ++i) {
            const int code = curl("-d '{\"pin\": \"" + wrong + "\"}' " + r.url("/api/pair")).code;
            refused += code == 401, throttled += code == 429;
        }
        CHECK(refused == 5);
        CHECK(throttled == 7);
        CHECK(curl("-d '{\"pin\": \"" + pin + "\"}' " + r.url("/api/pair")).code == 429);
        // The paired phone goes on.
        CHECK(curl("-b '" + jar + "' " + r.url("/api/state")).code == 200);
    }
    SUBCASE("the viewer link reads the status pushed as events, and commands nothing") {
        const std::string t = viewer.substr(viewer.find("t=") + 2);
        CHECK(curl(r.url("/api/state?t=" + t)).code == 200);
        CHECK(curl("-d '{\"verb\": \"next\"}' " + r.url("/api/command?t=" + t)).code == 401);
        const Ran events = run_code("curl -s -N -m 2 " + r.url("/api/events?t=" + t));
        CHECK(events.out.find("data: { \"step\":") != std::string::npos);
        CHECK(curl(r.url("/api/events?t=wrong")).code == 401);
    }
}

TEST_CASE("remote: OSC drives the wall (oscsend), answers the sender, and refuses an address that is no verb") {
    RemoteAtelier r("remote-osc", true);
    Atelier& app = *r.app;
    REQUIRE(app.start());
    CHECK(run_code("oscsend localhost " + std::to_string(r.osc_port) + " /atelier/toggle-timer").code == 0);
    CHECK(app.wait_for([](const Session& s) { return is_running(current_record(s).timer); }));
    CHECK(run_code("oscsend localhost " + std::to_string(r.osc_port) + " /atelier/add-minute").code == 0);
    CHECK(app.wait_for([](const Session& s) { return current_record(s).timer.added_ms == 60'000; }));
    const std::vector<std::string> reply = osc_exchange(r.osc_port, "/atelier/previous");
    REQUIRE(reply.size() >= 3);
    CHECK(reply[0] == "/atelier/reply");
    CHECK(reply[1] == "refused");  // the first speaker of the first step: nothing before
    const std::vector<std::string> bad = osc_exchange(r.osc_port, "/lights/on");
    REQUIRE(bad.size() >= 2);
    CHECK(bad[1] == "error");
}

TEST_CASE("remote: with renew_each_atelier, a new atelier makes a new PIN, key and link and forgets every phone") {
    RemoteAtelier r("remote-renew");
    fs::create_directories(r.dir + "-config");
    std::ofstream(r.dir + "-config/settings.json") << "{\"step_guard_ms\": 0, \"remote\": {\"enabled\": true, \"port\": " << r.port
                                                   << ", \"osc_port\": 0, \"renew_each_atelier\": true}}";
    Atelier& app = *r.app;
    REQUIRE(app.start());
    const Atelier::Sent before = app.send({"remote"});
    const std::string pin = line_of(before.out, "pin"), key = line_of(before.out, "api-key");
    const std::string jar = r.dir + "-cookies";
    REQUIRE(curl("-c '" + jar + "' -d '{\"pin\": \"" + pin + "\"}' " + r.url("/api/pair")).code == 200);
    REQUIRE(curl("-b '" + jar + "' " + r.url("/api/state")).code == 200);
    // Changes in the atelier renew nothing; a new atelier does.
    CHECK(curl(r.url("/api/toggle-timer?key=" + key)).code == 200);
    CHECK(line_of(app.send({"remote"}).out, "api-key") == key);
    CHECK(app.send({"new-atelier", "next", "--replace"}).code == 0);
    // Renewed in the loop turn that applied it: before the next request is read.
    const std::string after = line_of(app.send({"remote"}).out, "api-key");
    CHECK(after != key);
    CHECK(after.size() == 48);
    CHECK(curl(r.url("/api/state?key=" + key)).code == 401);
    CHECK(curl("-b '" + jar + "' " + r.url("/api/state")).code == 401);
    CHECK(curl(r.url("/api/state?key=" + after)).code == 200);
    CHECK(line_of(app.send({"remote"}).out, "devices") == "0");
}
