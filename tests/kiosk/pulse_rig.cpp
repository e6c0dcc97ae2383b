#include "pulse_rig.hpp"

#include <signal.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <vector>

#include "e2e/driver.hpp"
#include "processes.hpp"

namespace atelier::kiosk_test {

namespace {
constexpr size_t kFrameBytes = 4;  // s16le, 2 channels
}

PulseRig::PulseRig(std::string dir) : dir_(std::move(dir)) {
    std::filesystem::create_directories(dir_);
    // -n: no default.pa, so no hardware, no suspend-on-idle; only our modules.
    const std::string env = "PULSE_RUNTIME_PATH='" + dir_ + "' PULSE_STATE_PATH='" + dir_ + "' HOME='" + dir_ + "' ";
    const std::string cmd = env + "pulseaudio --daemonize=yes --exit-idle-time=-1 --use-pid-file=yes -n --log-target=file:'" +
                            dir_ + "/pulse.log' --load='module-native-protocol-unix socket=" + dir_ +
                            "/native auth-anonymous=1' --load='module-null-sink sink_name=rec'";
    if (std::system(cmd.c_str()) != 0) return;
    ::setenv("PULSE_SERVER", ("unix:" + dir_ + "/native").c_str(), 1);
    ok_ = wait_until([&] { return e2e::run("pactl list sinks short 2>/dev/null").find("rec") != std::string::npos; }, 10'000);
}

PulseRig::~PulseRig() {
    stop(recorder_);
    const std::string pid = read_all(dir_ + "/pid");
    if (const long p = std::atol(pid.c_str()); p > 0) {
        ::kill(static_cast<pid_t>(p), SIGTERM);
        wait_until([&] { return ::kill(static_cast<pid_t>(p), 0) != 0; }, 5000);
    }
    ::unsetenv("PULSE_SERVER");
}

std::string PulseRig::log() const { return read_all(dir_ + "/pulse.log"); }

bool PulseRig::start_recording() {
    // The null sink renders only while something plays, so the recording
    // grows only then; its start is acknowledged by the stream being listed.
    recorder_ = spawn("parec -d rec.monitor --format=s16le --rate=44100 --channels=2 --raw --latency-msec=50 > '" + dir_ +
                      "/rec.raw'");
    return recorder_ > 0 &&
           wait_until([] { return !e2e::run("pactl list source-outputs short 2>/dev/null").empty(); }, 10'000);
}

size_t PulseRig::recorded_bytes() const {
    std::error_code ec;
    const auto n = std::filesystem::file_size(dir_ + "/rec.raw", ec);
    return ec ? 0 : static_cast<size_t>(n) / kFrameBytes * kFrameBytes;
}

double PulseRig::peak_dbfs(size_t from, size_t to) const {
    std::ifstream in(dir_ + "/rec.raw", std::ios::binary);
    in.seekg(static_cast<std::streamoff>(from));
    std::vector<char> bytes(to > from ? to - from : 0);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    int peak = 0;
    for (size_t i = 0; i + 1 < static_cast<size_t>(in.gcount()); i += 2) {
        int16_t sample = 0;
        std::memcpy(&sample, &bytes[i], 2);
        peak = std::max(peak, std::abs(static_cast<int>(sample)));
    }
    if (peak == 0) return -std::numeric_limits<double>::infinity();
    return 20.0 * std::log10(peak / 32768.0);
}

std::string PulseRig::sox_peak(size_t from, size_t to) const {
    if (to <= from) return "(nothing recorded)";
    const std::string out = e2e::run("sox -t raw -r 44100 -e signed -b 16 -c 2 '" + dir_ + "/rec.raw' -n trim " +
                                     std::to_string(from / kFrameBytes) + "s " + std::to_string((to - from) / kFrameBytes) +
                                     "s stats 2>&1 | grep 'Pk lev dB'");
    return out.empty() ? "(sox gave nothing)" : out.substr(0, out.find('\n'));
}

}  // namespace atelier::kiosk_test
