// The real wall started with one input of the pathological corpus
// (tests/pathological) in place of every file it reads at once: state.json,
// a group's file, drafts.json, keys.json, settings.json, sample-group.json
// and a method. It starts, answers `atelier send`, names each file and what
// is wrong on stderr, and every byte the user had is still there after it.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/config_set.hpp"
#include "core/console_drafts.hpp"
#include "core/group_io.hpp"
#include "core/state_io.hpp"
#include "driver.hpp"
#include "pathological/corpus.hpp"
#include "platform/group_library.hpp"

using namespace atelier;
using namespace atelier::e2e;
namespace fs = std::filesystem;

namespace {

constexpr int kNobodyUid = 65534;

std::string shipped(const std::string& relative) {
    std::ifstream in(std::string(ATELIER_SOURCE_DIR) + "/config/" + relative, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

struct Place {
    std::string path, good;
    bool links_followed;  // the user's config files: a link there is followed
};

bool can_switch_user() { return ::geteuid() == 0 && run_code("command -v setpriv >/dev/null").code == 0; }

}  // namespace

TEST_CASE("pathological: the wall starts with every file it reads replaced by each pathological input, names each, and loses nothing") {
    const ConfigSet config = load_config({}, "/nowhere");
    const Session sample = sample_session(config);
    const GroupFile group{sample.group, sample.atelier_name, sample.method.id};
    ConsoleDrafts drafts;
    drafts.new_item = "Appeler Marc lundi";
    int n = 0;
    for (const pathological::Case& c : pathological::corpus()) {
        const std::string name = c.name;
        CAPTURE(name);
        const bool as_nobody = c.needs_ordinary_user && ::geteuid() == 0;
        if (as_nobody && !can_switch_user()) continue;
        const std::string base = make_temp_dir("pathological-" + std::to_string(++n));
        const std::string state = base + "/state", cfg = base + "/config";
        const std::vector<Place> places = {
            {state + "/state.json", state_to_json(sample, 1'780'000'000'000), false},
            {state + "/groups/" + platform::slug(group.group.name) + ".json", group_to_json(group), false},
            {state + "/drafts.json", drafts_to_json(drafts), false},
            {cfg + "/keys.json", shipped("keys.json"), true},
            {cfg + "/settings.json", shipped("settings.json"), true},
            {cfg + "/sample-group.json", shipped("sample-group.json"), true},
            {cfg + "/methods/codev-2h.json", shipped("methods/codev-2h.json"), true},
        };
        std::vector<std::string> bytes;
        for (const Place& p : places) {
            fs::create_directories(fs::path(p.path).parent_path());
            c.make(p.path, p.good);
            bytes.push_back(pathological::fingerprint(p.path));
        }
        Atelier app(state, "", cfg);
        if (as_nobody) {
            // Root reads mode 000: the case means something to an ordinary user only.
            ::chmod(base.c_str(), 0755);
            run("chown -R " + std::to_string(kNobodyUid) + ":" + std::to_string(kNobodyUid) + " '" + base + "'");
            for (const char* d : {"/cache", "/run"}) fs::create_directories(base + d), run("chown nobody '" + base + d + "'");
            app.as_other_user("setpriv --reuid=65534 --regid=65534 --clear-groups env XDG_CACHE_HOME=" + base + "/cache XDG_RUNTIME_DIR=" + base +
                           "/run");
        }
        REQUIRE(app.start());
        CHECK(app.send({"next"}).code == 0);  // the wall runs, on the sample atelier or what loaded
        CHECK(app.alive());
        const std::string err = app.stderr_text();
        for (const Place& p : places) {
            CAPTURE(p.path);
            const std::string expected = c.message(p.links_followed);
            if (expected.empty()) {
                CHECK(err.find(p.path) == std::string::npos);  // a BOM, CRLF: it loads without a word
                continue;
            }
            const size_t at = err.find(p.path + ": ");
            REQUIRE(at != std::string::npos);
            CHECK(err.find(expected, at) != std::string::npos);
        }
        app.kill9();
        // Nothing of the user's is lost (a file that loaded is Atelier's to write again).
        if (!c.not_a_file && c.message(false)[0] != 0) {
            for (size_t i = 0; i < places.size(); ++i) {
                CAPTURE(places[i].path);
                CHECK(pathological::kept(fs::path(places[i].path).parent_path().string(), fs::path(places[i].path).filename().string(), bytes[i]));
            }
        }
        std::error_code ec;
        fs::remove_all(base, ec);
    }
}
