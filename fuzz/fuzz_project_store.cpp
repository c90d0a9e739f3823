// Fuzz target: opening a project database (mddui::ProjectStore, Qt SQL over SQLite) and
// reading everything in it, then one write. ProjectStore reports failures as `false` plus a
// message, never by throwing; a crash, sanitizer report or hang is a bug. A file that does
// not start with SQLite's header must be refused and left byte-for-byte unchanged.
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "fuzz_common.h"
#include "project/project_store.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  static QCoreApplication app(*argc, *argv);  // plugin lookup (QSQLITE) wants an application
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string file = mddfuzz::writeScratchFile("fuzz.mddproj", data, size);
  const QString path = QString::fromStdString(file);
  QFile::remove(path + "-wal");
  QFile::remove(path + "-shm");
  static const char kHeader[16] = "SQLite format 3";  // with its NUL: 16 bytes
  const bool looksLikeSqlite = size >= 16 && std::memcmp(data, kHeader, 16) == 0;
  {
    mddui::ProjectStore store;
    QString error;
    if (store.open(path, &error)) {
      (void)store.integrityCheck();
      (void)store.schemaVersion();
      (void)store.datasets();
      (void)store.trainingRuns();
      for (const auto& model : store.models()) (void)store.inferenceResults(model.id);
      (void)store.inferenceResults(-1, QStringLiteral("single"));
      (void)store.reviewLabels();
      mddui::ReviewLabel label;
      label.imagePath = QStringLiteral("/data/x.png");
      label.decision = QStringLiteral("defect");
      label.decidedAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
      (void)store.setReviewLabel(label);
      (void)store.reviewLabels();
    } else {
      if (error.isEmpty()) __builtin_trap();  // a refusal always says why
      if (size > 0 && !looksLikeSqlite) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) __builtin_trap();
        const QByteArray after = f.readAll();
        if (size_t(after.size()) != size || std::memcmp(after.constData(), data, size) != 0)
          __builtin_trap();
      }
    }
  }
  return 0;
}
