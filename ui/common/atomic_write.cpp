#include "common/atomic_write.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

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
  QSaveFile out(file);
  if (!out.open(QIODevice::WriteOnly)) return fail(out.errorString());
  if (out.write(bytes) != bytes.size()) {
    const QString reason = out.errorString();
    out.cancelWriting();
    return fail(reason);
  }
  if (!out.commit()) return fail(out.errorString());
  if (error) error->clear();
  return true;
}

}  // namespace mddui
