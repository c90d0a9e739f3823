mdd_add_qtest(test_tensor_archive SOURCES io/test_tensor_archive.cpp LABELS io)
mdd_add_qtest(test_export_names SOURCES io/test_export_names.cpp LABELS io)
mdd_add_qtest(test_fault_injection SOURCES io/test_fault_injection.cpp LABELS io)
