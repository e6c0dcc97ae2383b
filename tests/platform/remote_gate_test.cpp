// Who may come in through the remote service: the Host a request names, the
// Origin of a POST, and the PIN guesses per address.
#include "platform/remote_gate.hpp"

#include <doctest/doctest.h>

#include "platform/remote_secrets.hpp"

using namespace atelier::platform;

TEST_CASE("remote gate: only this machine's names and addresses, on its port, are a Host it answers") {
    const HostCheck hosts({"localhost", "127.0.0.1", "::1", "salle-b", "salle-b.local", "192.168.1.5"}, 8737);
    for (const char* ok : {"localhost:8737", "LOCALHOST:8737", "localhost.:8737", "127.0.0.1:8737", "[::1]:8737", "salle-b.local:8737",
                           "192.168.1.5:8737", "192.168.1.5"})
        CHECK_MESSAGE(hosts.host_allowed(ok), ok);
    for (const char* bad : {"", "evil.example:8737", "evil.example", "127.0.0.1:80", "192.168.1.5:8737@evil", "::1", "[::1",
                            "localhost:8737:1", "192.168.1.50:8737", "localhost.evil.example:8737"})
        CHECK_MESSAGE(!hosts.host_allowed(bad), bad);
}

TEST_CASE("remote gate: a POST's Origin is ours or absent (scripts) — another site's is refused") {
    const HostCheck hosts({"localhost", "192.168.1.5"}, 8737);
    CHECK(hosts.origin_allowed("", false));
    CHECK(hosts.origin_allowed("http://192.168.1.5:8737", true));
    CHECK_FALSE(hosts.origin_allowed("http://evil.example", true));
    CHECK_FALSE(hosts.origin_allowed("null", true));  // a sandboxed frame, a file
    CHECK_FALSE(hosts.origin_allowed("https://192.168.1.5:8737", true));
    CHECK_FALSE(hosts.origin_allowed("http://192.168.1.5:8737/x", true));
}

TEST_CASE("remote gate: five wrong PINs within a minute block that address a minute, not the others") {
    PinThrottle t;
    const int64_t t0 = 1'000'000;
    for (int i = 0; i < 4; ++i) CHECK_FALSE(t.wrong("10.0.0.9", t0 + i * 1000));
    CHECK_FALSE(t.blocked("10.0.0.9", t0 + 4000));
    CHECK(t.wrong("10.0.0.9", t0 + 4000));
    CHECK(t.blocked("10.0.0.9", t0 + 4001));
    CHECK(t.blocked("10.0.0.9", t0 + 4000 + PinThrottle::kBlockMs - 1));
    CHECK_FALSE(t.blocked("10.0.0.9", t0 + 4000 + PinThrottle::kBlockMs));
    CHECK_FALSE(t.blocked("10.0.0.10", t0 + 4001));
    CHECK(t.guessing(t0 + 5000) == "10.0.0.9");
    CHECK(t.guessing(t0 + 4000 + PinThrottle::kBlockMs) == "");
    // Slow guesses (one every 15 s) never reach five within a minute.
    PinThrottle slow;
    for (int i = 0; i < 20; ++i) CHECK_FALSE(slow.wrong("10.0.0.9", t0 + i * 15'000));
}

TEST_CASE("remote secrets: six digits, long random tokens, each time different") {
    const RemoteSecrets a = RemoteSecrets::fresh(), b = RemoteSecrets::fresh();
    CHECK(a.pin.size() == 6);
    CHECK(a.pin.find_first_not_of("0123456789") == std::string::npos);
    CHECK(a.api_key.size() == 48);
    CHECK(a.api_key != b.api_key);
    CHECK(a.viewer != b.viewer);
    CHECK(same_secret(a.api_key, a.api_key));
    CHECK_FALSE(same_secret(a.api_key, b.api_key));
    CHECK_FALSE(same_secret("", ""));
}
