# Project storage (ui/project): ProjectStore, RecentProjects, crash safety.
mdd_add_qtest(test_project_store GUI UI_LIBS mddui_project
  SOURCES ui/project/test_project_store.cpp LABELS ui)

# project_writer: child process that test_project_crash kills mid-write.
add_executable(project_writer ui/project/project_writer_main.cpp)
target_link_libraries(project_writer PRIVATE mddui_project)
mdd_target_warnings(project_writer)

mdd_add_qtest(test_project_crash GUI UI_LIBS mddui_project
  SOURCES ui/project/test_project_crash.cpp LABELS ui)
target_compile_definitions(test_project_crash PRIVATE
  PROJECT_WRITER="$<TARGET_FILE:project_writer>")
add_dependencies(test_project_crash project_writer)
