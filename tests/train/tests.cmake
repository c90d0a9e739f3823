# test_training trains the shared test model once per ctest run (fixture shared_model).
mdd_add_qtest(test_training SOURCES train/test_training.cpp LABELS train TIMEOUT 1500
  FIXTURES_SETUP shared_model)
mdd_add_qtest(test_resume SOURCES train/test_resume.cpp LABELS train TIMEOUT 900)
mdd_add_qtest(test_precision_paths SOURCES train/test_precision_paths.cpp LABELS train TIMEOUT 900)
mdd_add_qtest(test_out_of_memory SOURCES train/test_out_of_memory.cpp LABELS train)

# checkpoint_writer: child process that test_checkpoint_kill kills mid-write.
add_executable(checkpoint_writer train/checkpoint_writer_main.cpp)
set_target_properties(checkpoint_writer PROPERTIES AUTOMOC OFF)
target_link_libraries(checkpoint_writer PRIVATE mddcore_internal)
mdd_target_warnings(checkpoint_writer)
mdd_add_qtest(test_checkpoint_kill SOURCES train/test_checkpoint_kill.cpp LABELS train
  TIMEOUT 600)
target_compile_definitions(test_checkpoint_kill PRIVATE
  CHECKPOINT_WRITER="$<TARGET_FILE:checkpoint_writer>")
add_dependencies(test_checkpoint_kill checkpoint_writer)
