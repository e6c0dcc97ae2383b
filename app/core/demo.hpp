#pragma once
// Ready-made moments of the sample atelier, for rehearsal, screenshots and
// tests (`atelier --demo overtime`). They never touch the saved state.
#include <optional>
#include <string>
#include <vector>

#include "core/config_set.hpp"

namespace atelier {

const std::vector<std::string>& demo_names();
// The sample atelier played up to the named moment, as it stands at `now`.
std::optional<Session> demo_session(const ConfigSet& config, const std::string& name, int64_t now);

}  // namespace atelier
