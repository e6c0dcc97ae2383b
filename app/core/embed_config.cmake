# Writes a C++ file holding each shipped config file as a string.
string(REPLACE "," ";" FILES "${FILES}")
set(body "// Generated from config/ by embed_config.cmake: do not edit.\n#include \"core/embedded_config.hpp\"\n\nnamespace atelier {\n\nconst std::vector<EmbeddedFile>& embedded_config() {\n    static const std::vector<EmbeddedFile> files = {\n")
foreach(f IN LISTS FILES)
  file(READ "${ROOT}/${f}" content)
  string(APPEND body "        {\"${f}\", R\"atelier_json(${content})atelier_json\"},\n")
endforeach()
string(APPEND body "    };\n    return files;\n}\n\n}  // namespace atelier\n")
file(WRITE "${OUT}" "${body}")
