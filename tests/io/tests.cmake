mdd_add_qtest(test_tensor_archive SOURCES io/test_tensor_archive.cpp LABELS io)
