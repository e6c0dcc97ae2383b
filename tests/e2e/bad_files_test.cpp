// Bad input never crashes and never loses data: damaged state files are kept
// aside, the backup or the sample is loaded, the wall says so, stderr names
// the file and the cause.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/reducer.hpp"
#include "driver.hpp"

using namespace atelier;
using namespace atelier::e2e;
namespace fs = std::filesystem;

namespace {

void write(const std::string& path, const std::string& text) {
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

int count_damaged(const std::string& dir) {
    int n = 0;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().find("state.json.damaged-") == 0) ++n;
    return n;
}

// Runs the app on `dir` until it has saved twice, so a backup exists.
void play_two_steps(const std::string& dir) {
    Atelier app(dir);
    REQUIRE(app.start());
    app.key("ctrl+1");
    REQUIRE(app.wait_for([](const Session& s) { return s.step == 1; }));
    app.key("ctrl+2");
    REQUIRE(app.wait_for([](const Session& s) { return s.step == 2; }));
    app.key("ctrl+q Return");
    REQUIRE(app.wait_exit(4000) == 0);
}

}  // namespace

TEST_CASE("files: a truncated, empty, non-JSON or wrong-typed state file is kept aside and the backup loads") {
    const std::string good_json = [] {
        const std::string dir = make_temp_dir("good");
        play_two_steps(dir);
        std::ifstream in(dir + "/state.json");
        return std::string(std::istreambuf_iterator<char>(in), {});
    }();
    REQUIRE_FALSE(good_json.empty());
    const std::pair<const char*, std::string> cases[] = {
        {"truncated", good_json.substr(0, good_json.size() / 2)},
        {"empty", ""},
        {"not-json", "this is not json"},
        {"wrong-type", [&] {
             std::string t = good_json;
             const auto at = t.find("\"step\": 2");
             return t.replace(at, 9, "\"step\": \"deux\"");
         }()},
    };
    for (const auto& [name, text] : cases) {
        CAPTURE(name);
        const std::string dir = make_temp_dir(std::string("bad-") + name);
        play_two_steps(dir);  // state.json at step 2, state.json.bak at step 1
        write(dir + "/state.json", text);
        Atelier app(dir);
        REQUIRE(app.start());
        CHECK(app.alive());
        CHECK(count_damaged(dir) == 1);  // kept, with a timestamp in its name
        CHECK(app.status("step") == "1");  // the backup
        const std::string err = app.stderr_text();
        CHECK(err.find(dir + "/state.json") != std::string::npos);
        CHECK(err.find("kept as") != std::string::npos);
    }
}

TEST_CASE("files: with no sound backup either, the sample atelier starts and the damaged file is kept") {
    const std::string dir = make_temp_dir("nobackup");
    write(dir + "/state.json", "{\"schema\": 1, \"saved_at\": ");
    Atelier app(dir);
    REQUIRE(app.start());
    CHECK(app.alive());
    CHECK(count_damaged(dir) == 1);
    CHECK(app.status("step") == "0");
    CHECK(app.stderr_text().find("sample") != std::string::npos);
}

TEST_CASE("files: a state written by a newer Atelier is refused and never overwritten") {
    const std::string dir = make_temp_dir("newer");
    const std::string newer = "{\"schema\": 99, \"saved_at\": 0, \"future\": true}";
    write(dir + "/state.json", newer);
    Atelier app(dir);
    REQUIRE(app.start());
    app.key("F5 Next");
    CHECK(app.alive());
    CHECK(app.saved_text() == newer);
    CHECK(app.stderr_text().find("newer Atelier") != std::string::npos);
}

TEST_CASE("files: broken config files are named with their field, and the others still load") {
    const std::string dir = make_temp_dir("config");
    write(dir + "-config/keys.json", "{\"next\": [\"Laser\"]}");
    write(dir + "-config/methods/mine.json", "{\"id\": \"mine\", \"name\": {\"fr\": \"M\"}, \"steps\": [{\"id\": \"a\"}]}");
    write(dir + "-config/settings.json", "{\"lang\": \"en\"}");
    Atelier app(dir);
    REQUIRE(app.start());
    const std::string err = app.stderr_text();
    CHECK(err.find("keys.json: next[0]: unknown key \"Laser\"") != std::string::npos);
    CHECK(err.find("mine.json: steps[0].name: missing") != std::string::npos);
    app.key("Next");  // the shipped keys work
    CHECK(app.wait_for([](const Session& s) { return current_record(s).turns.position == 1 && s.lang == Lang::en; }));
}

TEST_CASE("files: a state folder that cannot be written keeps the atelier running in memory, and says so") {
    const std::string dir = make_temp_dir("readonly");
    write(dir + "/blocker", "a file where the state folder should be");
    Atelier app(dir + "/blocker/state", "", dir + "/config");
    REQUIRE(app.start());
    app.key("F5 Next Next");
    CHECK(app.alive());
    CHECK(app.stderr_text().find("saving failed") != std::string::npos);
}
