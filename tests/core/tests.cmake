mdd_add_qtest(test_runtime SOURCES core/test_runtime.cpp LABELS core)
