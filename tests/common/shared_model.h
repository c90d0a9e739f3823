#pragma once
// The test model trained once per ctest run by test_training (ctest fixture
// "shared_model"), and the demo dataset it was trained on. Tests that need a trained
// model declare FIXTURES_REQUIRED shared_model and read these paths.
#include <QString>

namespace mddtest {
inline QString sharedWorkDir() { return QStringLiteral(MDD_TEST_WORK_DIR) + "/shared"; }
inline QString sharedDatasetDir() { return sharedWorkDir() + "/demo"; }
inline QString sharedModelPath() { return sharedWorkDir() + "/model.mdda"; }
}  // namespace mddtest
