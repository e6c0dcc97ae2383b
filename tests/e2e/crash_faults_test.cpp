// The crash soak with faults: lives of the real app as an ordinary user,
// most ended by SIGKILL at a random moment, some with state.json made
// unreadable before the start, some with the disk filled before the exit.
// After each life: what is on disk is a state the facilitator reached,
// an unreadable state.json was never written over, and every change a life
// could not save is in the recovery file its exit or the next start names.
//
// Root only (a tmpfs that fills, another user for whom mode 000 means
// something); scripts/crash-soak.sh runs 200 lives, the suite 24.
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include "core/config_set.hpp"
#include "core/reducer.hpp"
#include "driver.hpp"

using namespace atelier;
using namespace atelier::e2e;
namespace fs = std::filesystem;

namespace {

constexpr int kNobodyId = 65534;

struct Shape {
    int step;
    bool finished, blanked, started, paused;
    size_t rounds;
    int position;
    bool operator==(const Shape&) const = default;
};

Shape shape_of(const Session& s) {
    const StepRecord& r = current_record(s);
    return {s.step, s.finished, s.blanked, r.timer.started, r.timer.paused, r.turns.rounds.size(), r.turns.position};
}

std::optional<Session> session_in(const std::string& file) {
    const auto p = parse_state(read_bytes(file), file);
    if (!p.ok()) return std::nullopt;
    return p.value->session;
}

struct Verb {
    const char* name;
    Command command;
};
const Verb kVerbs[] = {{"next", cmd::Next{}}, {"previous", cmd::Previous{}}, {"toggle-timer", cmd::StartPause{}}, {"blank", cmd::ToggleBlank{}}};
const char* kKeys[] = {"Next", "Prior", "F5", "period"};

int64_t wall_now() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

// A tmpfs of nobody's for the state: a disk that fills.
struct SmallDisk {
    std::string dir;
    bool mounted = false;
    explicit SmallDisk(const std::string& at) : dir(at) {
        fs::create_directories(dir);
        const std::string options = "size=512k,mode=0700,uid=" + std::to_string(kNobodyId) + ",gid=" + std::to_string(kNobodyId);
        mounted = ::mount("tmpfs", dir.c_str(), "tmpfs", 0, options.c_str()) == 0;
    }
    ~SmallDisk() {
        if (mounted) ::umount2(dir.c_str(), MNT_DETACH);
    }
};

void fill(const std::string& dir) {
    std::ofstream out(dir + "/filler", std::ios::binary);
    const std::string block(4096, 'x');
    for (int i = 0; i < 1000 && out; ++i) out.write(block.data(), static_cast<std::streamsize>(block.size())), out.flush();
}

// Recovery files (of this life and, renamed NAME-STAMP by the start that offered them, of earlier ones).
std::vector<std::string> recovery_files(const std::string& base) {
    std::vector<std::string> out;
    for (const std::string& dir : {base + "/disk/state", base + "/cache/atelier", base + "/run/atelier"}) {
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(dir, ec))
            if (e.path().filename().string().find("recovery") != std::string::npos) out.push_back(e.path().string());
    }
    return out;
}

// A recovery file an earlier start found and offered: renamed NAME-YYYYmmdd-HHMMSS.
bool offered_before(const std::string& f) {
    return f.size() > 16 && f[f.size() - 16] == '-' && std::isdigit(static_cast<unsigned char>(f.back()));
}

int lives() {
    const char* n = std::getenv("ATELIER_CRASH_KILLS");
    return n && std::atoi(n) > 0 ? std::atoi(n) : 24;
}

}  // namespace

