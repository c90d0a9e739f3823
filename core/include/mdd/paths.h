#pragma once
// Where the engine finds files it did not get a path for. Torch-free.
#include <string>
#include <vector>

namespace mdd {

// Folders searched for converted teacher weights, in order:
// $MDDNET_TEACHER_DIR, the build's teachers/ folder, the installed share folder,
// and ~/.cache/mddnet/teachers.
std::vector<std::string> teacherSearchPath();

// Full path of `fileName` in the first folder of teacherSearchPath() that holds it;
// empty when none does.
std::string findTeacherFile(const std::string& fileName);

}  // namespace mdd
