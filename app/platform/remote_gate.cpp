#include "platform/remote_gate.hpp"

#include <ifaddrs.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>

namespace atelier::platform {
namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// "host:port" into the name and the port ("" when none); "[v6]:port" keeps its brackets off.
bool split_host(const std::string& text, std::string& name, std::string& port) {
    if (text.empty() || text.size() > 255) return false;
    if (text[0] == '[') {
        const auto end = text.find(']');
        if (end == std::string::npos) return false;
        name = text.substr(1, end - 1);
        const std::string rest = text.substr(end + 1);
        if (!rest.empty() && rest[0] != ':') return false;
        port = rest.empty() ? "" : rest.substr(1);
        return true;
    }
    const auto colon = text.find(':');
    if (colon != std::string::npos && text.find(':', colon + 1) != std::string::npos) return false;  // a bare IPv6 is not a Host
    name = text.substr(0, colon);
    port = colon == std::string::npos ? "" : text.substr(colon + 1);
    return true;
}

}  // namespace

std::set<std::string> HostCheck::machine_names() {
    std::set<std::string> names = {"localhost", "127.0.0.1", "::1"};
    char host[256] = {};
    if (gethostname(host, sizeof host - 1) == 0 && host[0]) {
        names.insert(lower(host));
        names.insert(lower(host) + ".local");
    }
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) == 0) {
        for (ifaddrs* a = list; a; a = a->ifa_next) {
            if (!a->ifa_addr || (a->ifa_addr->sa_family != AF_INET && a->ifa_addr->sa_family != AF_INET6)) continue;
            char text[NI_MAXHOST] = {};
            const socklen_t len = a->ifa_addr->sa_family == AF_INET ? sizeof(sockaddr_in) : sizeof(sockaddr_in6);
            if (getnameinfo(a->ifa_addr, len, text, sizeof text, nullptr, 0, NI_NUMERICHOST) == 0) {
                std::string addr = text;
                if (const auto scope = addr.find('%'); scope != std::string::npos) addr.erase(scope);  // fe80::1%eth0
                names.insert(lower(addr));
            }
        }
        freeifaddrs(list);
    }
    return names;
}

bool HostCheck::host_allowed(const std::string& host_header) const {
    std::string name, port;
    if (!split_host(host_header, name, port)) return false;
    if (!port.empty() && port != std::to_string(port_)) return false;
    if (!name.empty() && name.back() == '.') name.pop_back();  // "localhost." is localhost
    return names_.count(lower(name)) > 0;
}

bool HostCheck::origin_allowed(const std::string& origin, bool present) const {
    if (!present) return true;
    const std::string scheme = "http://";
    if (origin.compare(0, scheme.size(), scheme) != 0) return false;
    const std::string host = origin.substr(scheme.size());
    if (host.find('/') != std::string::npos) return false;
    return host_allowed(host);
}

bool PinThrottle::blocked(const std::string& address, int64_t now) const {
    const auto e = entries_.find(address);
    return e != entries_.end() && now < e->second.blocked_until;
}

bool PinThrottle::wrong(const std::string& address, int64_t now) {
    if (entries_.size() >= kAddresses && entries_.count(address) == 0) {
        auto oldest = std::min_element(entries_.begin(), entries_.end(),
                                       [](const auto& a, const auto& b) { return a.second.last < b.second.last; });
        entries_.erase(oldest);
    }
    Entry& e = entries_[address];
    e.last = now;
    e.wrong_at.push_back(now);
    while (!e.wrong_at.empty() && e.wrong_at.front() <= now - kWindowMs) e.wrong_at.pop_front();
    if (static_cast<int>(e.wrong_at.size()) < kMaxWrongPins) return false;
    e.blocked_until = now + kBlockMs;
    last_blocked_ = address;
    last_blocked_at_ = now;
    return true;
}

std::string PinThrottle::guessing(int64_t now) const {
    return !last_blocked_.empty() && now - last_blocked_at_ < kBlockMs ? last_blocked_ : "";
}

bool same_secret(const std::string& a, const std::string& b) {
    if (a.size() != b.size() || a.empty()) return false;
    unsigned char diff = 0;
    for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

}  // namespace atelier::platform
