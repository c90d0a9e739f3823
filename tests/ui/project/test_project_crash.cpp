// Crash safety: project_writer commits batches until it is killed with SIGKILL in the middle
// of writing; every batch it reported as committed must be in the file, and the file must
// pass SQLite's integrity check. Three kills on the same file, each run appending.
#include <QProcess>
#include <QSet>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

#include "project/project_store.h"
#include "test_paths.h"

using namespace mddui;

class TestProjectCrash : public QObject {
  Q_OBJECT
 private slots:
  void killedWriterLosesNoCommittedRow() {
    const QString file = mddtest::freshWorkDir("crash") + "/crash.mddproj";
    qint64 previousRows = 0;
    for (int run = 0; run < 3; ++run) {
      QProcess writer;
      writer.setProcessChannelMode(QProcess::SeparateChannels);
      writer.start(QStringLiteral(PROJECT_WRITER), {file, "40"});
      QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));

      int commits = 0;
      qint64 rows = 0;
      qint64 labels = 0;
      QDeadlineTimer deadline(60000);
      while (commits < 50) {
        if (!writer.canReadLine() && !writer.waitForReadyRead(int(deadline.remainingTime()))) {
          QFAIL(qPrintable(QString("writer stopped after %1 commits: %2")
                               .arg(commits)
                               .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
        }
        while (writer.canReadLine()) {
          const QList<QByteArray> parts = writer.readLine().trimmed().split(' ');
          if (parts.size() != 2) continue;
          if (parts[0] == "committed") {
            rows = parts[1].toLongLong();
            ++commits;
          } else if (parts[0] == "labels") {
            labels = parts[1].toLongLong();
          }
        }
      }
      // The writer never pauses between batches, so this lands inside a transaction.
      QCOMPARE(::kill(static_cast<pid_t>(writer.processId()), SIGKILL), 0);
      QVERIFY(writer.waitForFinished(10000));
      QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
      // Lines written before the kill but not yet read are commits too.
      for (const QByteArray& line : writer.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2 && parts[0] == "committed") rows = parts[1].toLongLong();
        if (parts.size() == 2 && parts[0] == "labels") labels = parts[1].toLongLong();
      }
      QVERIFY(rows >= previousRows + 50 * 40);

      ProjectStore store;
      QString error;
      QVERIFY2(store.open(file, &error), qPrintable(error));
      QCOMPARE(store.integrityCheck(), QString("ok"));
      QCOMPARE(store.models().size(), 1);
      const QVector<InferenceRecord> stored = store.inferenceResults(store.models().front().id);
      QVERIFY2(stored.size() >= rows, qPrintable(QString("%1 stored, %2 reported committed")
                                                     .arg(stored.size())
                                                     .arg(rows)));
      // Nothing of an interrupted batch: whole batches only.
      QCOMPARE(stored.size() % 40, 0);
      QSet<qint64> ids;
      for (const InferenceRecord& r : stored) ids.insert(r.id);
      for (qint64 id = 1; id <= rows; ++id)
        QVERIFY2(ids.contains(id), qPrintable(QString("row id %1 is missing").arg(id)));
      QVERIFY(store.reviewLabels().size() >= labels);
      previousRows = stored.size();
      qInfo("run %d: %lld rows and %lld labels reported, %lld rows stored", run + 1,
            static_cast<long long>(rows), static_cast<long long>(labels),
            static_cast<long long>(stored.size()));
    }
  }
};

QTEST_GUILESS_MAIN(TestProjectCrash)
#include "test_project_crash.moc"
