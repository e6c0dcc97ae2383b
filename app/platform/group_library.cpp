#include "platform/group_library.hpp"

#include <unistd.h>

#include <algorithm>
#include <ctime>

#include "core/text.hpp"
#include "platform/files.hpp"

namespace atelier::platform {

std::string slug(const std::string& name) {
    std::string out;
    bool dash = false;
    for (unsigned char c : folded(name)) {  // "Codév Québec" is codev-quebec
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        const bool upper = c >= 'A' && c <= 'Z';
        if (keep || upper) {
            if (dash && !out.empty()) out += '-';
            out += upper ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
            dash = false;
        } else if (c < 0x80 || (c & 0xC0) == 0xC0) {
            dash = true;  // a separator, or the start of an accented letter
        }
        if (out.size() >= 60) break;
    }
    return out.empty() ? "group" : out;
}

std::string GroupLibrary::path_for(const std::string& group_name) const { return dir_ + "/" + slug(group_name) + ".json"; }

std::vector<LibraryEntry> GroupLibrary::list(std::vector<std::string>& problems, int64_t now) const {
    std::vector<LibraryEntry> out;
    for (const std::string& path : files_in(dir_, ".json")) {
        const auto text = read_file(path);
        if (!text) continue;
        Parsed<GroupFile> g = parse_group(*text, path);
        if (g.ok()) {
            out.push_back({path, std::move(*g.value)});
            continue;
        }
        const std::time_t t = static_cast<std::time_t>(now / 1000);
        std::tm tm{};
        localtime_r(&t, &tm);
        char stamp[32];
        std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
        const std::string aside = move_aside(path, stamp);
        problems.push_back(g.error.message() + (aside.empty() ? "" : " (kept as " + aside + ")"));
    }
    std::sort(out.begin(), out.end(), [](const LibraryEntry& a, const LibraryEntry& b) { return a.file.group.name < b.file.group.name; });
    return out;
}

std::string GroupLibrary::save(const GroupFile& group) const {
    if (!make_private_dirs(dir_)) return "cannot create the folder " + dir_;
    const std::string path = path_for(group.group.name);
    const bool first_time = ::access(path.c_str(), F_OK) != 0;
    if (std::string error = write_atomically(path, group_to_json(group), ""); !error.empty()) return error;
    // The same group saved under an older spelling of its file name (before
    // accents were spelled out): one group, one file. Only a first save under
    // this name can leave such a file behind.
    if (!first_time) return "";
    for (const std::string& other : files_in(dir_, ".json")) {
        if (other == path) continue;
        const auto text = read_file(other);
        if (!text) continue;
        const Parsed<GroupFile> g = parse_group(*text, other);
        if (g.ok() && g.value->group.name == group.group.name) ::unlink(other.c_str());
    }
    return "";
}

void GroupLibrary::forget(const std::string& path) const {
    if (path.rfind(dir_ + "/", 0) == 0) ::unlink(path.c_str());
}

}  // namespace atelier::platform
