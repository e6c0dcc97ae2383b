#pragma once
// The group library: one file per group in the state folder (groups/*.json),
// holding its people and its series, so that preparing the next atelier
// starts from the group as it stands, and a new group starts empty.
#include <string>
#include <vector>

#include "core/group_io.hpp"

namespace atelier::platform {

struct LibraryEntry {
    std::string path;
    GroupFile file;
};

class GroupLibrary {
public:
    explicit GroupLibrary(std::string dir) : dir_(std::move(dir)) {}
    // Every readable group, by name. A damaged file is kept aside and named
    // in `problems` (file and field).
    std::vector<LibraryEntry> list(std::vector<std::string>& problems, int64_t now) const;
    // Writes the group under a file named after it; returns "" or what went wrong.
    // A file there that cannot be read is never written over; one that is
    // damaged is kept aside first, and `kept_aside` says so ("" otherwise).
    // Returns "" or what went wrong.
    std::string save(const GroupFile& group, int64_t now, std::string* kept_aside = nullptr) const;
    // Removes the file of a group that was renamed (its new name has its own file).
    void forget(const std::string& path) const;
    std::string path_for(const std::string& group_name) const;
    const std::string& dir() const { return dir_; }

private:
    std::string dir_;
};

// A file name for a group: lower-case ASCII letters and digits, dashes between.
std::string slug(const std::string& name);

}  // namespace atelier::platform
