# test_training trains the shared test model once per ctest run (fixture shared_model).
mdd_add_qtest(test_training SOURCES train/test_training.cpp LABELS train TIMEOUT 1500
  FIXTURES_SETUP shared_model)
mdd_add_qtest(test_resume SOURCES train/test_resume.cpp LABELS train TIMEOUT 900)