TEST_CASE("crash faults: killed, started on an unreadable state, or stopped on a full disk, life after life: nothing is lost") {
    if (::geteuid() != 0 || run_code("command -v setpriv >/dev/null").code != 0) {
        MESSAGE("not root or no setpriv: the faults need a tmpfs and another user; skipped");
        return;
    }
    const std::string base = make_temp_dir("crash-faults");
    ::chmod(base.c_str(), 0755);
    SmallDisk disk(base + "/disk");
    REQUIRE(disk.mounted);
    for (const char* d : {"/cache", "/run", "/config"}) {
        fs::create_directories(base + d);
        ::chown((base + d).c_str(), kNobodyId, kNobodyId);
        ::chmod((base + d).c_str(), 0700);
    }
    const std::string dir = disk.dir + "/state", state = dir + "/state.json";
    const std::string prefix = "setpriv --reuid=65534 --regid=65534 --clear-groups env XDG_CACHE_HOME=" + base + "/cache XDG_RUNTIME_DIR=" + base + "/run";
    std::ofstream(base + "/config/settings.json") << "{\"step_guard_ms\": 0}";
    ::chown((base + "/config/settings.json").c_str(), kNobodyId, kNobodyId);

    std::mt19937 rng(20261206);
    Session model = sample_session(load_config({}, "/nowhere"));
    model.rules.step_guard_ms = 0;
    std::vector<Shape> reachable = {shape_of(model)};
    int kills = 0, unreadable = 0, full = 0, lost = 0, offers_checked = 0;
    bool offer_due = false;
    const int total = lives();
    for (int life = 0; life < total; ++life) {
        CAPTURE(life);
        const auto fault = life < 2 ? 2 : rng() % 10;  // the first lives run normally, to save a state and a backup
        const bool make_unreadable = fault == 0 && fs::exists(state), fill_at_exit = fault == 1;
        const std::string before = read_bytes(state);
        if (make_unreadable) ::chmod(state.c_str(), 0);
        const size_t to_offer = recovery_files(base).size();
        Atelier app(dir, "", base + "/config");
        app.as_other_user(prefix);
        REQUIRE(app.start());
        if (offer_due) {
            // The last life's unsaved changes are offered back, then set aside.
            CHECK(app.wait_live("offers", std::to_string(to_offer)));
            ++offers_checked;
            // Set aside as a facilitator would (those the start renamed, not this life's own).
            for (const std::string& f : recovery_files(base))
                if (offered_before(f)) fs::remove(f);
            offer_due = false;
        }
        if (const auto saved = session_in(state); saved && !make_unreadable) {
            // On disk after the last life: a state the facilitator reached.
            const bool found = std::find(reachable.begin(), reachable.end(), shape_of(*saved)) != reachable.end();
            CHECK(found);
            lost += found ? 0 : 1;
            model = *saved;
        } else if (make_unreadable) {
            // The wall runs on the backup: the model too.
            CHECK(app.live("saving").rfind("blocked", 0) == 0);
            model = session_in(state + ".bak").value_or(sample_session(load_config({}, "/nowhere")));
        }
        model.rules.step_guard_ms = 0;
        reachable = {shape_of(model)};
        if (make_unreadable || fill_at_exit) {
            // Commands that answer once applied: the exact last state is known.
            if (fill_at_exit) fill(disk.dir);
            for (int k = 1 + static_cast<int>(rng() % 4); k > 0; --k) {
                const Verb& v = kVerbs[rng() % std::size(kVerbs)];
                REQUIRE(app.send({v.name}).code == 0);
                model = reduce(model, v.command, wall_now()).session;
            }
            std::string kept;
            if (fill_at_exit) {
                ::kill(app.pid(), SIGTERM);
                CHECK(app.wait_exit(kWaitMs) == 3);  // not saved: said, and where it went
                const std::string err = app.stderr_text();
                const auto at = err.rfind("it is kept in ");
                REQUIRE(at != std::string::npos);
                kept = err.substr(at + 14, err.find(' ', at + 14) - at - 14);
                fs::remove(disk.dir + "/filler");
                ++full;
            } else {
                app.kill9();
                CHECK(read_bytes(state) == before);  // never written over
                ::chmod(state.c_str(), 0600);
                for (const std::string& f : recovery_files(base))
                    if (!offered_before(f)) kept = f;
                REQUIRE_FALSE(kept.empty());
                ++unreadable;
            }
            const auto recovered = session_in(kept);
            const bool whole = recovered && shape_of(*recovered) == shape_of(model);
            CHECK(whole);
            lost += whole ? 0 : 1;
            offer_due = true;
            // What the next start finds on disk: the state before this life, or its last save.
            if (const auto saved = session_in(state)) reachable.push_back(shape_of(*saved));
            continue;
        }
        for (int k = 1 + static_cast<int>(rng() % 6); k > 0; --k) {
            const size_t which = rng() % std::size(kKeys);
            app.key(kKeys[which]);
            const Outcome out = reduce(model, kVerbs[which].command, wall_now());
            model = out.session;
            if (out.changed) reachable.push_back(shape_of(model));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(rng() % 120));
        app.kill9();
        ++kills;
    }
    CHECK(lost == 0);
    MESSAGE("crash soak with faults: " << total << " lives: " << kills << " killed, " << unreadable << " on an unreadable state.json, "
                                       << full << " stopped on a full disk; " << offers_checked << " recoveries offered back; " << lost
                                       << " lost");
}
