# The suite's own bookkeeping, checked:
# - every test CTest knows (those doctest_discover_tests finds included) is in
#   exactly one group (label), so that `ctest -L GROUP` runs it with its group;
# - every test requires the source-tree fixture (tests/source_tree_test.sh);
# - no doctest case whose CTest entry is discovered has a ';' in its name:
#   doctest_discover_tests splits such a name into two entries whose filters
#   match no case, and doctest passes a filter that matches nothing, so the
#   case never ran (30 cases did not, until this check).
#   cmake -DCTEST=ctest -DBUILD=build-dir -DSOURCE=source-dir "-DGROUPS=core;ui;..." -P check_labels.cmake
cmake_minimum_required(VERSION 3.22)

function(count_tests out)
  execute_process(COMMAND ${CTEST} -N ${ARGN} WORKING_DIRECTORY ${BUILD} OUTPUT_VARIABLE text RESULT_VARIABLE code)
  if(NOT code EQUAL 0 OR NOT text MATCHES "Total Tests: ([0-9]+)")
    message(FATAL_ERROR "ctest -N ${ARGN} failed (${code})")
  endif()
  set(${out} ${CMAKE_MATCH_1} PARENT_SCOPE)
endfunction()

set(problems "")
count_tests(total)
list(JOIN GROUPS "|" any_group)
count_tests(unlabelled -LE "^(${any_group})$")
if(NOT unlabelled EQUAL 0)
  execute_process(COMMAND ${CTEST} -N -LE "^(${any_group})$" WORKING_DIRECTORY ${BUILD} OUTPUT_VARIABLE list)
  string(APPEND problems "${unlabelled} tests in no group (${GROUPS}):\n${list}\n")
endif()
set(sum 0)
foreach(group IN LISTS GROUPS)
  # -FA: not the fixture's own tests, which CTest adds to any selection.
  count_tests(n -L "^${group}$" -FA source_tree)
  message("${group}: ${n} tests")
  math(EXPR sum "${sum} + ${n}")
endforeach()
if(NOT sum EQUAL total)
  string(APPEND problems "${total} tests but ${sum} group memberships: a test is in two groups\n")
endif()

execute_process(COMMAND ${CTEST} --show-only=json-v1 WORKING_DIRECTORY ${BUILD} OUTPUT_VARIABLE json)
string(REGEX MATCHALL "\"FIXTURES_REQUIRED\"" required "${json}")
string(REGEX MATCHALL "\"FIXTURES_(SETUP|CLEANUP)\"" own "${json}")
list(LENGTH required n_required)
list(LENGTH own n_own)
math(EXPR covered "${n_required} + ${n_own}")
if(NOT covered EQUAL total)
  string(APPEND problems "${total} tests, ${n_required} require the source_tree fixture and ${n_own} are it\n")
endif()

file(GLOB discovered ${SOURCE}/tests/core/*.cpp ${SOURCE}/tests/ui/*.cpp ${SOURCE}/tests/platform/*.cpp)
foreach(file IN LISTS discovered)
  file(STRINGS ${file} split REGEX "TEST_CASE\\(\"[^\"]*;")
  if(split)
    string(APPEND problems "${file}: a test case's name holds a ';' (write ' — ' instead)\n")
  endif()
endforeach()

if(problems)
  message(FATAL_ERROR "${problems}")
endif()
message("${total} tests, each in one group and checked for leaving the source tree as it was")
