// Crash safety of the review flow: review_writer makes decisions with key presses on a
// ReviewPanel until it is killed with SIGKILL; every decision it reported must be in the
// project with its decision value, and the file must pass SQLite's integrity check. Two
// kills on the same file, the second run continuing where the first stopped.
#include <QHash>
#include <QProcess>
#include <QtTest>

#include <sys/types.h>
#include <csignal>

#include "project/project_store.h"
#include "test_paths.h"

using namespace mddui;

namespace {

// "decided <n> <decision> <path>" -> reported[path] = decision.
void parseLine(const QByteArray& line, QHash<QString, QString>& reported, int& count) {
  const QList<QByteArray> parts = line.trimmed().split(' ');
  if (parts.size() != 4 || parts[0] != "decided") return;
  count = parts[1].toInt();
  reported.insert(QString::fromUtf8(parts[3]), QString::fromUtf8(parts[2]));
}

}  // namespace

class TestReviewCrash : public QObject {
  Q_OBJECT
 private slots:
  void killedReviewerLosesNoDecision() {
    const QString file = mddtest::freshWorkDir("review_crash") + "/crash.mddproj";
    QHash<QString, QString> reported;  // over both runs
    for (int run = 0; run < 2; ++run) {
      QProcess writer;
      writer.setProcessChannelMode(QProcess::SeparateChannels);
      writer.start(QStringLiteral(REVIEW_WRITER), {file});
      QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));

      int decided = 0;
      QDeadlineTimer deadline(60000);
      while (decided < 40) {
        if (!writer.canReadLine() && !writer.waitForReadyRead(int(deadline.remainingTime()))) {
          QFAIL(qPrintable(QString("review_writer stopped after %1 decisions: %2")
                               .arg(decided)
                               .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
        }
        while (writer.canReadLine()) parseLine(writer.readLine(), reported, decided);
      }
      // The writer never pauses between key presses, so this lands amid a decision.
      QCOMPARE(::kill(static_cast<pid_t>(writer.processId()), SIGKILL), 0);
      QVERIFY(writer.waitForFinished(10000));
      QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
      // Lines printed before the kill but not yet read are decisions too.
      for (const QByteArray& line : writer.readAllStandardOutput().split('\n'))
        parseLine(line, reported, decided);
      QVERIFY(decided >= 30);

      ProjectStore store;
      QString error;
      QVERIFY2(store.open(file, &error), qPrintable(error));
      QCOMPARE(store.integrityCheck(), QString("ok"));
      const QHash<QString, ReviewLabel> stored = store.reviewLabels();
      for (auto it = reported.constBegin(); it != reported.constEnd(); ++it) {
        QVERIFY2(stored.contains(it.key()), qPrintable(it.key() + " is missing"));
        QCOMPARE(stored.value(it.key()).decision, it.value());
      }
      QVERIFY(stored.size() >= reported.size());
      qInfo("run %d: %d decisions reported, %d labels stored", run + 1, decided,
            static_cast<int>(stored.size()));
    }
    // The second run went on with new images instead of redoing the first run's.
    QVERIFY(reported.size() >= 2 * 30);
  }
};

QTEST_GUILESS_MAIN(TestReviewCrash)
#include "test_review_crash.moc"
