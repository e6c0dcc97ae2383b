#pragma once
// Who may come in through the remote service, decided without a socket (so
// it is tested without one): the Host a request names (DNS rebinding), the
// Origin of a POST (cross-site requests), and the PIN guesses per address.
#include <cstdint>
#include <deque>
#include <map>
#include <set>
#include <string>

namespace atelier::platform {

// The names this machine answers to: localhost, its addresses, its host name
// (and name.local). A request naming anything else is refused with 403: a
// page on a foreign site that made its name point here gets nothing.
class HostCheck {
public:
    HostCheck(std::set<std::string> names, int port) : names_(std::move(names)), port_(port) {}
    // This machine's names and addresses, read from the system.
    static std::set<std::string> machine_names();
    // "192.168.1.5:8737", "[::1]:8737", "localhost": its name among ours, and its port ours or none.
    bool host_allowed(const std::string& host_header) const;
    // An Origin header of a POST: absent (scripts, curl), or http://one-of-our-names:our-port.
    bool origin_allowed(const std::string& origin_header, bool present) const;

private:
    std::set<std::string> names_;
    int port_;
};

// After kMaxWrongPins wrong PINs from an address within kWindowMs, that
// address gets 429 on /api/pair (the right PIN too) for kBlockMs. The table
// is bounded: the oldest address is forgotten past kAddresses.
class PinThrottle {
public:
    static constexpr int kMaxWrongPins = 5;
    static constexpr int64_t kWindowMs = 60'000;
    static constexpr int64_t kBlockMs = 60'000;
    static constexpr size_t kAddresses = 4096;

    bool blocked(const std::string& address, int64_t now) const;
    // A wrong PIN; true when this one blocks the address.
    bool wrong(const std::string& address, int64_t now);
    // The last address blocked (the console says someone is guessing), "" when none within a minute.
    std::string guessing(int64_t now) const;

private:
    struct Entry {
        std::deque<int64_t> wrong_at;
        int64_t blocked_until = 0;
        int64_t last = 0;
    };
    std::map<std::string, Entry> entries_;
    std::string last_blocked_;
    int64_t last_blocked_at_ = 0;
};

// Compares two secrets in a time that does not depend on where they differ.
bool same_secret(const std::string& a, const std::string& b);

}  // namespace atelier::platform
