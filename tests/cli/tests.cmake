mdd_add_qtest(test_cli_info SOURCES cli/test_cli_info.cpp LABELS cli)
target_compile_definitions(test_cli_info PRIVATE MDD_CLI_PATH="$<TARGET_FILE:mddnet>")
add_dependencies(test_cli_info mddnet)
