#pragma once
// The translations on disk: the catalogs installed with Atelier
// (<prefix>/share/locale/<id>/LC_MESSAGES/atelier.mo, what a distribution or
// a language pack updates without a rebuild), then the user's own in the
// config folder (locale/<id>/LC_MESSAGES/atelier.mo: a translator trying a
// catalog on the wall). Each one replaces the built-in catalog of its
// language; one that cannot be read or is not a catalog is named, and the
// built-in one stays (the wall always has its words).
#include <string>
#include <vector>

#include "core/config_error.hpp"

namespace atelier::platform {

// Installs what `locale_dirs` hold, in order (a later one wins); returns the
// problems, each naming its file.
std::vector<ConfigError> load_catalog_files(const std::vector<std::string>& locale_dirs);
// <prefix>/share/locale when Atelier is installed (else nothing), then `config_dir`/locale.
std::vector<std::string> catalog_dirs(const std::string& config_dir);

}  // namespace atelier::platform
