// Ctrl-C (SIGINT) and SIGTERM during `mddnet train`: a checkpoint is written, the exit is
// clean, and `train --resume` continues the run from the step it reached.
#include <signal.h>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include "cli_runner.h"
#include "mdd/model.h"
#include "test_paths.h"
#include "tiny_training.h"

using mddtest::runCli;
using mddtest::tinyTrainArgs;

namespace {

constexpr int kTotalSteps = 30;

// Starts training, waits for its first progress line, sends `signal`; returns stderr.
QString trainAndInterrupt(const QStringList& args, int signal, int* exitCode) {
  QProcess p;
  p.start(QStringLiteral(MDD_CLI_PATH), args);
  QString err;
  QElapsedTimer timer;
  timer.start();
  while (!err.contains(QRegularExpression("train: \\d+/")) && timer.elapsed() < 120000) {
    p.waitForReadyRead(200);
    err += QString::fromUtf8(p.readAllStandardError());
    if (p.state() == QProcess::NotRunning) break;
  }
  if (p.state() == QProcess::Running) ::kill(static_cast<pid_t>(p.processId()), signal);
  p.waitForFinished(120000);
  err += QString::fromUtf8(p.readAllStandardError());
  *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
  return err;
}

}  // namespace

class TestCliInterrupt : public QObject {
  Q_OBJECT
  QString dir_;

  QStringList args(const QString& name) const {
    return tinyTrainArgs(dir_) << "--iterations" << QString::number(kTotalSteps) << "--out"
                               << dir_ + "/" + name + ".mdda";
  }

 private Q_SLOTS:
  void initTestCase() {
    dir_ = mddtest::freshWorkDir("cli_interrupt");
    mddtest::makeTinyDemo(dir_);
  }

  void ctrlCSavesACheckpointThatResumeContinues() {
    int exitCode = -1;
    const QString err = trainAndInterrupt(args("model"), SIGINT, &exitCode);
    QCOMPARE(exitCode, 130);
    const auto match = QRegularExpression("interrupted after step (\\d+) of 30").match(err);
    QVERIFY2(match.hasMatch(), qPrintable(err));
    const int reached = match.captured(1).toInt();
    QVERIFY2(reached >= 1 && reached < kTotalSteps, qPrintable(err));
    const QString checkpoint = dir_ + "/model.mdda.ckpt";
    QVERIFY(err.contains("checkpoint written to " + checkpoint));
    QVERIFY(QFile::exists(checkpoint));
    QVERIFY(!QFile::exists(dir_ + "/model.mdda"));  // no model from a cancelled run

    const auto resumed = runCli(args("model") << "--resume" << checkpoint);
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    // The resumed run's first step is the one after the checkpoint.
    const auto first = QRegularExpression("train: (\\d+)/30").match(resumed.err);
    QVERIFY2(first.hasMatch(), qPrintable(resumed.err));
    QCOMPARE(first.captured(1).toInt(), reached + 1);
    QVERIFY(resumed.out.contains("trained 30 steps"));
    const auto info = mdd::readModelFileInfo((dir_ + "/model.mdda").toStdString());
    QCOMPARE(info.metadata.training.steps, kTotalSteps);
  }

  void sigtermStopsTheSameWayWithItsOwnCode() {
    int exitCode = -1;
    const QString err = trainAndInterrupt(args("term"), SIGTERM, &exitCode);
    QCOMPARE(exitCode, 143);
    QVERIFY2(err.contains("checkpoint written to"), qPrintable(err));
    QVERIFY(QFile::exists(dir_ + "/term.mdda.ckpt"));
  }

  void resumingAnotherDatasetsCheckpointFails() {
    QVERIFY(QFile::exists(dir_ + "/model.mdda.ckpt"));
    const auto other = runCli({"make-demo", dir_ + "/other", "--classes", "1", "--image-size",
                               "64", "--train", "6", "--test-good", "1", "--test-defects", "1"});
    QCOMPARE(other.exitCode, 0);
    const auto r = runCli({"train", dir_ + "/other", "--config", dir_ + "/tiny.json", "--batch",
                           "4", "--iterations", "30", "--out", dir_ + "/other.mdda", "--resume",
                           dir_ + "/model.mdda.ckpt"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("other classes"), qPrintable(r.err));
  }
};

QTEST_GUILESS_MAIN(TestCliInterrupt)
#include "test_cli_interrupt.moc"
