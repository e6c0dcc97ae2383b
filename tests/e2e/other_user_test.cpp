// As an ordinary user (root reads any file, so permission cases run as
// "nobody", uid 65534, through setpriv from util-linux), and against another
// user's folders. The test's X server runs with -ac (any local user may
// draw), from CTest.
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/state_io.hpp"
#include "driver.hpp"

using namespace atelier;
using namespace atelier::e2e;
namespace fs = std::filesystem;

namespace {

constexpr int kNobody = 65534;

bool can_switch_user() { return ::geteuid() == 0 && run_code("command -v setpriv >/dev/null").code == 0; }

std::string as_nobody(const std::string& home_base) {
    return "setpriv --reuid=65534 --regid=65534 --clear-groups env XDG_CACHE_HOME=" + home_base + "/cache XDG_RUNTIME_DIR=" +
           home_base + "/run";
}

// A folder of nobody's (private, as the app makes its own).
std::string nobody_dir(const std::string& path) {
    fs::create_directories(path);
    ::chown(path.c_str(), kNobody, kNobody);
    ::chmod(path.c_str(), 0700);
    return path;
}

}  // namespace

TEST_CASE("other user: a state.json the user cannot read is never written over, nor its backup; the wall says so") {
    if (!can_switch_user()) {
        MESSAGE("not root or no setpriv: the permission case needs another user; skipped");
        return;
    }
    const std::string base = make_temp_dir("user-unreadable");
    ::chmod(base.c_str(), 0755);
    nobody_dir(base + "/cache");
    nobody_dir(base + "/run");
    const std::string dir = nobody_dir(base + "/state");
    const std::string config = nobody_dir(base + "/config");
    // A real atelier first: a request, a plan, a running timer.
    {
        Atelier app(dir, "", config);
        app.as_other_user(as_nobody(base));
        REQUIRE(app.start());
        REQUIRE(app.send({"toggle-timer"}).code == 0);
        REQUIRE(app.send({"set-request", "Mieux déléguer"}).code == 0);
        REQUIRE(app.send({"add-plan-item", "Parler à Paul"}).code == 0);
        REQUIRE(app.send({"next"}).code == 0);  // one more save: the backup holds the plan too
        REQUIRE(app.wait_for([](const Session& s) { return current_record(s).turns.position == 1; }));
        ::kill(app.pid(), SIGTERM);
        REQUIRE(app.wait_exit(kWaitMs) == 0);
    }
    const std::string state = read_bytes(dir + "/state.json"), backup = read_bytes(dir + "/state.json.bak");
    REQUIRE(state.find("Mieux déléguer") != std::string::npos);
    ::chmod((dir + "/state.json").c_str(), 0);
    Atelier app(dir, "", config);
    app.as_other_user(as_nobody(base));
    REQUIRE(app.start());
    CHECK(app.live("saving").rfind("blocked", 0) == 0);
    CHECK(app.stderr_text().find("state.json: permission denied") != std::string::npos);
    CHECK(app.send({"next"}).code == 0);  // each answered, applied in memory
    CHECK(app.send({"next"}).code == 0);
    CHECK(read_bytes(dir + "/state.json") == state);  // read as root: untouched
    CHECK(read_bytes(dir + "/state.json.bak") == backup);
    // Fixed: the saved atelier is offered back, not taken behind the facilitator's back.
    ::chmod((dir + "/state.json").c_str(), 0600);
    CHECK(app.wait_live("offers", "1"));
    CHECK(read_bytes(dir + "/state.json") == state);
}

TEST_CASE("other user: a runtime folder another user made first is refused; the wall runs and says atelier send will not work") {
    if (!can_switch_user()) {
        MESSAGE("not root or no setpriv; skipped");
        return;
    }
    const std::string base = make_temp_dir("user-runtime");
    ::chmod(base.c_str(), 0755);
    const std::string trap = "/tmp/atelier-65534";
    fs::remove_all(trap);
    fs::create_directories(trap);  // made by root, open to all: someone else's
    ::chmod(trap.c_str(), 0777);
    nobody_dir(base + "/cache");
    const std::string dir = nobody_dir(base + "/state"), config = nobody_dir(base + "/config");
    const std::string cmd = "setpriv --reuid=65534 --regid=65534 --clear-groups env -u XDG_RUNTIME_DIR XDG_CACHE_HOME=" + base +
                            "/cache " + binary_for_other_users() + " --windowed 640x360 --exit-after-frames 3 --state-dir " + dir + " --config-dir " +
                            config + " 2>&1";
    const Ran ran = run_code(cmd);
    CHECK(ran.code == 0);
    CHECK(ran.out.find("atelier send will not work: " + trap) != std::string::npos);
    CHECK(fs::is_empty(trap));  // nothing of nobody's went into it
    fs::remove_all(trap);
}

TEST_CASE("other user: with HOME and the XDG folders unset, the state goes to the user's home from the password database, never /tmp") {
    if (!can_switch_user()) {
        MESSAGE("not root or no setpriv; skipped");
        return;
    }
    fs::remove_all("/tmp/.local");
    const Ran ran = run_code("setpriv --reuid=65534 --regid=65534 --clear-groups env -u HOME -u XDG_STATE_HOME -u XDG_CONFIG_HOME "
                             "-u XDG_RUNTIME_DIR -u XDG_CACHE_HOME " + binary_for_other_users() +
                             " --windowed 640x360 --exit-after-frames 3 2>&1");
    CHECK_FALSE(fs::exists("/tmp/.local"));  // another user could have made it first and read what is written there
    // nobody's home in the password database is /nonexistent: the wall runs in memory and says where it could not save.
    CHECK(ran.out.find("/nonexistent/.local/state/atelier") != std::string::npos);
}

TEST_CASE("other user: atelier send never talks to a socket another user serves where its own would be") {
    if (!can_switch_user()) {
        MESSAGE("not root or no setpriv; skipped");
        return;
    }
    // Nobody's atelier listens in a runtime folder root's atelier send is pointed at
    // (as a /tmp/atelier-UID another user made first would be).
    const std::string base = make_temp_dir("user-socket");
    ::chmod(base.c_str(), 0755);
    nobody_dir(base + "/cache");
    const std::string run_dir = nobody_dir(base + "/run");
    const std::string dir = nobody_dir(base + "/state"), config = nobody_dir(base + "/config");
    Atelier app(dir, "", config);
    app.as_other_user(as_nobody(base));
    REQUIRE(app.start());
    const std::string before = app.saved_text();
    const Ran ran = run_code("env XDG_RUNTIME_DIR=" + run_dir + " " + std::string(ATELIER_BIN) + " send --state-dir " + dir +
                             " set-request 'Ce que je veux garder pour moi' 2>&1");
    CHECK(ran.code == 3);
    CHECK(ran.out.find("is served by another user (uid 65534)") != std::string::npos);
    CHECK(app.saved_text() == before);  // not a word of it reached the other user's atelier
    CHECK(app.stderr_text().find("garder pour moi") == std::string::npos);
}
