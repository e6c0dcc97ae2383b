#include "platform/request_desk.hpp"

#include <doctest/doctest.h>

#include <filesystem>

#include "core/i18n.hpp"
#include "platform/group_library.hpp"
#include "platform/pacer.hpp"
#include "platform/state_store.hpp"

using namespace atelier;
using namespace atelier::platform;

namespace {
constexpr int64_t kNow = 1'780'000'000'000;

struct Desk {
    ConfigSet config = load_config({}, "/nowhere");
    std::string dir = (std::filesystem::temp_directory_path() / "atelier-desk").string();
    StateStore store{dir};
    GroupLibrary library{dir + "/groups"};
    SessionOwner owner{store, library, false};
    int shown = 0;
    RequestDesk desk{owner, config, {[](int64_t now) { return "status at " + std::to_string(now); }, [this] { ++shown; }, nullptr, nullptr}};
    Desk() { owner.adopt(sample_session(config), kNow); }
};
}  // namespace

TEST_CASE("desk: a request is a command through the session's owner, refused with the words the wall gives") {
    Desk d;
    CHECK(d.desk.ask({"next"}, kNow).kind == ReplyKind::ok);
    CHECK(current_record(d.owner.session()).turns.position == 1);
    // Going to the step shown: the reducer refuses, and the desk says it in the wall's words.
    const Why why = reduce(d.owner.session(), cmd::JumpTo{0}, kNow).why;
    REQUIRE(why != Why::ok);
    const Reply refused = d.desk.ask({"goto-step", "0"}, kNow);
    CHECK(refused.kind == ReplyKind::refused);
    CHECK(refused.text == tr(d.owner.session().lang, why));
    CHECK(d.owner.log().back().text == refused.text);  // the console says it too
    CHECK(current_record(d.owner.session()).turns.position == 1);  // nothing else changed
}

TEST_CASE("desk: a remote client's request is answered in its own language, the room's words untouched") {
    Desk d;
    REQUIRE(d.owner.session().lang == Lang::fr);
    const Reply refused = d.desk.ask({"goto-step", "0"}, kNow, Lang::de);
    CHECK(refused.kind == ReplyKind::refused);
    CHECK(refused.text == tr(Lang::de, Why::already_there));
    CHECK(d.desk.ask({"dance"}, kNow, Lang::nl).text.find("onbekende opdracht") == 0);
    CHECK(d.owner.session().lang == Lang::fr);
}

TEST_CASE("desk: the status and show-console are answered by the shell — unknown verbs and bad lines say what is wrong") {
    Desk d;
    CHECK(d.desk.ask({"status"}, kNow + 5).text == "status at " + std::to_string(kNow + 5));
    CHECK(d.desk.ask({"show-console"}, kNow).kind == ReplyKind::ok);
    CHECK(d.shown == 1);
    const Reply unknown = d.desk.ask({"dance"}, kNow);
    CHECK(unknown.kind == ReplyKind::error);
    CHECK(unknown.text.find("dance") != std::string::npos);
    const Reply line = decode_reply(d.desk.answer_line("not json\n", kNow));
    CHECK(line.kind == ReplyKind::error);
    CHECK(line.text.rfind("request: ", 0) == 0);
    CHECK(decode_reply(d.desk.answer_line(encode_request({"next"}), kNow)).kind == ReplyKind::ok);
}

TEST_CASE("pacer: the next frame comes at the timer's next second, the clock's next minute, or sooner for a flash or a notice") {
    WakeReasons idle;
    CHECK(Pacer::next_change(60'000 * 10 + 200, idle) == 60'000 * 10 + 200 + 1000 + 1);  // at least once a second
    WakeReasons counting;
    counting.counting = true;
    counting.ms_to_next_second = 350;
    CHECK(Pacer::next_change(5'000, counting) == 5'000 + 350 + 1);
    WakeReasons flash = counting;
    flash.animating = true;
    CHECK(Pacer::next_change(5'000, flash) == 5'033);
    WakeReasons typed = idle;
    typed.drafts_due = 5'100;
    CHECK(Pacer::next_change(5'000, typed) == 5'000 + 100 + 1);
    Pacer p;
    CHECK(p.wall_due(1, 0));
    p.wall_drawn(1, 2'000);
    CHECK_FALSE(p.wall_due(1, 1'999));
    CHECK(p.wall_due(2, 1'999));  // the session changed
    CHECK(p.wall_due(1, 2'000));  // the next visible change
    p.input();
    CHECK(p.settle_frame());
    CHECK(p.settle_frame());
    CHECK_FALSE(p.settle_frame());
}
