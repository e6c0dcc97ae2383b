// Times StateStore::save on the sample atelier: write, fsync, rename, fsync
// the folder, keep the backup. Prints the median and the slowest of N saves.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include "core/config_set.hpp"
#include "core/reducer.hpp"
#include "platform/state_store.hpp"

int main(int argc, char** argv) {
    using namespace atelier;
    const int n = argc > 1 ? std::atoi(argv[1]) : 200;
    const std::string dir = argc > 2 ? argv[2] : (std::filesystem::temp_directory_path() / "atelier-save-bench").string();
    std::filesystem::remove_all(dir);
    platform::StateStore store(dir);
    Session s = sample_session(load_config({}, "/nowhere"));
    std::vector<int64_t> us;
    int64_t now = 1'780'000'000'000;
    for (int i = 0; i < n; ++i) {
        s = reduce(s, i % 7 == 0 ? Command{cmd::StartPause{}} : Command{cmd::Next{}}, now += 1000).session;
        if (!store.save(s, now)) {
            std::fprintf(stderr, "save failed: %s\n", store.last_error().c_str());
            return 1;
        }
        us.push_back(store.last_save_us());
    }
    std::sort(us.begin(), us.end());
    auto ms = [](int64_t micro) { return static_cast<double>(micro) / 1000.0; };
    std::printf("saves: %d  median: %.2f ms  p95: %.2f ms  max: %.2f ms  (state file %ju bytes, in %s)\n", n,
                ms(us[us.size() / 2]), ms(us[us.size() * 95 / 100]), ms(us.back()),
                static_cast<uintmax_t>(std::filesystem::file_size(dir + "/state.json")), dir.c_str());
    std::filesystem::remove_all(dir);
    return 0;
}
