# SPDX-License-Identifier: Apache-2.0
# Small declaration helpers so each CMakeLists.txt is a short list.

# pytrans_cc_test(NAME SRCS a_test.cc ... ) -> one GoogleTest binary + ctest entry.
function(pytrans_cc_test name)
  cmake_parse_arguments(T "" "" "SRCS" ${ARGN})
  add_executable(${name} ${T_SRCS})
  target_link_libraries(${name} PRIVATE pytrans_rt GTest::gtest GTest::gtest_main)
  # Test files are mostly large tables of 2.7-generated vectors: optimising
  # them costs minutes of CI time and gigabytes of compiler memory for nothing.
  target_compile_options(${name} PRIVATE -O0 -g0)
  add_test(NAME ${name} COMMAND ${name})
endfunction()
