#include "platform/state_store.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>

#include "core/state_io.hpp"
#include "platform/files.hpp"

namespace atelier::platform {

namespace {

std::string stamp(int64_t now) {
    const std::time_t t = static_cast<std::time_t>(now / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y%m%d-%H%M%S", &tm);
    return buf;
}

constexpr int64_t kRetryMs = 5000;

}  // namespace

StateStore::StateStore(std::string dir)
    : dir_(std::move(dir)), path_(dir_ + "/state.json"), backup_(dir_ + "/state.json.bak") {}

Restored StateStore::load(const ConfigSet& config, int64_t now) { return read(config, now, true); }

Restored StateStore::peek(const ConfigSet& config) const { return read(config, 0, false); }

Restored StateStore::read(const ConfigSet& config, int64_t now, bool keep_aside) const {
    Restored out;
    auto fallback_to_sample = [&] {
        out.session = sample_session(config);
        out.saved_at = 0;
    };
    const auto text = read_file(path_);
    if (!text) {
        fallback_to_sample();  // first start: nothing saved yet
        return out;
    }
    Parsed<SavedState> state = parse_state(*text, path_);
    if (state.ok()) {
        out.session = std::move(state.value->session);
        out.saved_at = state.value->saved_at;
        return out;
    }
    out.messages.push_back(state.error.message());
    out.has_notice = true;
    if (state.error.kind == ErrorKind::newer_schema) {
        // Leave it exactly as it is for the newer Atelier; run on the sample in memory.
        read_only_ = true;
        out.messages.push_back(path_ + ": left untouched; this session will not be saved");
        out.notice = Word::notice_state_reset;
        fallback_to_sample();
        return out;
    }
    if (keep_aside) {
        const std::string aside = move_aside(path_, stamp(now));
        out.messages.push_back(aside.empty() ? path_ + ": could not be moved aside" : path_ + ": kept as " + aside);
    }
    if (const auto bak = read_file(backup_)) {
        Parsed<SavedState> previous = parse_state(*bak, backup_);
        if (previous.ok()) {
            out.session = std::move(previous.value->session);
            out.saved_at = previous.value->saved_at;
            out.notice = Word::notice_state_restored_backup;
            out.messages.push_back(backup_ + ": loaded instead");
            return out;
        }
        out.messages.push_back(previous.error.message());
    }
    out.notice = Word::notice_state_reset;
    out.messages.push_back("starting on the sample atelier");
    fallback_to_sample();
    return out;
}

bool StateStore::save(const Session& session, int64_t now, bool scrub) {
    if (read_only_) return false;
    pending_ = session;
    pending_scrub_ = pending_scrub_ || scrub;
    dirty_ = true;
    if (now < retry_at_ && !last_error_.empty()) return false;
    const auto start = std::chrono::steady_clock::now();
    std::string error = make_private_dirs(dir_) ? "" : "cannot create the folder " + dir_;
    const std::string text = state_to_json(pending_, now);
    if (error.empty()) error = write_atomically(path_, text, backup_);
    // What was erased must not survive in the backup: it becomes this state too.
    if (error.empty() && pending_scrub_) error = write_atomically(backup_, text, "");
    last_save_us_ =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count();
    if (!error.empty()) {
        if (error != last_error_) std::fprintf(stderr, "atelier: saving failed: %s (retrying every %llds)\n", error.c_str(),
                                               static_cast<long long>(kRetryMs / 1000));
        last_error_ = error;
        retry_at_ = now + kRetryMs;
        return false;
    }
    if (!last_error_.empty()) std::fprintf(stderr, "atelier: saving works again: %s\n", path_.c_str());
    last_error_.clear();
    dirty_ = false;
    pending_scrub_ = false;
    return true;
}

}  // namespace atelier::platform
