#pragma once
// Paths the build passes to every test, as QStrings.
#include <QDir>
#include <QString>

namespace mddtest {
inline QString sourceDir() { return QStringLiteral(MDD_SOURCE_DIR); }
inline QString binaryDir() { return QStringLiteral(MDD_BINARY_DIR); }
inline QString fixtureDir() { return QStringLiteral(MDD_FIXTURE_DIR); }
// A per-test scratch folder under the build tree, emptied on creation.
inline QString freshWorkDir(const QString& name) {
  QDir dir(QStringLiteral(MDD_TEST_WORK_DIR) + "/" + name);
  dir.removeRecursively();
  QDir().mkpath(dir.path());
  return dir.path();
}
}  // namespace mddtest
