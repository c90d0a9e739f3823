mdd_add_qtest(test_report GUI UI_LIBS mddui_report
  SOURCES ui/report/test_report.cpp LABELS ui TIMEOUT 600)
mdd_add_qtest(test_export_safety GUI UI_LIBS mddui_report mddui_project
  SOURCES ui/report/test_export_safety.cpp LABELS ui TIMEOUT 600)
