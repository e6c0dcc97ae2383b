#pragma once
// A private PulseAudio for one test: a null sink "rec" whose monitor is
// recorded with parec, so that what the app played can be measured. Nothing
// of the machine's own sound setup is used or touched (own socket, own
// runtime folder). Sets PULSE_SERVER in this process, so the app inherits it.
#include <sys/types.h>

#include <string>

namespace atelier::kiosk_test {

class PulseRig {
public:
    explicit PulseRig(std::string dir);
    ~PulseRig();
    PulseRig(const PulseRig&) = delete;
    PulseRig& operator=(const PulseRig&) = delete;

    bool ok() const { return ok_; }
    std::string log() const;
    // Starts parec on rec.monitor and waits until PulseAudio lists its stream.
    bool start_recording();
    size_t recorded_bytes() const;
    // The loudest sample of bytes [from, to) of the recording, in dBFS; -inf
    // for silence or nothing.
    double peak_dbfs(size_t from, size_t to) const;
    // sox's "Pk lev dB" for that stretch: the measure a person would take.
    std::string sox_peak(size_t from, size_t to) const;

private:
    std::string dir_;
    bool ok_ = false;
    pid_t recorder_ = -1;
};

}  // namespace atelier::kiosk_test
