mdd_add_qtest(test_report GUI UI_LIBS mddui_report
  SOURCES ui/report/test_report.cpp LABELS ui TIMEOUT 600)
