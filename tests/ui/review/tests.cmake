# The review queue (ui/review): ReviewQueueModel, ReviewPanel, crash safety of decisions.
mdd_add_qtest(test_review_panel GUI UI_LIBS mddui_review
  SOURCES ui/review/test_review_panel.cpp LABELS ui)

# review_writer: child program that test_review_crash kills while it makes decisions.
add_executable(review_writer ui/review/review_writer_main.cpp)
target_link_libraries(review_writer PRIVATE mddui_review Qt6::Test)
mdd_target_warnings(review_writer)

mdd_add_qtest(test_review_crash GUI UI_LIBS mddui_review
  SOURCES ui/review/test_review_crash.cpp LABELS ui)
target_compile_definitions(test_review_crash PRIVATE
  REVIEW_WRITER="$<TARGET_FILE:review_writer>")
add_dependencies(test_review_crash review_writer)
