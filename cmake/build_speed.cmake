# How long the build takes on a fresh 2-core machine (issue 19): the wall
# within 6 minutes of `./atelier.sh run`, apt included, and the whole
# `./atelier.sh test` within 12. Measured, not guessed (figures in the commit
# that added this file). Kept apart from the targets' own lists so that the
# places that say what is built do not also say how fast.

# Precompiled headers: what most of a target's files parse again and again.
# The core parses cereal and rapidjson (a third of a JSON reader's compile
# time); the views ImGui. Only headers that no file of the target expects a
# macro before (GL_GLEXT_PROTOTYPES and GLFW_EXPOSE_NATIVE_* come before the
# GL and GLFW headers, which stay out of it). Cereal's json.hpp must come
# before any rapidjson header (docs: stack.md), as it does here.
set(ATELIER_STD_PCH <algorithm> <cstdint> <cstdio> <functional> <map> <memory> <optional> <set> <sstream> <string>
    <variant> <vector>)
foreach(core IN ITEMS atelier_core atelier_core_sanitized atelier_core_fuzz)
  if(TARGET ${core})
    target_precompile_headers(${core} PRIVATE <cereal/archives/json.hpp> ${ATELIER_STD_PCH})
  endif()
endforeach()
if(TARGET atelier_ui)
  target_precompile_headers(atelier_ui PRIVATE <imgui.h> ${ATELIER_STD_PCH})
endif()
if(TARGET atelier_platform)
  target_precompile_headers(atelier_platform PRIVATE <filesystem> ${ATELIER_STD_PCH})
endif()
if(TARGET atelier)
  target_precompile_headers(atelier PRIVATE <imgui.h> <filesystem> ${ATELIER_STD_PCH})
endif()

# The core under ASan and UBSan runs the core tests once more: -O1 (what the
# sanitizers' authors advise) with line tables (-g1: a report's stack trace),
# rather than -O2 with full debug information.
if(TARGET atelier_core_sanitized)
  target_compile_options(atelier_core_sanitized PRIVATE -O1 -g1)
endif()

# The benchmarks are not the wall nor its tests: bench/run.sh builds them.
foreach(bench IN ITEMS atelier_baseline atelier_key_probe atelier_socket_bench atelier_save_bench)
  if(TARGET ${bench})
    set_target_properties(${bench} PROPERTIES EXCLUDE_FROM_ALL ON)
  endif()
endforeach()
