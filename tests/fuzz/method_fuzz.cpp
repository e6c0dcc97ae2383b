// Any bytes in a method file: an error or a value, never a crash, a hang or a sanitizer report.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/method_io.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const auto parsed = atelier::parse_method(text, "fuzz");
    if (!parsed.ok() && parsed.error.message().empty()) __builtin_trap();  // every error says something
    return 0;
}
