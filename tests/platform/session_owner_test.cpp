#include "platform/session_owner.hpp"

#include <doctest/doctest.h>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/config_set.hpp"
#include "core/i18n.hpp"
#include "core/state_io.hpp"
#include "platform/files.hpp"

using namespace atelier;
using namespace atelier::platform;
namespace fs = std::filesystem;

// The one owner of the live session: what the wall and the console say when
// a command is refused or a file cannot be written, and that a change is
// saved at once.

namespace {

constexpr int64_t kT0 = 1'780'000'000'000;

std::string fresh_dir(const char* name) {
    const fs::path dir = fs::temp_directory_path() / (std::string("atelier-owner-") + std::to_string(::getpid()) + "-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir.string();
}

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// What the code under test writes to stderr while it runs.
class StderrCapture {
public:
    explicit StderrCapture(const std::string& path) : path_(path) {
        std::fflush(stderr);
        saved_ = ::dup(2);
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(fd, 2);
        ::close(fd);
    }
    std::string text() {
        std::fflush(stderr);
        return read_text(path_);
    }
    ~StderrCapture() {
        std::fflush(stderr);
        ::dup2(saved_, 2);
        ::close(saved_);
    }

private:
    std::string path_;
    int saved_ = -1;
};

size_t lines_with(const std::string& text, const std::string& what) {
    size_t n = 0;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) n += line.find(what) != std::string::npos;
    return n;
}

}  // namespace

