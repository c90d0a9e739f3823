mdd_add_qtest(test_results_export GUI UI_LIBS mddui_results
  SOURCES ui/results/test_results_export.cpp LABELS ui)
mdd_add_qtest(test_image_viewer GUI UI_LIBS mddui_results
  SOURCES ui/results/test_image_viewer.cpp LABELS ui)
mdd_add_qtest(test_results_panel GUI UI_LIBS mddui_results
  SOURCES ui/results/test_results_panel.cpp LABELS ui TIMEOUT 600)
