mdd_add_qtest(test_image_io SOURCES data/test_image_io.cpp LABELS data TIMEOUT 60)
mdd_add_qtest(test_csv_table SOURCES data/test_csv_table.cpp LABELS data TIMEOUT 60)
mdd_add_qtest(test_dataset_readers SOURCES data/test_dataset_readers.cpp data/dataset_tree.h
              LABELS data TIMEOUT 60)
mdd_add_qtest(test_visa_reader SOURCES data/test_visa_reader.cpp data/dataset_tree.h
              LABELS data TIMEOUT 60)
mdd_add_qtest(test_preprocess SOURCES data/test_preprocess.cpp LABELS data TIMEOUT 60)
mdd_add_qtest(test_gimp_pattern SOURCES data/test_gimp_pattern.cpp data/pattern_files.h
              LABELS data TIMEOUT 60)
mdd_add_qtest(test_synthesis SOURCES data/test_synthesis.cpp data/dataset_tree.h
              data/pattern_files.h LABELS data TIMEOUT 60)
mdd_add_qtest(test_demo_dataset SOURCES data/test_demo_dataset.cpp data/pattern_files.h
              LABELS data TIMEOUT 120)
mdd_add_qtest(test_ground_truth SOURCES data/test_ground_truth.cpp LABELS data TIMEOUT 60)
mdd_add_qtest(test_image_prefetch SOURCES data/test_image_prefetch.cpp LABELS data TIMEOUT 60)
