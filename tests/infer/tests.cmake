mdd_add_qtest(test_overlay SOURCES infer/test_overlay.cpp LABELS infer)
