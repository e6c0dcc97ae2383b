#pragma once
// A group file: who sits where, who facilitates, the series so far, and the
// method and name of the next atelier (config/sample-group.json is the sample).
#include <string>

#include "core/config_error.hpp"
#include "core/group.hpp"

namespace atelier {

struct GroupFile {
    Group group;
    std::string atelier_name;
    std::string method_id;
};

Parsed<GroupFile> parse_group(const std::string& text, const std::string& file);

}  // namespace atelier
