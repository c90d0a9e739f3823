mdd_add_qtest(test_image_io SOURCES data/test_image_io.cpp LABELS data TIMEOUT 60)
