# Sanitizer builds (issue 12): -DMDD_SANITIZE=address,undefined instruments every target of
# this project (core, ui, app, tests); LibTorch, Qt and OpenCV stay as the system ships them.
# The `asan` preset in CMakePresets.json sets this up with the run-time options the test
# suite needs (tests/sanitizers/).
set(MDD_SANITIZE "" CACHE STRING
    "Sanitizers for every target, e.g. address,undefined (empty: none)")
# Instrumented code runs several times slower; test time limits are multiplied by this.
set(MDD_TEST_TIMEOUT_SCALE 1 CACHE STRING "Factor applied to every ctest TIMEOUT")

if(MDD_SANITIZE)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    message(FATAL_ERROR "MDD_SANITIZE needs GCC or Clang, not ${CMAKE_CXX_COMPILER_ID}")
  endif()
  # A finding stops the program (exit status non-zero), so a test that hits one fails.
  # vptr is left out: its checks need the type_info of classes that live in the
  # uninstrumented LibTorch and Qt libraries and report false positives there.
  set(mdd_sanitize_flags "-fsanitize=${MDD_SANITIZE}" -fno-sanitize-recover=all
      -fno-omit-frame-pointer)
  if(MDD_SANITIZE MATCHES "undefined")
    list(APPEND mdd_sanitize_flags -fno-sanitize=vptr)
  endif()
  add_compile_options(${mdd_sanitize_flags})
  add_link_options("-fsanitize=${MDD_SANITIZE}")
  message(STATUS "Sanitizers: ${MDD_SANITIZE} (test time limits x${MDD_TEST_TIMEOUT_SCALE})")
endif()
