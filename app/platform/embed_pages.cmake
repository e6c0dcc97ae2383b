# Writes a C++ file holding each remote page (assets/remote/NAME.html) as a string.
string(REPLACE "," ";" NAMES "${NAMES}")
set(body "// Generated from assets/remote/ by embed_pages.cmake: do not edit.\n#include \"platform/remote_pages.hpp\"\n\n#include <cstring>\n\nnamespace atelier::platform {\n\nconst char* remote_page(const char* name) {\n")
foreach(n IN LISTS NAMES)
  file(READ "${ROOT}/${n}.html" content)
  string(APPEND body "    if (std::strcmp(name, \"${n}\") == 0) return R\"atelier_page(${content})atelier_page\";\n")
endforeach()
string(APPEND body "    return \"\";\n}\n\n}  // namespace atelier::platform\n")
file(WRITE "${OUT}" "${body}")
