mdd_add_qtest(test_threshold_workbench GUI UI_LIBS mddui_thresholds
  SOURCES ui/thresholds/test_threshold_workbench.cpp LABELS ui)
