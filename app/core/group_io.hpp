#pragma once
// A group file: who sits where, who facilitates, the series so far, and the
// method and name of the next atelier (config/sample-group.json is the sample;
// the group library in the state folder holds one file per group).
#include <string>

#include "core/config_error.hpp"
#include "core/group.hpp"

namespace atelier {

struct GroupFile {
    Group group;
    std::string atelier_name;
    std::string method_id;
};

// Names are tidied (spaces at the ends, runs of spaces); anything that still
// makes no sense is an error naming the field.
Parsed<GroupFile> parse_group(const std::string& text, const std::string& file);
std::string group_to_json(const GroupFile& group);

}  // namespace atelier
