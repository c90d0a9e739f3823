mdd_add_qtest(test_main_window GUI SOURCES ui/test_main_window.cpp LABELS ui)
