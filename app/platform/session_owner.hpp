#pragma once
// The one owner of the live session: every command from keys, the clicker,
// the console and `atelier send` comes here, goes through `reduce`, and is
// saved. It also keeps what the wall and the console say about it (a refused
// command, a file problem, a save that failed).
#include <cstdint>
#include <deque>
#include <string>

#include "core/config_set.hpp"
#include "core/i18n.hpp"
#include "core/reducer.hpp"
#include "platform/group_library.hpp"
#include "platform/state_store.hpp"

namespace atelier::platform {

struct LogLine {
    int64_t at = 0;
    std::string text;
    bool problem = false;  // a refusal or a file problem, shown in the notice colour
    int times = 1;         // the same line again and again (a clicker held on a refused key) is one line
};

class SessionOwner {
public:
    SessionOwner(StateStore& store, GroupLibrary& library, bool saving);

    // Takes over a session restored or built at start (not a user's command).
    void adopt(Session session, int64_t now);
    const Session& session() const { return session_; }

    // Applies one command; returns its outcome (the console shows refusals).
    Outcome apply(const Command& command, int64_t now);
    // Saves again what could not be saved, every few seconds.
    void tick(int64_t now);

    // A short line for the wall (a refusal), until its time is up.
    std::string wall_notice(int64_t now) const;
    void notice(const std::string& text, int64_t now, bool problem, int64_t wall_ms = 0);
    // A notice the wall shows in its language of the moment (L switches it while it shows).
    void notice(Word word, int64_t now, int64_t wall_ms);
    const std::deque<LogLine>& log() const { return log_; }

    bool quit_requested() const { return quit_; }
    bool saving() const { return saving_; }
    const StateStore& store() const { return store_; }
    // Bumped on every change: windows redraw when it moves.
    uint64_t revision() const { return revision_; }
    // Bumped when a new atelier begins (NewAtelier applied), from any source.
    uint64_t ateliers_begun() const { return ateliers_begun_; }

private:
    void save_group(int64_t now);

    StateStore& store_;
    GroupLibrary& library_;
    bool saving_;
    Session session_;
    uint64_t ateliers_begun_ = 0;
    Group saved_group_;
    std::string last_group_error_;
    std::deque<LogLine> log_;
    std::string wall_notice_;
    Word wall_word_ = Word::count;  // when the notice is a Word: read in the session's language
    int64_t wall_notice_until_ = 0;
    bool quit_ = false;
    uint64_t revision_ = 1;
};

}  // namespace atelier::platform
