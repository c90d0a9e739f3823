# CLI tests run the built `mddnet` (tests/common/cli_runner.h).
function(mdd_add_cli_test name)
  mdd_add_qtest(${name} SOURCES cli/${name}.cpp LABELS cli ${ARGN})
  target_compile_definitions(${name} PRIVATE MDD_CLI_PATH="$<TARGET_FILE:mddnet>")
  add_dependencies(${name} mddnet)
endfunction()

mdd_add_cli_test(test_cli_info)
mdd_add_cli_test(test_cli_train TIMEOUT 600)
mdd_add_cli_test(test_cli_interrupt TIMEOUT 600)
mdd_add_cli_test(test_cli_distributed TIMEOUT 600)
mdd_add_cli_test(test_cli_commands TIMEOUT 600 FIXTURES_REQUIRED shared_model LIBS Qt6::Gui)
