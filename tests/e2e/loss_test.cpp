// Never lose a change: a full disk at exit, a lock's folder deleted under a
// running wall, links planted where the app writes, a flood of silent
// clients on the command socket. The real app, its files and its socket.
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>

#include "core/reducer.hpp"
#include "driver.hpp"
#include "platform/command_socket.hpp"

using namespace atelier;
using namespace atelier::e2e;
namespace fs = std::filesystem;

namespace {

void write(const std::string& path, const std::string& text) {
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

// Fills the file system of `dir` to the last byte.
void fill(const std::string& dir) {
    std::ofstream out(dir + "/filler", std::ios::binary);
    const std::string block(4096, 'x');
    for (int i = 0; i < 100'000 && out; ++i) out.write(block.data(), static_cast<std::streamsize>(block.size())), out.flush();
}

// A small tmpfs for the state: a disk that fills. Root only (as CI runs); elsewhere the test says so and stops.
struct SmallDisk {
    std::string dir;
    bool mounted = false;
    explicit SmallDisk(const std::string& at) : dir(at) {
        fs::create_directories(dir);
        mounted = ::mount("tmpfs", dir.c_str(), "tmpfs", 0, "size=256k,mode=0700") == 0;
    }
    ~SmallDisk() {
        if (mounted) ::umount2(dir.c_str(), MNT_DETACH);
    }
};

// The recovery and runtime folders of a test's app, so that nothing lands in the real home.
std::string private_env(const std::string& base) {
    fs::create_directories(base + "/cache");
    fs::create_directories(base + "/run");
    fs::permissions(base + "/run", fs::perms::owner_all, fs::perm_options::replace);
    return "env XDG_CACHE_HOME=" + base + "/cache XDG_RUNTIME_DIR=" + base + "/run";
}

std::string plan_in(const std::string& file) {
    const auto p = parse_state(read_bytes(file), file);
    return p.ok() && !p.value->session.content.plan.empty() ? p.value->session.content.plan.back() : "";
}

}  // namespace

TEST_CASE("loss: a change the disk had no room for is saved at exit once there is room, whatever the retry schedule") {
    const std::string base = make_temp_dir("loss-room");
    SmallDisk disk(base + "/disk");
    if (!disk.mounted) {
        MESSAGE("not root: no tmpfs to fill; skipped");
        return;
    }
    Atelier app(disk.dir + "/state", "", base + "/config");
    app.set_prefix(private_env(base));
    REQUIRE(app.start());
    CHECK(app.send({"add-plan-item", "A"}).code == 0);
    REQUIRE(app.wait_for([](const Session& s) { return !s.content.plan.empty(); }));
    fill(disk.dir);
    CHECK(app.send({"add-plan-item", "B"}).code == 0);  // accepted: kept in memory
    CHECK(app.live("saving").rfind("failing", 0) == 0);
    fs::remove(disk.dir + "/filler");  // room again, before the next retry is due
    ::kill(app.pid(), SIGTERM);
    CHECK(app.wait_exit(kWaitMs) == 0);
    CHECK(plan_in(disk.dir + "/state/state.json") == "B");
}

TEST_CASE("loss: with no room at exit the change goes to a recovery file, the exit says where, and the next start offers it") {
    const std::string base = make_temp_dir("loss-full");
    SmallDisk disk(base + "/disk");
    if (!disk.mounted) {
        MESSAGE("not root: no tmpfs to fill; skipped");
        return;
    }
    Atelier app(disk.dir + "/state", "", base + "/config");
    app.set_prefix(private_env(base));
    REQUIRE(app.start());
    CHECK(app.send({"add-plan-item", "A"}).code == 0);
    REQUIRE(app.wait_for([](const Session& s) { return !s.content.plan.empty(); }));
    fill(disk.dir);
    CHECK(app.send({"add-plan-item", "B"}).code == 0);
    ::kill(app.pid(), SIGTERM);
    CHECK(app.wait_exit(kWaitMs) == 3);  // not 0: the last change is not in state.json
    const std::string err = app.stderr_text();
    const auto at = err.find("it is kept in ");
    REQUIRE(at != std::string::npos);
    const std::string kept = err.substr(at + 14, err.find(' ', at + 14) - at - 14);
    CHECK(plan_in(kept) == "B");
    CHECK(plan_in(disk.dir + "/state/state.json") == "A");
    fs::remove(disk.dir + "/filler");
    Atelier next(disk.dir + "/state", "", base + "/config");
    next.set_prefix(private_env(base));
    REQUIRE(next.start());
    CHECK(next.wait_live("offers", "1"));  // the console offers it back
}

TEST_CASE("loss: the one-writer lock holds when the state folder is deleted under a running wall, which saves again") {
    const std::string dir = make_temp_dir("loss-lock");
    Atelier app(dir);
    REQUIRE(app.start());
    REQUIRE(app.send({"next"}).code == 0);
    REQUIRE(app.wait_for([](const Session& s) { return current_record(s).turns.position == 1; }));
    fs::remove_all(dir);
    Atelier second(dir);
    CHECK_FALSE(second.start());  // refused: the first one still holds the folder
    CHECK(second.stderr_text().find("already open in process " + std::to_string(app.pid())) != std::string::npos);
    REQUIRE(app.send({"next"}).code == 0);  // the first one writes its folder again
    CHECK(app.wait_for([](const Session& s) { return current_record(s).turns.position == 2; }));
}

TEST_CASE("loss: links planted at the lock, the backup and the state are never written through") {
    const std::string dir = make_temp_dir("loss-links");
    const std::string victim = dir + "-victim.txt";
    write(victim, "do not touch\n");
    fs::create_directories(dir);
    fs::create_symlink(victim, dir + "/atelier.lock");
    fs::create_symlink(victim, dir + "/state.json.bak");
    Atelier app(dir);
    REQUIRE(app.start());
    REQUIRE(app.send({"next"}).code == 0);
    REQUIRE(app.send({"next"}).code == 0);
    REQUIRE(app.wait_for([](const Session& s) { return current_record(s).turns.position == 2; }));
    CHECK(read_bytes(victim) == "do not touch\n");
    app.kill9();
    // The state itself a link: not followed, set aside, and the wall starts.
    fs::remove(dir + "/state.json");
    fs::create_symlink(victim, dir + "/state.json");
    Atelier again(dir);
    REQUIRE(again.start());
    REQUIRE(again.send({"next"}).code == 0);
    REQUIRE(again.wait_for([](const Session&) { return true; }));
    CHECK(read_bytes(victim) == "do not touch\n");
    CHECK(again.stderr_text().find("symbolic link") != std::string::npos);
    for (const auto& e : fs::directory_iterator(dir)) CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("loss: a hundred clients that connect and never write delay no atelier send") {
    const std::string dir = make_temp_dir("loss-silent");
    Atelier app(dir);
    REQUIRE(app.start());
    const std::string path = platform::socket_path(dir);
    std::vector<int> silent;
    for (int i = 0; i < 100; ++i) {
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s", path.c_str());
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) silent.push_back(fd);
        else ::close(fd);
    }
    CHECK(silent.size() == 100);
    std::vector<int64_t> ms;
    for (int i = 0; i < 10; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        const platform::Asked asked = platform::ask_atelier(dir, {"status"});
        ms.push_back(std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count());
        CHECK(asked.status == platform::Asked::Status::replied);
        CHECK(asked.reply.kind == ReplyKind::ok);
    }
    std::sort(ms.begin(), ms.end());
    MESSAGE("atelier send with 100 silent clients: median " << ms[5] << " ms, max " << ms.back() << " ms");
    // One silent client used to cost every send 3 s; a loaded machine may take a little, never that.
    CHECK(ms.back() < 1500);
    for (int fd : silent) ::close(fd);
}

TEST_CASE("loss: atelier send to a folder where no atelier runs says so, and --state-dir is honoured wherever it stands") {
    const std::string dir = make_temp_dir("loss-statedir");
    Atelier app(dir);
    REQUIRE(app.start());
    const std::string bin = ATELIER_BIN;
    CHECK(run_code(bin + " send --state-dir '" + dir + "' next 2>/dev/null").code == 0);
    CHECK(run_code(bin + " send next --state-dir '" + dir + "' 2>/dev/null").code == 0);
    CHECK(app.wait_for([](const Session& s) { return current_record(s).turns.position == 2; }));
    const Ran none = run_code(bin + " send --state-dir '" + dir + "-nowhere' next 2>&1");
    CHECK(none.code == 3);
    CHECK(none.out.find("no atelier is running for " + dir + "-nowhere") != std::string::npos);
}

TEST_CASE("loss: what a killed run was writing (NAME.tmp-XXXXXX, an older NAME.tmp) is removed at the next start, nothing else") {
    const std::string dir = make_temp_dir("loss-stale-tmp");
    {
        Atelier first(dir);
        REQUIRE(first.start());
        REQUIRE(first.send({"next"}).code == 0);
        first.kill9();
    }
    for (const char* name : {"state.json.tmp-PLANTD", "state.json.tmp", "groups/codev-managers-lyon.json.tmp-ABC123"}) write(dir + "/" + name, "{");
    write(dir + "/notes.tmpl", "mine");  // not Atelier's
    Atelier app(dir);
    REQUIRE(app.start());
    CHECK_FALSE(fs::exists(dir + "/state.json.tmp-PLANTD"));
    CHECK_FALSE(fs::exists(dir + "/state.json.tmp"));
    CHECK_FALSE(fs::exists(dir + "/groups/codev-managers-lyon.json.tmp-ABC123"));
    CHECK(read_bytes(dir + "/notes.tmpl") == "mine");
    CHECK(app.saved()->session.step == 0);
}
