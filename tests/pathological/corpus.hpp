#pragma once
// The pathological inputs every file Atelier reads must survive, kept in the
// tree as recipes (a 4 GB file is not committed; the recipe makes it sparse in
// no time). The platform test runs each one through the loader of every file
// kind; the end-to-end test starts the wall with each one in place of every
// file at once. Each says what the message about it must say, or that the file
// must load (a BOM and CRLF line ends are a Windows editor's, not an attack).
#include <string>
#include <vector>

namespace atelier::pathological {

struct Case {
    const char* name;
    // Makes the case at `path`: a file, a folder, a FIFO or a link. `good` is a
    // valid file of this kind (the BOM and CRLF cases are made from it).
    void (*make)(const std::string& path, const std::string& good);
    // A part of the message naming the file ("" when the file must load).
    const char* says;
    // What the message says where a link in the file's place is followed (the
    // user's config files; Atelier's own files refuse links): nullptr, the same.
    const char* says_when_followed = nullptr;
    // Readable by root whatever its mode: the case means something only to an
    // ordinary user.
    bool needs_ordinary_user = false;
    // Nothing of the user's is in it (a FIFO, a folder, a link): it may go aside.
    bool not_a_file = false;

    const char* message(bool links_followed) const { return links_followed && says_when_followed ? says_when_followed : says; }
};

const std::vector<Case>& corpus();

// Whether the bytes Atelier was given are still somewhere in `dir` (at the
// file's name, or kept aside under a name that begins with it): nothing lost.
bool kept(const std::string& dir, const std::string& file_name, const std::string& bytes);
// The bytes of a case made at `path`, for kept(); "" for what is not a regular
// file. Large cases are compared by size and a sample, not read whole.
std::string fingerprint(const std::string& path);

}  // namespace atelier::pathological
