#include "mdd/paths.h"

#include <cstdlib>
#include <filesystem>

namespace mdd {

std::vector<std::string> teacherSearchPath() {
  std::vector<std::string> dirs;
  if (const char* env = std::getenv("MDDNET_TEACHER_DIR"); env && *env) dirs.emplace_back(env);
  dirs.emplace_back(MDD_DEFAULT_TEACHER_DIR);
  dirs.emplace_back(MDD_INSTALL_TEACHER_DIR);
  if (const char* home = std::getenv("HOME"); home && *home)
    dirs.emplace_back(std::string(home) + "/.cache/mddnet/teachers");
  return dirs;
}

std::string findTeacherFile(const std::string& fileName) {
  namespace fs = std::filesystem;
  for (const auto& dir : teacherSearchPath()) {
    std::error_code ec;
    const fs::path candidate = fs::path(dir) / fileName;
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
  }
  return {};
}

}  // namespace mdd