TEST_CASE("owner: a refused command is logged with its reason in the room's language, shown on the wall, and redraws — nothing is saved") {
    const std::string dir = fresh_dir("refused");
    const ConfigSet config = load_config({}, "/nowhere");
    StateStore store(dir);
    GroupLibrary library(dir + "/groups");
    SessionOwner owner(store, library, true);
    owner.adopt(sample_session(config), kT0);
    const uint64_t before = owner.revision();
    const Outcome out = owner.apply(cmd::Confirm{}, kT0 + 1000);  // nothing to confirm
    REQUIRE(out.why == Why::nothing_pending);
    CHECK(owner.revision() > before);  // the windows draw the notice
    REQUIRE(owner.log().size() == 1);
    CHECK(owner.log().back().text == tr(Lang::fr, Why::nothing_pending));
    CHECK(owner.log().back().problem);
    CHECK(owner.log().back().at == kT0 + 1000);
    CHECK(owner.wall_notice(kT0 + 1500) == tr(Lang::fr, Why::nothing_pending));
    CHECK(owner.wall_notice(kT0 + 60'000).empty());  // the wall's notice goes after a few seconds
    CHECK_FALSE(fs::exists(dir + "/state.json"));
    // In English once the room reads English.
    owner.apply(cmd::SetLang{Lang::en}, kT0 + 2000);
    owner.apply(cmd::Confirm{}, kT0 + 3000);
    CHECK(owner.log().back().text == tr(Lang::en, Why::nothing_pending));
    fs::remove_all(dir);
}

TEST_CASE("owner: a change is saved at once, with its group in the library — a confirmation waiting is shown but not saved") {
    const std::string dir = fresh_dir("saved");
    const ConfigSet config = load_config({}, "/nowhere");
    StateStore store(dir);
    GroupLibrary library(dir + "/groups");
    SessionOwner owner(store, library, true);
    owner.adopt(sample_session(config), kT0);
    const std::string group_file = library.path_for(owner.session().group.name);
    CHECK(fs::exists(group_file));
    uint64_t revision = owner.revision();
    REQUIRE(owner.apply(cmd::JumpTo{2}, kT0 + 1000).changed);
    CHECK(owner.revision() > revision);
    const Parsed<SavedState> saved = parse_state(read_text(dir + "/state.json"), "state.json");
    REQUIRE(saved.ok());
    CHECK(saved.value->session == owner.session());
    CHECK(saved.value->saved_at == kT0 + 1000);
    // A late arrival changes the group: the library's file has them too.
    REQUIRE(owner.apply(cmd::AddParticipant{"Zoé Martin"}, kT0 + 2000).why == Why::ok);
    CHECK(read_text(group_file).find("Zoé Martin") != std::string::npos);
    CHECK(parse_state(read_text(dir + "/state.json"), "state.json").value->session.group.participants.back() == "Zoé Martin");
    // Ctrl+Q: the wall asks (a redraw), the file is not touched (a restart must not ask again).
    const std::string text = read_text(dir + "/state.json");
    revision = owner.revision();
    owner.apply(cmd::RequestQuit{}, kT0 + 3000);
    CHECK(owner.revision() > revision);
    CHECK(owner.session().pending == Pending::quit);
    CHECK(read_text(dir + "/state.json") == text);
    CHECK_FALSE(owner.quit_requested());
    owner.apply(cmd::Confirm{}, kT0 + 4000);
    CHECK(owner.quit_requested());
    fs::remove_all(dir);
}

TEST_CASE("owner: not saving (a read-only look), a change writes nothing") {
    const std::string dir = fresh_dir("not-saving");
    const ConfigSet config = load_config({}, "/nowhere");
    StateStore store(dir);
    GroupLibrary library(dir + "/groups");
    SessionOwner owner(store, library, false);
    owner.adopt(sample_session(config), kT0);
    REQUIRE(owner.apply(cmd::JumpTo{2}, kT0 + 1000).changed);
    CHECK(owner.session().step == 2);
    CHECK(fs::is_empty(dir));
    fs::remove_all(dir);
}

TEST_CASE("owner: the same notice again and again is one line with a count") {
    const std::string dir = fresh_dir("log");
    StateStore store(dir);
    GroupLibrary library(dir + "/groups");
    SessionOwner owner(store, library, false);
    for (int i = 0; i < 5; ++i) owner.notice("Pas avant deux secondes", 1000 + i, true);
    owner.notice("Enregistré", 2000, false);
    owner.notice("Pas avant deux secondes", 3000, true);
    REQUIRE(owner.log().size() == 3);
    CHECK(owner.log()[0].times == 5);
    CHECK(owner.log()[0].at == 1004);  // when it last happened
    CHECK(owner.log()[1].times == 1);
    CHECK_FALSE(owner.log()[1].problem);
    CHECK(owner.log()[2].times == 1);  // after something else, it starts a new line
    // The same refusal from the clicker, held down: one line too.
    const ConfigSet config = load_config({}, "/nowhere");
    owner.adopt(sample_session(config), 4000);
    for (int i = 0; i < 12; ++i) owner.apply(cmd::Confirm{}, 5000 + i);
    REQUIRE(owner.log().size() == 4);
    CHECK(owner.log()[3].times == 12);
    fs::remove_all(dir);
}

TEST_CASE("owner: a group the library cannot save is said once on stderr and is one line in the console, however many changes follow") {
    const std::string dir = fresh_dir("group-problem");
    const ConfigSet config = load_config({}, "/nowhere");
    std::ofstream(dir + "/not-a-folder") << "a file where the groups' folder should be";
    StateStore store(dir + "/state");
    GroupLibrary library(dir + "/not-a-folder/groups");
    SessionOwner owner(store, library, true);
    StderrCapture err(dir + "-stderr");
    owner.adopt(sample_session(config), kT0);
    for (int i = 1; i <= 5; ++i) REQUIRE(owner.apply(cmd::JumpTo{i}, kT0 + i * 1000).changed);
    const std::string said = err.text();
    CAPTURE(said);
    CHECK(lines_with(said, "atelier: groups:") == 1);
    size_t problem_lines = 0;
    for (const LogLine& line : owner.log()) {
        if (line.text.rfind("groups: ", 0) != 0) continue;
        ++problem_lines;
        CHECK(line.problem);
        CHECK(line.times == 6);  // at the start, then at each of the five changes
    }
    CHECK(problem_lines == 1);
    // The session itself was saved all along.
    CHECK(parse_state(read_text(dir + "/state/state.json"), "state.json").value->session.step == 5);
    fs::remove_all(dir);
    fs::remove(dir + "-stderr");
}

TEST_CASE("owner: a file problem's notice follows the language switched while it shows") {
    atelier::platform::StateStore store("/nonexistent-atelier-log");
    atelier::platform::GroupLibrary library("/nonexistent-atelier-log/groups");
    atelier::platform::SessionOwner owner(store, library, false);
    const atelier::ConfigSet config = atelier::load_config({}, "/nowhere");
    owner.adopt(atelier::new_session(config.sample_group.group, config.methods.front(), 0, "test"), 0);
    owner.notice(atelier::Word::notice_config_error, 1000, 20'000);
    const std::string french = owner.wall_notice(2000);
    CHECK_FALSE(french.empty());
    owner.apply(atelier::cmd::SetLang{atelier::Lang::en}, 3000);
    CHECK(owner.wall_notice(4000) == atelier::tr(atelier::Lang::en, atelier::Word::notice_config_error));
    CHECK(owner.wall_notice(4000) != french);
    CHECK(owner.wall_notice(30'000).empty());  // its time is up
}
