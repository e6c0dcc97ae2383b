#include "core/json_fields.hpp"  // first: see json_fields.hpp

#include "platform/remote_secrets.hpp"

#include <sys/random.h>

#include <sstream>

#include "platform/files.hpp"

namespace atelier::platform {
namespace {

void random_bytes(unsigned char* out, size_t n) {
    size_t got = 0;
    while (got < n) {
        const ssize_t r = getrandom(out + got, n - got, 0);
        if (r > 0) got += static_cast<size_t>(r);
    }
}

std::string path_of(const std::string& dir) { return dir + "/remote.json"; }

bool all_of(const std::string& s, const char* chars, size_t size) {
    return s.size() == size && s.find_first_not_of(chars) == std::string::npos;
}

}  // namespace

std::string random_token(size_t bytes) {
    std::vector<unsigned char> raw(bytes);
    random_bytes(raw.data(), raw.size());
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (unsigned char c : raw) out += hex[c >> 4], out += hex[c & 15];
    return out;
}

std::string random_pin() {
    // Rejection sampling: uniform over 000000-999999.
    uint32_t v = 0;
    do random_bytes(reinterpret_cast<unsigned char*>(&v), sizeof v);
    while (v >= 4'294'000'000u);
    std::string pin = std::to_string(v % 1'000'000);
    return std::string(6 - pin.size(), '0') + pin;
}

RemoteSecrets RemoteSecrets::fresh() { return {random_pin(), random_token(24), random_token(16), {}}; }

RemoteSecrets RemoteSecrets::load_or_make(const std::string& dir, std::string& problem) {
    const FileText file = read_text_file(path_of(dir));
    if (file.ok()) {
        const auto read = json::parse_file<RemoteSecrets>(file.text, "remote.json", [](cereal::JSONInputArchive& ar) {
            RemoteSecrets s;
            json::field(ar, "pin", s.pin);
            json::field(ar, "api_key", s.api_key);
            json::field(ar, "viewer", s.viewer);
            json::field(ar, "devices", s.devices);
            const char* hex = "0123456789abcdef";
            if (!all_of(s.pin, "0123456789", 6)) throw json::FieldError("pin", "not six digits");
            if (!all_of(s.api_key, hex, 48)) throw json::FieldError("api_key", "not a key");
            if (!all_of(s.viewer, hex, 32)) throw json::FieldError("viewer", "not a token");
            for (const std::string& d : s.devices)
                if (!all_of(d, hex, 64)) throw json::FieldError("devices", "not a token");
            if (s.devices.size() > kMaxDevices) s.devices.erase(s.devices.begin(), s.devices.end() - kMaxDevices);
            return s;
        });
        if (read.ok()) return *read.value;
        problem = read.error.message() + " (new secrets made)";
    }
    RemoteSecrets s = fresh();
    if (const std::string saved = s.save(dir); !saved.empty()) problem = saved;
    return s;
}

std::string RemoteSecrets::save(const std::string& dir) const {
    std::ostringstream out;
    {
        cereal::JSONOutputArchive ar(out);
        ar(cereal::make_nvp("pin", pin), cereal::make_nvp("api_key", api_key), cereal::make_nvp("viewer", viewer),
           cereal::make_nvp("devices", devices));
    }
    // The temporary file write_atomically makes is 0600 (mkostemp): the secrets never exist readable by others.
    return write_atomically(path_of(dir), out.str() + "\n", "");
}

}  // namespace atelier::platform
