mdd_add_qtest(test_metrics SOURCES eval/test_metrics.cpp LABELS eval)
mdd_add_qtest(test_pixel_metrics SOURCES eval/test_pixel_metrics.cpp LABELS eval)
mdd_add_qtest(test_thresholds SOURCES eval/test_thresholds.cpp LABELS eval)
