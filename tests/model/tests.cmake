mdd_add_qtest(test_network_parts SOURCES model/test_network_parts.cpp LABELS model)
mdd_add_qtest(test_model_file SOURCES model/test_model_file.cpp LABELS model
  FIXTURES_REQUIRED shared_model)
mdd_add_qtest(test_fast_inference SOURCES model/test_fast_inference.cpp LABELS model TIMEOUT 120)
mdd_add_qtest(test_gpu SOURCES model/test_gpu.cpp LABELS "model;gpu" TIMEOUT 120)
