#include "pathological/corpus.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace atelier::pathological {

namespace {

void write(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    if (!out) throw std::runtime_error("pathological: cannot write " + path);
}

std::string repeat(const std::string& unit, size_t times) {
    std::string s;
    s.reserve(unit.size() * times);
    for (size_t i = 0; i < times; ++i) s += unit;
    return s;
}

// Beyond the size limit (4 MiB) by far, but written for real.
void fifty_megabytes(const std::string& path, const std::string&) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    const std::string chunk = "{\"a\": \"" + std::string(1 << 20, 'x') + "\"}\n";
    for (int i = 0; i < 50; ++i) out << chunk;
}

// 4 GB that take no disk: must be refused by its size, never read.
void sparse_four_gigabytes(const std::string& path, const std::string&) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0 || ::ftruncate(fd, off_t{4} << 30) != 0) throw std::runtime_error("pathological: cannot make " + path);
    ::close(fd);
}

void with_crlf(const std::string& path, const std::string& good) {
    std::string s;
    for (char c : good) {
        if (c == '\n') s += '\r';
        s += c;
    }
    write(path, s);
}

}  // namespace

const std::vector<Case>& corpus() {
    static const std::vector<Case> cases = {
        {"a million [", [](const std::string& p, const std::string&) { write(p, std::string(1'000'000, '[')); },
         "nested more than 32 levels"},
        {"a million {\"a\":", [](const std::string& p, const std::string&) { write(p, repeat("{\"a\":", 1'000'000)); },
         "over the limit of 4194304 bytes"},
        {"two hundred thousand {\"a\":", [](const std::string& p, const std::string&) { write(p, repeat("{\"a\":", 200'000)); },
         "nested more than 32 levels"},
        {"a text of a megabyte", [](const std::string& p, const std::string&) { write(p, "{\"name\": \"" + std::string(1 << 20, 'a') + "\"}"); },
         "a text in quotes of"},
        {"50 MB", fifty_megabytes, "over the limit of 4194304 bytes"},
        {"a sparse 4 GB", sparse_four_gigabytes, "4294967296 bytes, over the limit"},
        {"NUL bytes", [](const std::string& p, const std::string& good) { write(p, good.substr(0, good.size() / 2) + std::string(3, '\0') + good.substr(good.size() / 2)); },
         "a NUL byte"},
        {"invalid UTF-8", [](const std::string& p, const std::string& good) {
             // Latin-1, as an old editor saves "é": one byte 0xE9.
             const size_t at = good.find('"', good.find(':'));
             write(p, good.substr(0, at + 1) + "Ren\xE9 " + good.substr(at + 1));
         },
         "not UTF-8 text"},
        {"a UTF-8 BOM", [](const std::string& p, const std::string& good) { write(p, "\xEF\xBB\xBF" + good); }, ""},
        {"CRLF line ends", with_crlf, ""},
        {"a folder", [](const std::string& p, const std::string&) { fs::create_directories(p); }, "a folder, not a file", nullptr, false, true},
        {"a FIFO", [](const std::string& p, const std::string&) { ::mkfifo(p.c_str(), 0600); }, "a FIFO", nullptr, false, true},
        {"a link to /dev/zero", [](const std::string& p, const std::string&) { fs::create_symlink("/dev/zero", p); },
         "a symbolic link (not followed)", "a device, not a regular file", false, true},
        {"mode 000", [](const std::string& p, const std::string& good) { write(p, good), ::chmod(p.c_str(), 0); }, "permission denied",
         nullptr, true},
    };
    return cases;
}

std::string fingerprint(const std::string& path) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return "";
    std::string out = std::to_string(static_cast<long long>(st.st_size)) + ":";
    std::ifstream in(path, std::ios::binary);
    std::string head(4096, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in.gcount()));
    return out + head;
}

bool kept(const std::string& dir, const std::string& file_name, const std::string& bytes) {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        const std::string name = e.path().filename().string();
        if (name.rfind(file_name, 0) != 0) continue;
        if (::access(e.path().c_str(), R_OK) != 0) ::chmod(e.path().c_str(), 0600);  // mode 000: look inside
        if (fingerprint(e.path().string()) == bytes) return true;
    }
    return false;
}

}  // namespace atelier::pathological
