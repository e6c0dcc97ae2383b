#pragma once
// Commands drawn from fuzz bytes, every alternative of the Command variant,
// with arguments that are mostly near what the session holds (an index one
// past the end, a name that differs by its case) and sometimes anything at all.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/commands.hpp"
#include "core/config_set.hpp"
#include "core/session.hpp"

namespace atelier::fuzz {

// An index into something of `size` elements: -2..size+1 mostly, any int at times.
int draw_index(FuzzedDataProvider& in, size_t size);
// A speaker: a participant, the facilitator, nobody, or out of range.
Speaker draw_speaker(FuzzedDataProvider& in, const Session& s);
// Text as a person types it: a name of the session changed a little, pieces
// of UTF-8, of spaces and of control characters, lengths at the limits, or
// any bytes.
std::string draw_text(FuzzedDataProvider& in, const Session& s);
Group draw_group(FuzzedDataProvider& in, const Session& s, const ConfigSet& config);
Method draw_method(FuzzedDataProvider& in, const Session& s, const ConfigSet& config);
// Time between two commands: 0 ms up to ten days; the session clock never goes back.
int64_t draw_time_step(FuzzedDataProvider& in);

Command draw_command(FuzzedDataProvider& in, const Session& s, const ConfigSet& config);

// One command of each alternative, several argument values each, for a
// session: what the state target runs on every state the loader accepts.
std::vector<Command> every_command(const Session& s, const ConfigSet& config);

}  // namespace atelier::fuzz
