#pragma once
// The console's unapplied typing, on disk beside the state (drafts.json,
// owner-only): a restart, a crash or a pulled cable loses no request half
// typed. Written at most twice a second while it changes, and at exit.
#include <cstdint>
#include <optional>
#include <string>

#include "core/console_drafts.hpp"

namespace atelier::platform {

class DraftStore {
public:
    explicit DraftStore(std::string state_dir) : path_(std::move(state_dir) + "/drafts.json") {}
    // What the last run left typed; a problem goes to `problem`, and the file
    // that could not be used is kept aside (drafts.json.damaged-STAMP) for
    // the next write not to replace it.
    std::optional<ConsoleDrafts> load(std::string& problem, int64_t now) const;
    // The console's drafts now: written when they changed and the last write is old enough.
    void keep(const ConsoleDrafts& drafts, int64_t now);
    // Writes what is pending, now (at exit).
    void flush();
    // When keep() would write next (the loop wakes for it), or -1.
    int64_t due() const { return pending_ ? written_at_ + kEveryMs : -1; }

private:
    static constexpr int64_t kEveryMs = 500;
    void write();
    std::string path_;
    ConsoleDrafts last_written_, current_;
    bool pending_ = false;
    int64_t written_at_ = 0;
};

}  // namespace atelier::platform
