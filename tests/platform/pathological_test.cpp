// Every file Atelier reads, fed every input of the pathological corpus
// (tests/pathological): a million '[', 50 MB, a sparse 4 GB, NUL bytes,
// Latin-1, a folder, a FIFO, a link to /dev/zero, mode 000... Each loader
// returns (no hang, no crash), names the file and what is wrong, and the
// user's bytes are still there afterwards, even after the next save.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>

#include "core/config_set.hpp"
#include "core/console_drafts.hpp"
#include "core/group_io.hpp"
#include "core/state_io.hpp"
#include "pathological/corpus.hpp"
#include "platform/draft_store.hpp"
#include "platform/files.hpp"
#include "platform/group_library.hpp"
#include "platform/one_shot.hpp"
#include "platform/state_store.hpp"

using namespace atelier;
using namespace atelier::platform;
namespace fs = std::filesystem;

namespace {

constexpr int64_t kNow = 1'780'000'000'000;

std::string fresh_dir(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("atelier-pathological-" + name);
    std::error_code ec;
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::add, ec);
    for (const auto& e : fs::recursive_directory_iterator(dir, ec)) fs::permissions(e.path(), fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(dir, ec);
    fs::create_directories(dir);
    fs::permissions(dir, fs::perms::owner_all);
    return dir.string();
}

std::string shipped(const std::string& relative) {
    std::ifstream in(std::string(ATELIER_SOURCE_DIR) + "/config/" + relative, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& l : lines) out += l + "\n";
    return out;
}

// One kind of file: where it goes in a folder, a valid one, and what reading
// it says. `read` returns every message about the file; `write_after` is
// what Atelier would write there next (the state's and the group's save).
struct Kind {
    const char* name;
    bool links_followed;
    std::string file;  // relative to the folder
    std::string good;
    std::function<std::string(const std::string& dir)> read;
    std::function<void(const std::string& dir)> write_after;
};

std::vector<Kind> kinds() {
    const ConfigSet config = load_config({}, "/nowhere");
    const Session sample = sample_session(config);
    const GroupFile group{sample.group, sample.atelier_name, sample.method.id};
    ConsoleDrafts drafts;
    drafts.new_item = "Appeler Marc lundi";
    const auto config_kind = [](const char* name, const std::string& file) {
        return Kind{name, true, file, shipped(file),
                    [](const std::string& dir) {
                        std::string out;
                        for (const ConfigError& e : load_config_dir(dir).errors) out += e.message() + "\n";
                        return out;
                    },
                    nullptr};
    };
    return {
        {"state", false, "state.json", state_to_json(sample, kNow),
         [config](const std::string& dir) { return joined(StateStore(dir).load(config, kNow).messages); },
         [sample](const std::string& dir) {
             StateStore store(dir);
             Restored r = store.load(load_config({}, "/nowhere"), kNow);
             store.save(r.session, kNow + 1000);
             store.save(r.session, kNow + 2000);  // a second save would replace the backup
         }},
        {"group", false, "groups/" + slug(group.group.name) + ".json", group_to_json(group),
         [](const std::string& dir) {
             std::vector<std::string> problems;
             GroupLibrary(dir + "/groups").list(problems, kNow);
             return joined(problems);
         },
         [group](const std::string& dir) { GroupLibrary(dir + "/groups").save(group, kNow); }},
        {"drafts", false, "drafts.json", drafts_to_json(drafts),
         [](const std::string& dir) {
             std::string problem;
             DraftStore(dir).load(problem, kNow);
             return problem;
         },
         [drafts](const std::string& dir) {
             DraftStore store(dir);
             std::string problem;
             store.load(problem, kNow);
             store.keep(drafts, kNow);
             store.flush();
         }},
        config_kind("keys", "keys.json"),
        config_kind("settings", "settings.json"),
        config_kind("sample group", "sample-group.json"),
        config_kind("method", "methods/codev-2h.json"),
    };
}

}  // namespace

TEST_CASE("pathological: every file kind reads every input of the corpus, names the file and what is wrong, and loses nothing") {
    const bool root = ::geteuid() == 0;
    for (const Kind& kind : kinds()) {
        REQUIRE_FALSE(kind.good.empty());
        for (const pathological::Case& c : pathological::corpus()) {
            const std::string kind_name = kind.name, case_name = c.name;
            CAPTURE(kind_name);
            CAPTURE(case_name);
            if (c.needs_ordinary_user && root) continue;  // root reads mode 000 (the e2e test runs it as nobody)
            const std::string dir = fresh_dir(std::string(kind.name) + "-" + c.name);
            const std::string path = dir + "/" + kind.file;
            fs::create_directories(fs::path(path).parent_path());
            c.make(path, kind.good);
            const std::string bytes = pathological::fingerprint(path);
            const std::string said = kind.read(dir);
            const std::string expected = c.message(kind.links_followed);
            if (!expected.empty()) {
                CHECK(said.find(path) != std::string::npos);  // the file is named
                CHECK(said.find(expected) != std::string::npos);
            } else {
                CHECK(said.empty());  // a BOM, CRLF: the file loads
            }
            if (kind.write_after) kind.write_after(dir);
            // What the user had is still there, at its name or kept aside under it (a file
            // that loaded is Atelier's to write again: its content lives on in what it wrote).
            if (!c.not_a_file && !expected.empty()) CHECK(pathological::kept(fs::path(path).parent_path().string(), fs::path(path).filename().string(), bytes));
            std::error_code ec;
            fs::remove_all(dir, ec);
        }
    }
}
