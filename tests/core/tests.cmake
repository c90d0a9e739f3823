mdd_add_qtest(test_runtime SOURCES core/test_runtime.cpp LABELS core)
if(MDD_TCMALLOC_LIBRARY AND MDD_USE_TCMALLOC)
  target_compile_definitions(test_runtime PRIVATE MDD_EXPECT_TCMALLOC=1)
endif()
