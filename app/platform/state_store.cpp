#include "platform/state_store.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>

#include "platform/command_socket.hpp"
#include "platform/files.hpp"

namespace atelier::platform {

namespace {

std::string stamp(int64_t now) { return file_stamp(now); }

constexpr int64_t kRetryMs = 5000;

uint64_t fnv1a(const std::string& text) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
    return h;
}

std::string folder_hash(const std::string& dir) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fnv1a(dir)));
    return buf;
}

std::string cache_dir() {
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    if (xdg && *xdg == '/') return std::string(xdg) + "/atelier";
    const std::string home = home_dir();
    return home.empty() ? "" : home + "/.cache/atelier";
}

// Every recovery file of this state folder on disk: the ones written under
// `base`, and the ones found at an earlier start and not decided on yet
// (`base`-STAMP).
std::vector<std::string> recovery_files(const std::vector<std::string>& bases) {
    std::vector<std::string> out;
    for (const std::string& base : bases) {
        const std::filesystem::path p(base);
        std::error_code ec;
        for (const auto& entry : std::filesystem::directory_iterator(p.parent_path(), ec)) {
            const std::string name = entry.path().filename().string();
            if (name.rfind(p.filename().string(), 0) == 0 && name.find(".tmp-") == std::string::npos) out.push_back(entry.path().string());
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

StateStore::StateStore(std::string dir)
    : dir_(std::move(dir)), path_(dir_ + "/state.json"), backup_(dir_ + "/state.json.bak") {}

std::vector<std::string> StateStore::recovery_paths() const {
    std::vector<std::string> out{path_ + ".recovery"};
    const std::string hash = folder_hash(dir_);
    if (const std::string cache = cache_dir(); !cache.empty()) out.push_back(cache + "/recovery-" + hash + ".json");
    const char* xdg = std::getenv("XDG_RUNTIME_DIR");
    const std::string runtime = xdg && *xdg == '/' ? std::string(xdg) + "/atelier" : "/tmp/atelier-" + std::to_string(::getuid());
    out.push_back(runtime + "/recovery-" + hash + ".json");
    return out;
}

Restored StateStore::load(const ConfigSet& config, int64_t now) {
    Restored out = read(config, now, true);
    // A folder that cannot take the state (a file in its way, another user's, no home): said at once,
    // not at the first change.
    if (const std::string problem = private_dir_problem(dir_); !problem.empty() && !read_only_) {
        last_error_ = problem;
        retry_at_ = now + kRetryMs;
        out.messages.push_back("saving failed: " + problem + " (the atelier runs in memory until it can be saved)");
    }
    return out;
}

Restored StateStore::peek(const ConfigSet& config) const { return read(config, 0, false); }

Restored StateStore::read(const ConfigSet& config, int64_t now, bool keep_aside) const {
    Restored out;
    auto fallback_to_sample = [&] {
        out.session = sample_session(config);
        out.saved_at = 0;
    };
    auto try_backup = [&]() -> bool {
        const FileText bak = read_text_file(backup_);
        if (bak.status == FileText::Status::absent) return false;
        if (!bak.ok()) {
            out.messages.push_back(bak.error(backup_).message());
            return false;
        }
        Parsed<SavedState> previous = parse_state(bak.text, backup_);
        if (!previous.ok()) {
            out.messages.push_back(previous.error.message());
            return false;
        }
        out.session = std::move(previous.value->session);
        out.saved_at = previous.value->saved_at;
        out.clock = previous.value->clock;
        out.notice = Word::notice_state_restored_backup;
        out.messages.push_back(backup_ + ": loaded instead");
        return true;
    };

    const FileText file = read_text_file(path_);
    if (file.status == FileText::Status::absent) {
        // No state.json but a backup (removed by hand, by a sync tool): the
        // backup, said, rather than the sample whose saves would replace it.
        if (try_backup()) out.has_notice = true;
        else fallback_to_sample();  // first start: nothing saved yet
    } else if (file.ok()) {
        Parsed<SavedState> state = parse_state(file.text, path_);
        if (state.ok()) {
            out.session = std::move(state.value->session);
            out.saved_at = state.value->saved_at;
            out.clock = state.value->clock;
        } else {
            out.messages.push_back(state.error.message());
            out.has_notice = true;
            if (state.error.kind == ErrorKind::newer_schema) {
                // Leave it exactly as it is for the newer Atelier; run on the sample in memory.
                read_only_ = true;
                out.messages.push_back(path_ + ": left untouched; this session will not be saved");
                out.notice = Word::notice_state_reset;
                fallback_to_sample();
            } else {
                if (keep_aside) {
                    const std::string aside = move_aside(path_, stamp(now));
                    out.messages.push_back(aside.empty() ? path_ + ": could not be moved aside" : path_ + ": kept as " + aside);
                }
                if (!try_backup()) {
                    out.notice = Word::notice_state_reset;
                    out.messages.push_back("starting on the sample atelier");
                    fallback_to_sample();
                }
            }
        }
    } else {
        out.has_notice = true;
        out.messages.push_back(file.error(path_).message());
        if (file.not_a_file() && keep_aside) {
            // A FIFO, a folder, a link in its place: nothing of the atelier is in it; it goes aside.
            const std::string aside = move_aside(path_, stamp(now));
            out.messages.push_back(aside.empty() ? path_ + ": could not be moved aside" : path_ + ": moved aside as " + aside);
            if (aside.empty()) blocked_ = true, blocked_problem_ = file.problem;
        } else {
            // It may hold the atelier: never written over, nor its backup.
            blocked_ = true;
            blocked_problem_ = file.problem;
            out.messages.push_back(path_ + ": left where it is; the atelier is not saved there until it can be read");
        }
        if (!try_backup()) {
            out.notice = Word::notice_state_reset;
            out.messages.push_back("starting on the sample atelier");
            fallback_to_sample();
        }
        if (blocked_) out.notice = Word::notice_state_unreadable;
    }
    if (!keep_aside) return out;
    // A backup that cannot be read would be replaced by the next saves: it goes aside first.
    if (!blocked_) {
        const FileText bak = read_text_file(backup_);
        if (bak.status != FileText::Status::absent && !bak.ok()) {
            const std::string aside = move_aside(backup_, stamp(now));
            out.messages.push_back(bak.error(backup_).message() + (aside.empty() ? "" : "; kept as " + aside));
        }
    }
    // What a run that could not save left behind, offered back; renamed so
    // that this run's own recovery file does not take its place.
    for (const std::string& found : recovery_files(recovery_paths())) {
        const FileText text = read_text_file(found);
        if (!text.ok()) {
            out.messages.push_back(text.error(found).message());
            continue;
        }
        Parsed<SavedState> state = parse_state(text.text, found);
        if (!state.ok()) {
            out.messages.push_back(state.error.message());
            continue;
        }
        std::string kept = found;
        for (const std::string& base : recovery_paths()) {
            if (found != base) continue;
            kept = base + "-" + stamp(now);
            if (::rename(found.c_str(), kept.c_str()) != 0) kept = found;
        }
        out.messages.push_back(kept + ": the last changes of an earlier run, not saved then (offered in the console)");
        out.offers.push_back({Offer::Kind::recovery, std::move(*state.value), kept});
    }
    return out;
}

void StateStore::add_offers(std::vector<Offer> offers) {
    for (Offer& o : offers) offers_.push_back(std::move(o));
}

std::string StateStore::write_recovery(const std::string& text) {
    for (const std::string& path : recovery_paths()) {
        const std::string folder = std::filesystem::path(path).parent_path().string();
        if (!private_dir_problem(folder).empty()) continue;
        if (write_atomically(path, text, "").empty()) {
            if (!recovery_.empty() && recovery_ != path) ::unlink(recovery_.c_str());
            recovery_ = path;
            return path;
        }
    }
    return "";
}

void StateStore::remove_recovery() {
    if (recovery_.empty()) return;
    ::unlink(recovery_.c_str());
    recovery_.clear();
}

bool StateStore::save(const Session& session, int64_t now, bool scrub) {
    if (read_only_) return false;
    pending_ = session;
    pending_scrub_ = pending_scrub_ || scrub;
    dirty_ = true;
    const std::string text = state_to_json(pending_, now, clock_ ? clock_() : SavedClock{});
    if (blocked_) {
        // state.json may hold the atelier: the changes go to the recovery file.
        if (write_recovery(text).empty() && last_error_.empty()) last_error_ = "no folder takes the recovery file";
        return false;
    }
    if (now < retry_at_ && !last_error_.empty()) {
        write_recovery(text);
        return false;
    }
    const auto start = std::chrono::steady_clock::now();
    std::string error = private_dir_problem(dir_);
    if (error.empty()) error = write_atomically(path_, text, backup_);
    // What was erased must not survive in the backup: it becomes this state too.
    if (error.empty() && pending_scrub_) error = write_atomically(backup_, text, "");
    last_save_us_ =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count();
    if (!error.empty()) {
        const std::string kept = write_recovery(text);
        if (error != last_error_)
            std::fprintf(stderr, "atelier: saving failed: %s (retrying every %llds; %s)\n", error.c_str(),
                         static_cast<long long>(kRetryMs / 1000), kept.empty() ? "no recovery file either" : ("kept in " + kept).c_str());
        last_error_ = error;
        retry_at_ = now + kRetryMs;
        return false;
    }
    if (!last_error_.empty()) std::fprintf(stderr, "atelier: saving works again: %s\n", path_.c_str());
    last_error_.clear();
    dirty_ = false;
    pending_scrub_ = false;
    remove_recovery();  // state.json holds it all now
    return true;
}

ExitSave StateStore::save_at_exit(const Session& session, int64_t now) {
    ExitSave out;
    if (read_only_) return out;  // nothing of this run was ever to be saved
    if (!dirty_ && !blocked_) return out;
    retry_at_ = 0;  // whatever the schedule: this is the last chance
    if (!blocked_ && save(session, now, pending_scrub_)) return out;
    out.saved = false;
    out.error = blocked_ ? path_ + " cannot be read, so it was not written over" : last_error_;
    out.recovery = recovery_.empty() ? write_recovery(state_to_json(session, now, clock_ ? clock_() : SavedClock{})) : recovery_;
    return out;
}

void StateStore::retry(int64_t now) {
    if (dirty_ && !blocked_ && now >= retry_at_) save(Session(pending_), now, pending_scrub_);
    if (!blocked_ || now < retry_at_) return;
    retry_at_ = now + kRetryMs;
    // Fixed (chmod, a disk back)? The facilitator chooses what happens: offered, not taken.
    const bool offered = std::any_of(offers_.begin(), offers_.end(), [](const Offer& o) { return o.kind == Offer::Kind::readable_again; });
    if (offered) return;
    const FileText file = read_text_file(path_);
    if (!file.ok()) return;
    Parsed<SavedState> state = parse_state(file.text, path_);
    if (!state.ok()) return;
    offers_.push_back({Offer::Kind::readable_again, std::move(*state.value), path_});
}

void StateStore::offer_taken(size_t index) {
    if (index >= offers_.size()) return;
    const Offer offer = offers_[index];
    offers_.erase(offers_.begin() + static_cast<long>(index));
    if (offer.kind == Offer::Kind::recovery) {
        ::unlink(offer.path.c_str());
    } else {
        blocked_ = false;  // state.json is what the atelier runs on again
        blocked_problem_ = FileProblem::none;
    }
}

void StateStore::offer_dismissed(size_t index, int64_t now) {
    if (index >= offers_.size()) return;
    const Offer offer = offers_[index];
    offers_.erase(offers_.begin() + static_cast<long>(index));
    if (offer.kind == Offer::Kind::recovery) {
        ::unlink(offer.path.c_str());
        return;
    }
    // The facilitator keeps what runs now: the old state.json is kept aside, never overwritten.
    const std::string aside = path_ + ".set-aside-" + stamp(now);
    if (::rename(path_.c_str(), aside.c_str()) == 0) {
        blocked_ = false;
        blocked_problem_ = FileProblem::none;
        if (dirty_) save(Session(pending_), now, pending_scrub_);
    }
}

}  // namespace atelier::platform
