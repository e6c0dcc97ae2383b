#pragma once
// Where the atelier lives on disk: state.json and its backup in the state
// directory, written after every command that changes the session. The
// folder and its files are readable by their owner only.
//
// Nothing is ever lost without a word:
// - a state.json that does not exist means a first start; one that exists but
//   cannot be read (permission, I/O error) is never written over, nor its
//   backup: the wall runs on the backup or the sample, says so, and every
//   change goes to a recovery file instead;
// - a save that fails (a full disk, a read-only folder) is retried, and the
//   session is written to a recovery file at once, beside the state or in
//   the user's cache or runtime folder;
// - at exit the save is attempted whatever the retry schedule; when it fails,
//   the recovery file holds the last change and the exit says where;
// - the next start offers what a recovery file holds (and a state.json that
//   became readable again) back to the facilitator.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/config_error.hpp"
#include "core/config_set.hpp"
#include "core/i18n.hpp"
#include "core/session.hpp"
#include "core/state_io.hpp"

namespace atelier::platform {

// A saved atelier the facilitator may go back to: the console offers it.
struct Offer {
    enum class Kind {
        recovery,        // the last changes of a run that could not save them
        readable_again,  // state.json, unreadable at start, can be read now
    } kind = Kind::recovery;
    SavedState state;
    std::string path;
};

struct Restored {
    Session session;
    int64_t saved_at = 0;
    SavedClock clock;  // the clocks when it was saved (the session clock resumes from them)
    bool has_notice = false;
    Word notice = Word::count;          // for the wall, when something was wrong
    std::vector<std::string> messages;  // for stderr and the console: which file, which field, what was done
    std::vector<Offer> offers;          // recovery files found
};

// What the exit's last save did.
struct ExitSave {
    bool saved = true;        // the state on disk holds the last change
    std::string recovery;     // when not saved: the file that holds it ("" when none could be written)
    std::string error;        // why saving failed
};

class StateStore {
public:
    explicit StateStore(std::string dir);
    // Where the clocks' readings saved beside the session come from (the shell's SessionClock).
    void set_clock(std::function<SavedClock()> clock) { clock_ = std::move(clock); }

    // Loads the saved atelier; on any problem, keeps the damaged file aside
    // (or, when it cannot be read at all, where it is), tries the backup,
    // then the sample. Never fails.
    Restored load(const ConfigSet& config, int64_t now);
    // The same, touching nothing (--status, --screenshot, export while the
    // wall runs): a damaged file stays where it is.
    Restored peek(const ConfigSet& config) const;

    // Saves; on failure keeps the session in memory, writes it to a recovery
    // file, and retries on the next call after a few seconds. Returns true
    // when state.json is current. `scrub`: the backup must not keep what was
    // just erased (forget-content).
    bool save(const Session& session, int64_t now, bool scrub = false);
    // At exit: saves now whatever the retry schedule; when that fails, the
    // recovery file holds the session.
    ExitSave save_at_exit(const Session& session, int64_t now);
    bool saving_failed() const { return !last_error_.empty(); }
    const std::string& last_error() const { return last_error_; }
    bool dirty() const { return dirty_; }
    // A newer Atelier wrote state.json: never overwrite it.
    bool read_only() const { return read_only_; }
    // state.json exists but cannot be read: never written over until the
    // facilitator chooses (see offers). `blocked_problem` says why.
    bool blocked() const { return blocked_; }
    FileProblem blocked_problem() const { return blocked_problem_; }
    // Called by the main loop: saves again what could not be saved, and looks
    // whether a blocked state.json became readable (then it is offered).
    void retry(int64_t now);

    // What may be offered back, oldest first.
    const std::vector<Offer>& offers() const { return offers_; }
    void add_offers(std::vector<Offer> offers);
    // The facilitator took offer `index` (its session was restored through a
    // command) or set it aside: either way it is offered no more. A recovery
    // file goes once its session is adopted; a state.json set aside is kept as
    // state.json.set-aside-STAMP.
    void offer_taken(size_t index);
    void offer_dismissed(size_t index, int64_t now);

    const std::string& dir() const { return dir_; }
    const std::string& path() const { return path_; }
    int64_t last_save_us() const { return last_save_us_; }
    // Where recovery files go, the first writable first.
    std::vector<std::string> recovery_paths() const;

private:
    Restored read(const ConfigSet& config, int64_t now, bool keep_aside) const;
    std::string write_recovery(const std::string& text);
    void remove_recovery();

    std::string dir_, path_, backup_;
    mutable bool read_only_ = false;
    mutable bool blocked_ = false;
    mutable FileProblem blocked_problem_ = FileProblem::none;
    bool dirty_ = false;
    bool pending_scrub_ = false;
    bool recovery_written_ = false;
    int64_t retry_at_ = 0;
    int64_t last_save_us_ = 0;
    std::string last_error_;
    std::string recovery_;  // the recovery file written last ("" when none)
    Session pending_;
    std::vector<Offer> offers_;
    std::function<SavedClock()> clock_;
};

}  // namespace atelier::platform
