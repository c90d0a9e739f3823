mdd_add_qtest(test_inspector_flow GUI SOURCES ui/main/test_inspector_flow.cpp LABELS ui TIMEOUT 900)
