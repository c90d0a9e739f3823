mdd_add_qtest(test_network_parts SOURCES model/test_network_parts.cpp LABELS model)
