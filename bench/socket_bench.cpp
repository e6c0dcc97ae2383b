// How long `atelier send` waits while clients that connect and never write
// hold the command socket: opens SILENT such connections to the atelier of
// STATE_DIR, then times SENDS requests (`status`, answered by the running
// wall), one after the other. Prints the median, p95 and slowest.
//   atelier_socket_bench STATE_DIR [SILENT=100] [SENDS=200]
// bench/socket.sh starts a wall under Xvfb and runs it with 0, 100 and 1000.
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "platform/command_socket.hpp"

int main(int argc, char** argv) {
    using namespace atelier;
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s STATE_DIR [SILENT] [SENDS]\n", argv[0]);
        return 2;
    }
    const std::string dir = argv[1];
    const int silent = argc > 2 ? std::atoi(argv[2]) : 100, sends = argc > 3 ? std::atoi(argv[3]) : 200;
    const std::string path = platform::socket_path(dir);
    std::vector<int> held;
    for (int i = 0; i < silent; ++i) {
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s", path.c_str());
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        if (fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) held.push_back(fd);
        else if (fd >= 0) ::close(fd);
    }
    std::vector<double> ms;
    int failed = 0;
    for (int i = 0; i < sends; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        const platform::Asked asked = platform::ask_atelier(dir, {"status"});
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        if (asked.status != platform::Asked::Status::replied) ++failed;
    }
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<size_t>(q * static_cast<double>(ms.size())))]; };
    std::printf("%5d silent clients (%4zu connected)  %d sends: median %6.2f ms  p95 %6.2f ms  max %7.2f ms  unanswered %d\n", silent,
                held.size(), sends, at(0.5), at(0.95), ms.back(), failed);
    for (int fd : held) ::close(fd);
    return failed == 0 ? 0 : 1;
}
