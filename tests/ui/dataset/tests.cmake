mdd_add_qtest(test_dataset_import GUI UI_LIBS mddui_dataset
  SOURCES ui/dataset/test_dataset_import.cpp LABELS ui)
mdd_add_qtest(test_dataset_browser GUI UI_LIBS mddui_dataset
  SOURCES ui/dataset/test_dataset_browser.cpp LABELS ui)
mdd_add_qtest(test_browser_load GUI SOURCES ui/dataset/test_browser_load.cpp LABELS ui TIMEOUT 300)
