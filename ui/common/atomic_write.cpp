#include "common/atomic_write.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

namespace mddui {
namespace {
struct Text {
  Q_DECLARE_TR_FUNCTIONS(AtomicWrite)
};
}  // namespace

bool writeFileAtomically(const QString& file, const QByteArray& bytes, QString* error) {
  auto fail = [&](const QString& reason) {
    if (error)
      *error = Text::tr("Cannot write '%1': %2. Choose an existing folder you can write to.")
                   .arg(QDir::toNativeSeparators(file), reason);
    return false;
  };
  const QFileInfo info(file);
  if (!info.absoluteDir().exists())
    return fail(Text::tr("the folder '%1' does not exist").arg(info.absolutePath()));
  // A full disk: QSaveFile may only say "Unknown error" (when its final flush fails), so
  // the free space tells; the fix is then to free space, not to choose a folder.
  auto failOrDiskFull = [&](const QString& reason) {
    const QStorageInfo disk(info.absolutePath());
    if (!disk.isValid() || disk.bytesAvailable() >= bytes.size()) return fail(reason);
    if (error)
      *error = Text::tr("Cannot write '%1': the disk is full. Free space on it or choose "
                        "another folder, then save again; the previous file is unchanged.")
                   .arg(QDir::toNativeSeparators(file));
    return false;
  };
  QSaveFile out(file);
  if (!out.open(QIODevice::WriteOnly)) return fail(out.errorString());
  if (out.write(bytes) != bytes.size()) {
    const QString reason = out.errorString();
    out.cancelWriting();
    return failOrDiskFull(reason);
  }
  if (!out.commit()) return failOrDiskFull(out.errorString());
  if (error) error->clear();
  return true;
}

}  // namespace mddui
