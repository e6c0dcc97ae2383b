#pragma once
// Where the atelier lives on disk: state.json and its backup in the state
// directory, written after every command that changes the session. The
// folder and its files are readable by their owner only.
#include <cstdint>
#include <string>
#include <vector>

#include "core/config_set.hpp"
#include "core/i18n.hpp"
#include "core/session.hpp"

namespace atelier::platform {

struct Restored {
    Session session;
    int64_t saved_at = 0;
    bool has_notice = false;
    Word notice = Word::count;          // for the wall, when something was wrong
    std::vector<std::string> messages;  // for stderr and the console: which file, which field, what was done
};

class StateStore {
public:
    explicit StateStore(std::string dir);

    // Loads the saved atelier; on any problem, keeps the damaged file aside,
    // tries the backup, then the sample. Never fails.
    Restored load(const ConfigSet& config, int64_t now);
    // The same, touching nothing (--status, --screenshot, export while the
    // wall runs): a damaged file stays where it is.
    Restored peek(const ConfigSet& config) const;

    // Saves; on failure keeps the session in memory and retries on the next
    // call after `retry_ms`. Returns true when the file on disk is current.
    // `scrub`: the backup must not keep what was just erased (forget-content).
    bool save(const Session& session, int64_t now, bool scrub = false);
    bool saving_failed() const { return !last_error_.empty(); }
    const std::string& last_error() const { return last_error_; }
    bool dirty() const { return dirty_; }
    bool read_only() const { return read_only_; }
    // Called by the main loop: saves again what could not be saved.
    void retry(int64_t now) {
        if (dirty_ && now >= retry_at_) save(Session(pending_), now, pending_scrub_);
    }
    const std::string& dir() const { return dir_; }
    const std::string& path() const { return path_; }
    int64_t last_save_us() const { return last_save_us_; }

private:
    Restored read(const ConfigSet& config, int64_t now, bool keep_aside) const;

    std::string dir_, path_, backup_;
    mutable bool read_only_ = false;  // a newer Atelier wrote the file: never overwrite it
    bool dirty_ = false;
    bool pending_scrub_ = false;
    int64_t retry_at_ = 0;
    int64_t last_save_us_ = 0;
    std::string last_error_;
    Session pending_;
};

}  // namespace atelier::platform
