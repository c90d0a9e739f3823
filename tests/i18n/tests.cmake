# The translations (translations/*.ts, issue 11): switched at run time in the main window,
# complete in every language, matching the tr() texts of the code, and the checker itself.
mdd_add_qtest(test_language_switch GUI SOURCES i18n/test_language_switch.cpp LABELS ui i18n)

find_package(Qt6 REQUIRED COMPONENTS LinguistTools)
find_program(MDD_PYTHON3 python3 REQUIRED)
set(MDD_TS_CHECKER "${PROJECT_SOURCE_DIR}/scripts/check_translations.py")

# Every entry of every .ts finished, placeholders kept, nothing left in English but the
# names in translations/proper_names.txt.
add_test(NAME translations_complete COMMAND ${MDD_PYTHON3} ${MDD_TS_CHECKER})
# Every tr() text of ui/ and app/ in every .ts file, and nothing more: lupdate was run.
add_test(NAME translations_match_sources
         COMMAND ${MDD_PYTHON3} ${MDD_TS_CHECKER} --sources $<TARGET_FILE:Qt6::lupdate>)
# The checker finds the problems of a file made to have four (and allows a name).
add_test(NAME translations_checker_finds_problems
         COMMAND ${MDD_PYTHON3} ${MDD_TS_CHECKER}
                 "${CMAKE_CURRENT_SOURCE_DIR}/i18n/fixtures/checker_de.ts")
set_tests_properties(translations_complete translations_match_sources
                     translations_checker_finds_problems PROPERTIES LABELS "i18n" TIMEOUT 120)
set_tests_properties(translations_checker_finds_problems PROPERTIES
  WILL_FAIL FALSE
  PASS_REGULAR_EXPRESSION "check_translations: 1 file\\(s\\), 4 problem\\(s\\)")
