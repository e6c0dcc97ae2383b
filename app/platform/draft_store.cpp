#include "platform/draft_store.hpp"

#include <unistd.h>

#include <cstdio>

#include "platform/files.hpp"

namespace atelier::platform {

std::optional<ConsoleDrafts> DraftStore::load(std::string& problem) const {
    const FileText file = read_text_file(path_);
    if (file.status == FileText::Status::absent) return std::nullopt;
    if (!file.ok()) {
        problem = file.error(path_).message();
        return std::nullopt;
    }
    Parsed<ConsoleDrafts> d = parse_drafts(file.text, path_);
    if (!d.ok()) {
        problem = d.error.message();
        return std::nullopt;
    }
    return std::move(d.value);
}

void DraftStore::keep(const ConsoleDrafts& drafts, int64_t now) {
    if (!(drafts == current_)) current_ = drafts;
    pending_ = !(current_ == last_written_);
    if (pending_ && now - written_at_ >= kEveryMs) {
        written_at_ = now;
        write();
    }
}

void DraftStore::flush() {
    if (pending_) write();
}

void DraftStore::write() {
    pending_ = false;
    last_written_ = current_;
    if (current_.empty()) {
        ::unlink(path_.c_str());  // nothing typed: no file
        return;
    }
    if (const std::string error = write_atomically(path_, drafts_to_json(current_), ""); !error.empty())
        std::fprintf(stderr, "atelier: the console's typing is not kept on disk: %s\n", error.c_str());
}

}  // namespace atelier::platform
