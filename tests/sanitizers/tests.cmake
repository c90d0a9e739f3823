# Sanitizer builds only (the `asan` preset): each deliberate bug of sanitizer_canary must be
# reported, so a clean run of the suite is evidence, and the LeakSanitizer suppressions
# (lsan.supp) must not hide a leak of ours.
if(MDD_SANITIZE)
  add_executable(sanitizer_canary sanitizers/sanitizer_canary.cpp)
  add_test(NAME sanitizer_reports_heap_overflow COMMAND sanitizer_canary heap)
  add_test(NAME sanitizer_reports_signed_overflow COMMAND sanitizer_canary signed)
  add_test(NAME sanitizer_reports_leak COMMAND sanitizer_canary leak)
  set_tests_properties(sanitizer_reports_heap_overflow PROPERTIES
    PASS_REGULAR_EXPRESSION "AddressSanitizer: heap-buffer-overflow" LABELS sanitizers)
  set_tests_properties(sanitizer_reports_signed_overflow PROPERTIES
    PASS_REGULAR_EXPRESSION "runtime error: signed integer overflow" LABELS sanitizers)
  set_tests_properties(sanitizer_reports_leak PROPERTIES
    PASS_REGULAR_EXPRESSION "LeakSanitizer: detected memory leaks" LABELS sanitizers)
endif()
