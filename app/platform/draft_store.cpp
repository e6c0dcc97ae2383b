#include "platform/draft_store.hpp"

#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "platform/files.hpp"

namespace atelier::platform {

std::optional<ConsoleDrafts> DraftStore::load(std::string& problem, int64_t now) const {
    const FileText file = read_text_file(path_);
    if (file.status == FileText::Status::absent) return std::nullopt;
    Parsed<ConsoleDrafts> d = file.ok() ? parse_drafts(file.text, path_) : Parsed<ConsoleDrafts>{};
    if (file.ok() && d.ok()) return std::move(d.value);
    problem = file.ok() ? d.error.message() : file.error(path_).message();
    const std::string aside = move_aside(path_, file_stamp(now));
    problem += aside.empty() ? "; could not be moved aside" : "; kept as " + aside;
    return std::nullopt;
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
    const std::string folder = std::filesystem::path(path_).parent_path().string();
    std::string error = private_dir_problem(folder);
    if (error.empty()) error = write_atomically(path_, drafts_to_json(current_), "");
    if (!error.empty())
        std::fprintf(stderr, "atelier: the console's typing is not kept on disk: %s\n", error.c_str());
}

}  // namespace atelier::platform
