// SIGKILL while a checkpoint is being written leaves the previous checkpoint or the new
// one, never a torn file: a child process (checkpoint_writer) saves checkpoints in a loop
// and is killed at random moments, 24 times or more until 5 kills interrupted a write
// (left a temporary file); after each kill the checkpoint must load and
// be one of the versions written, no older than the last one reported saved.
#include <signal.h>

#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <QtTest>

#include "model/model_impl.h"
#include "test_paths.h"
#include "train/checkpoint.h"

namespace {

// The last "saved <k>" the child printed, or `fallback` when none.
int lastSaved(const QByteArray& output, int fallback) {
  int last = fallback;
  for (const auto& line : output.split('\n'))
    if (line.startsWith("saved ")) last = line.mid(6).toInt();
  return last;
}

}  // namespace

class TestCheckpointKill : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void killDuringCheckpointWrites() {
    const QString dir = mddtest::freshWorkDir("checkpoint_kill");
    const QString path = dir + "/run.ckpt";
    QRandomGenerator random(20261129);
    int confirmed = -1;  // the newest step a child reported as saved
    int nextFirst = 1;
    int killsMidWrite = 0;  // kills that left a half-written temporary file
    // At least 24 kills, and more (up to 80) until 5 of them interrupted a write.
    int round = 0;
    for (; round < 24 || (killsMidWrite < 5 && round < 80); ++round) {
      QProcess child;
      child.setProcessChannelMode(QProcess::SeparateChannels);
      child.start(CHECKPOINT_WRITER, {path, QString::number(nextFirst)});
      QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
      QByteArray output;
      // Wait until this child has saved at least once, then kill it at a random moment:
      // most kills land in the middle of a save (a save is most of the loop).
      while (lastSaved(output, -1) < 0) {
        QVERIFY2(child.state() == QProcess::Running,
                 qPrintable("checkpoint_writer stopped: " +
                            QString::fromLocal8Bit(child.readAllStandardError())));
        child.waitForReadyRead(200);
        output += child.readAllStandardOutput();
      }
      QThread::usleep(random.bounded(1, 400000));
      ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
      QVERIFY(child.waitForFinished(10000));
      output += child.readAllStandardOutput();
      QCOMPARE(child.exitStatus(), QProcess::CrashExit);
      const int saved = lastSaved(output, confirmed);
      QVERIFY(saved >= confirmed);
      confirmed = saved;

      const auto checkpoint = mdd::train::loadCheckpoint(path.toStdString(), "cpu");
      // The last version reported saved, or the one being written when the kill came.
      QVERIFY2(checkpoint.step == confirmed || checkpoint.step == confirmed + 1,
               qPrintable(QString("round %1: step %2 loaded, %3 was the last saved")
                              .arg(round)
                              .arg(checkpoint.step)
                              .arg(confirmed)));
      const auto first = checkpoint.model.impl().net->studentParameters().front();
      QVERIFY(torch::all(first == static_cast<double>(checkpoint.step)).item<bool>());
      QCOMPARE(checkpoint.history.back().step, checkpoint.step);
      // Temporary files of killed writers do not pile up: each save removes those of
      // writers that are gone, so at most the one this kill interrupted is left.
      const QStringList files = QDir(dir).entryList(QDir::Files | QDir::Hidden);
      QVERIFY2(files.size() <= 2, qPrintable(files.join(", ")));
      if (files.size() == 2) ++killsMidWrite;
      nextFirst = checkpoint.step + 1;
      confirmed = checkpoint.step;
    }
    qInfo("%d of %d kills interrupted a write", killsMidWrite, round);
    QVERIFY2(killsMidWrite >= 5, qPrintable(QString("only %1 of %2 kills interrupted a write")
                                                .arg(killsMidWrite)
                                                .arg(round)));
  }
};

QTEST_GUILESS_MAIN(TestCheckpointKill)
#include "test_checkpoint_kill.moc"
