#include "platform/state_store.hpp"
#include "core/config_set.hpp"
#include "core/i18n.hpp"

#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/reducer.hpp"
#include "core/state_io.hpp"
#include "platform/files.hpp"
#include "platform/one_shot.hpp"

using namespace atelier;
using namespace atelier::platform;
namespace fs = std::filesystem;

namespace {
std::string joined_messages(const atelier::platform::Restored& r) {
    std::string out;
    for (const std::string& m : r.messages) out += m + "\n";
    return out;
}

std::string fresh_dir(const char* name) {
    const fs::path dir = fs::temp_directory_path() / (std::string("atelier-store-") + name);
    fs::remove_all(dir);
    return dir.string();
}
}  // namespace

TEST_CASE("store: each save keeps the previous version as the backup") {
    const std::string dir = fresh_dir("backup");
    const ConfigSet config = load_config({}, "/nowhere");
    StateStore store(dir);
    Session s = sample_session(config);
    REQUIRE(store.save(s, 1000));
    s = reduce(s, cmd::JumpTo{2}, 2000).session;
    REQUIRE(store.save(s, 2000));
    const auto now_text = read_file(dir + "/state.json");
    const auto bak_text = read_file(dir + "/state.json.bak");
    REQUIRE(now_text);
    REQUIRE(bak_text);
    CHECK(parse_state(*now_text, "s").value->session.step == 2);
    CHECK(parse_state(*bak_text, "b").value->session.step == 0);
    CHECK_FALSE(exists(dir + "/state.json.tmp"));
}

TEST_CASE("store: a first start with nothing saved gives the sample atelier without a notice") {
    const std::string dir = fresh_dir("first");
    StateStore store(dir);
    const Restored r = store.load(load_config({}, "/nowhere"), 1000);
    CHECK_FALSE(r.has_notice);
    CHECK(r.session.group.participants.size() == 8);
    CHECK(r.messages.empty());
}

TEST_CASE("store: a failed save keeps the session and retries later") {
    const std::string dir = fresh_dir("fail");
    fs::create_directories(fs::path(dir).parent_path());
    std::ofstream(dir) << "a file where the folder should be";
    StateStore store(dir + "/state");
    const Session s = sample_session(load_config({}, "/nowhere"));
    CHECK_FALSE(store.save(s, 1000));
    CHECK(store.saving_failed());
    CHECK(store.dirty());
    fs::remove(dir);  // the disk comes back
    store.retry(2000);  // too early: waits 5 s between attempts
    CHECK(store.dirty());
    store.retry(7000);
    CHECK_FALSE(store.dirty());
    CHECK_FALSE(store.saving_failed());
    CHECK(exists(dir + "/state/state.json"));
    fs::remove_all(dir);
}

TEST_CASE("store: with state.json gone but its backup there, the backup loads and says so, rather than the sample") {
    const std::string dir = fresh_dir("only-backup");
    const ConfigSet config = load_config({}, "/nowhere");
    const Session at_step_2 = reduce(sample_session(config), cmd::JumpTo{2}, 2000).session;
    fs::create_directories(dir);
    std::ofstream(dir + "/state.json.bak") << state_to_json(at_step_2, 2000);
    StateStore store(dir);
    const Restored r = store.load(config, 3000);
    CHECK(r.session.step == 2);
    CHECK(r.has_notice);
    CHECK(joined_messages(r).find("state.json.bak: loaded instead") != std::string::npos);
}

TEST_CASE("store: a FIFO in place of state.json and a backup it cannot read: both go aside before a save could replace the backup") {
    const std::string dir = fresh_dir("fifo-and-big-backup");
    fs::create_directories(dir);
    REQUIRE(::mkfifo((dir + "/state.json").c_str(), 0600) == 0);
    std::ofstream(dir + "/state.json.bak").close();
    fs::resize_file(dir + "/state.json.bak", 5 << 20);  // over the 4 MiB limit: never read
    StateStore store(dir);
    const Restored r = store.load(load_config({}, "/nowhere"), 1000);
    CHECK(joined_messages(r).find("a FIFO") != std::string::npos);
    CHECK(joined_messages(r).find("state.json.bak: 5242880 bytes, over the limit") != std::string::npos);
    REQUIRE(store.save(r.session, 2000));
    REQUIRE(store.save(r.session, 3000));
    int kept_big = 0;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().rfind("state.json.bak.damaged-", 0) == 0 && fs::file_size(e.path()) == (5u << 20)) ++kept_big;
    CHECK(kept_big == 1);
}

TEST_CASE("store: a state folder the user made read-only stays so: saving says why it fails, never undoes the chmod") {
    const std::string dir = fresh_dir("chmod-500");
    fs::create_directories(dir);
    ::chmod(dir.c_str(), 0500);
    StateStore store(dir);
    const Session s = sample_session(load_config({}, "/nowhere"));
    store.save(s, 1000);  // root writes anyway; anyone else is told why not
    struct stat st {};
    REQUIRE(::stat(dir.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0500);
    if (::geteuid() != 0) CHECK(store.saving_failed());
    ::chmod(dir.c_str(), 0700);
}

TEST_CASE("store: a state folder other users may write into, or another user's, is refused before anything is written into it") {
    const ConfigSet config = load_config({}, "/nowhere");
    const Session s = sample_session(config);
    {
        const std::string dir = fresh_dir("group-writable");
        fs::create_directories(dir);
        ::chmod(dir.c_str(), 0770);
        StateStore store(dir);
        CHECK_FALSE(store.save(s, 1000));
        CHECK(store.last_error().find("can be written by other users") != std::string::npos);
        CHECK_FALSE(exists(dir + "/state.json"));
    }
    if (::geteuid() == 0) {
        const std::string dir = fresh_dir("foreign");
        fs::create_directories(dir);
        REQUIRE(::chown(dir.c_str(), 65534, 65534) == 0);
        StateStore store(dir);
        CHECK_FALSE(store.save(s, 1000));
        CHECK(store.last_error().find("belongs to another user (uid 65534)") != std::string::npos);
        CHECK_FALSE(exists(dir + "/state.json"));
    }
}

TEST_CASE("config: a config folder other users may write into is not read: the shipped keys and settings stand, and it says so") {
    const std::string dir = fresh_dir("config-open");
    fs::create_directories(dir);
    std::ofstream(dir + "/settings.json") << "{\"step_guard_ms\": 0}";
    ::chmod(dir.c_str(), 0777);
    const ConfigSet config = load_config_dir(dir);
    REQUIRE_FALSE(config.errors.empty());
    CHECK(config.errors.front().message().find(dir + ": can be written by other users") != std::string::npos);
    CHECK(config.settings.step_guard_ms == load_config({}, "/nowhere").settings.step_guard_ms);
    ::chmod(dir.c_str(), 0755);
    CHECK(load_config_dir(dir).settings.step_guard_ms == 0);
}
