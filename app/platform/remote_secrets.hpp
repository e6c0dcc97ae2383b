#pragma once
// The remote service's secrets: the PIN a phone pairs with, the tokens of the
// devices paired, the viewer link's token and the API key. Random (getrandom),
// kept in the state folder in remote.json (mode 0600, written atomically) so
// that a restart keeps the phones paired; all changed at once when revoked.
#include <string>
#include <vector>

namespace atelier::platform {

struct RemoteSecrets {
    std::string pin;      // six digits
    std::string api_key;  // for Companion and scripts
    std::string viewer;   // the read-only link's token
    std::vector<std::string> devices;  // paired devices' tokens (the cookie)

    // Everything new: a new PIN, a new key and link, no device paired.
    static RemoteSecrets fresh();
    // The folder's secrets; fresh ones (saved) when there are none or they are unreadable.
    static RemoteSecrets load_or_make(const std::string& state_dir, std::string& problem);
    // "" or what went wrong.
    std::string save(const std::string& state_dir) const;
};

// A random token of `bytes` bytes, as hex.
std::string random_token(size_t bytes);
// Six random digits, uniformly drawn.
std::string random_pin();
constexpr size_t kMaxDevices = 32;  // the oldest paired device is forgotten past this

}  // namespace atelier::platform
