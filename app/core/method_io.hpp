#pragma once
// Method presets are JSON files (config/methods/*.json), read with cereal.
#include <string>

#include "core/config_error.hpp"
#include "core/method.hpp"

namespace atelier {

// Reads and validates a method. `file` only labels errors.
Parsed<Method> parse_method(const std::string& text, const std::string& file);

}  // namespace atelier
