#include "platform/group_library.hpp"

#include <unistd.h>

#include <algorithm>

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
    const std::string stamp = file_stamp(now);
    for (const std::string& path : files_in(dir_, ".json")) {
        const FileText file = read_text_file(path);
        if (file.status == FileText::Status::absent) continue;  // gone since the folder was listed
        if (!file.ok()) {
            // A group file that cannot be read may hold a series: it stays where it is (save() will not
            // write over it); a FIFO or a link in its place holds nothing and goes aside.
            const std::string aside = file.not_a_file() ? move_aside(path, stamp) : "";
            problems.push_back(file.error(path).message() + (aside.empty() ? "" : " (moved aside as " + aside + ")"));
            continue;
        }
        Parsed<GroupFile> g = parse_group(file.text, path);
        if (g.ok()) {
            out.push_back({path, std::move(*g.value)});
            continue;
        }
        const std::string aside = move_aside(path, stamp);
        problems.push_back(g.error.message() + (aside.empty() ? "" : " (kept as " + aside + ")"));
    }
    std::sort(out.begin(), out.end(), [](const LibraryEntry& a, const LibraryEntry& b) { return a.file.group.name < b.file.group.name; });
    return out;
}

std::string GroupLibrary::save(const GroupFile& group, int64_t now, std::string* kept_aside) const {
    if (const std::string problem = private_dir_problem(dir_); !problem.empty()) return problem;
    const std::string path = path_for(group.group.name);
    const FileText current = read_text_file(path);
    // A file there that cannot be read (or is too large to read) may hold this group's series: never written over.
    if (!current.ok() && current.status != FileText::Status::absent && !current.not_a_file())
        return current.error(path).message() + "; not written over until it can be read";
    // A file there that does not parse (damaged, another encoding) is kept aside, never written over.
    // So is what is not a file at all (a FIFO, a folder, a link), said like the rest.
    std::string damaged;
    if (current.ok()) {
        if (const Parsed<GroupFile> g = parse_group(current.text, path); !g.ok()) damaged = g.error.message();
    } else if (current.not_a_file()) {
        damaged = current.error(path).message();
    }
    if (!damaged.empty()) {
        const std::string aside = move_aside(path, file_stamp(now));
        if (aside.empty()) return damaged + "; could not be moved aside, so it is not written over";
        if (kept_aside) *kept_aside = damaged + " (kept as " + aside + ")";
    }
    const bool first_time = current.status == FileText::Status::absent;
    if (std::string error = write_atomically(path, group_to_json(group), ""); !error.empty()) return error;
    // The same group saved under an older spelling of its file name (before
    // accents were spelled out): one group, one file. Only a first save under
    // this name can leave such a file behind.
    if (!first_time) return "";
    for (const std::string& other : files_in(dir_, ".json")) {
        if (other == path) continue;
        const auto text = read_file(other);
        if (!text) continue;
        const Parsed<GroupFile> g = parse_group(*text, other);  // what cannot be read is left alone
        if (g.ok() && g.value->group.name == group.group.name) ::unlink(other.c_str());
    }
    return "";
}

void GroupLibrary::forget(const std::string& path) const {
    if (path.rfind(dir_ + "/", 0) == 0) ::unlink(path.c_str());
}

}  // namespace atelier::platform
