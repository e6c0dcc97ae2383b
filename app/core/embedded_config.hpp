#pragma once
// The config files shipped in config/, compiled in: the defaults every user
// file falls back to.
#include <string>
#include <vector>

namespace atelier {

struct EmbeddedFile {
    const char* path;  // relative to config/, e.g. "methods/codev-2h30.json"
    const char* text;
};

const std::vector<EmbeddedFile>& embedded_config();

}  // namespace atelier
