#pragma once
// Where an installed Atelier finds the files it ships (icons, config, man
// page): beside its own binary, <prefix>/bin/atelier -> <prefix>/share/...,
// so a .deb in /usr, a `cmake --install --prefix ~/opt` and a test's
// temporary prefix all work, and nothing is read from the source tree.
#include <string>

namespace atelier::platform {

// The reverse-DNS application id: desktop file, icon and metainfo names.
extern const char* const kAppId;

// This process's binary (/proc/self/exe), or "" when it cannot be read.
std::string executable_path();
// <prefix>/share for a binary at <prefix>/bin/atelier (pure path arithmetic,
// using the install layout the build was configured with).
std::string data_root_for(const std::string& executable);

// <prefix>/share/atelier when it exists, else "" (a binary run from its build tree).
std::string shipped_data_dir();
// The installed hicolor PNG icon of that size, or "" when it is not there.
std::string installed_icon_png(int size);

}  // namespace atelier::platform
