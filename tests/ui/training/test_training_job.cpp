// TrainingJob: throttled progress that still carries every step, the last step always
// delivered, errors as outcomes, and an owner that can go away mid-run.
#include <QtTest>

#include <memory>

#include "mdd/model.h"
#include "test_paths.h"
#include "tiny_training.h"
#include "training/training_job.h"

using mddui::TrainingJob;
using mddui::TrainingOutcome;
using mddui::TrainingUpdate;

class TestTrainingJob : public QObject {
  Q_OBJECT
 private:
  QString dir_;
  mdd::Dataset dataset_;

  static TrainingOutcome waitForOutcome(QSignalSpy& finished, int ms) {
    if (finished.isEmpty() && !finished.wait(ms)) return {};
    return finished.takeFirst().at(0).value<TrainingOutcome>();
  }

 private slots:
  void initTestCase() {
    dir_ = mddtest::freshWorkDir("training_job");
    dataset_ = mddtest::tinyDataset(dir_);
    QCOMPARE(int(dataset_.classNames.size()), 2);
  }

  void throttledUpdatesKeepEveryStep() {
    TrainingJob job;
    job.setProgressInterval(60 * 1000);  // only the first and the last step may be sent
    QList<TrainingUpdate> updates;
    connect(&job, &TrainingJob::progress, this,
            [&](const TrainingUpdate& u) { updates << u; });
    QSignalSpy finished(&job, &TrainingJob::finished);
    const QString model = dir_ + "/throttled.mdda";
    QVERIFY(job.start(dataset_, mddtest::tinyConfig(5), model));
    QVERIFY(job.isRunning());
    QVERIFY(!job.start(dataset_, mddtest::tinyConfig(5), model));  // one run at a time
    QVERIFY(finished.wait(120000));
    const auto outcome = finished.at(0).at(0).value<TrainingOutcome>();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(!job.isRunning());
    QCOMPARE(outcome.stepsDone, 5);
    QCOMPARE(outcome.totalSteps, 5);
    QCOMPARE(outcome.modelPath, model);
    QVERIFY(outcome.checkpointPath.isEmpty());  // a finished run leaves no checkpoint
    QVERIFY(!QFileInfo::exists(TrainingJob::checkpointPathFor(model)));

    QCOMPARE(updates.size(), 2);
    QCOMPARE(updates.first().step, 1);
    QCOMPARE(updates.last().step, 5);
    QCOMPARE(updates.last().totalSteps, 5);
    QList<int> steps;
    for (const auto& u : updates)
      for (const auto& s : u.steps) steps << s.step;
    QCOMPARE(steps, QList<int>({1, 2, 3, 4, 5}));
    QCOMPARE(updates.last().steps.back().losses.total, updates.last().losses.total);

    const mdd::ModelFileInfo info = mdd::readModelFileInfo(model.toStdString());
    QCOMPARE(info.config.classNames, dataset_.classNames);
    QCOMPARE(info.metadata.training.steps, 5);
    QCOMPARE(int(info.metadata.thresholds.size()), 2);
  }

  void errorsBecomeOutcomes() {
    TrainingJob job;
    QSignalSpy finished(&job, &TrainingJob::finished);
    QSignalSpy log(&job, &TrainingJob::logMessage);
    const QString missing = dir_ + "/no such folder/model.mdda";
    QVERIFY(job.start(dataset_, mddtest::tinyConfig(2), missing));
    auto outcome = waitForOutcome(finished, 30000);
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.cancelled);
    QVERIFY2(outcome.error.contains("no such folder"), qPrintable(outcome.error));
    QVERIFY(!log.isEmpty());
    QVERIFY(log.last().at(0).toString().contains("no such folder"));

    const QString checkpoint = dir_ + "/gone.ckpt";
    QVERIFY(job.start(dataset_, mddtest::tinyConfig(2), dir_ + "/m.mdda", checkpoint));
    outcome = waitForOutcome(finished, 30000);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains("gone.ckpt"), qPrintable(outcome.error));

    // No validation images: refused before any training, naming the fix.
    mdd::Dataset noValidation = dataset_;
    for (auto& s : noValidation.samples)
      if (s.split == mdd::Split::Validation) s.split = mdd::Split::Train;
    QVERIFY(job.start(noValidation, mddtest::tinyConfig(2), dir_ + "/m.mdda"));
    outcome = waitForOutcome(finished, 30000);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains("validation"), qPrintable(outcome.error));
    QCOMPARE(outcome.stepsDone, 0);
  }

  void destroyingTheOwnerMidRunCancelsAndJoins() {
    auto job = std::make_unique<TrainingJob>();
    const QString model = dir_ + "/destroyed.mdda";
    QSignalSpy progress(job.get(), &TrainingJob::progress);
    QVERIFY(job->start(dataset_, mddtest::tinyConfig(200), model));
    QVERIFY(progress.wait(120000));
    QElapsedTimer clock;
    clock.start();
    job.reset();  // cancels, waits for the current step and the checkpoint
    QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(QFileInfo::exists(TrainingJob::checkpointPathFor(model)));
    QVERIFY(!QFileInfo::exists(model));
    QTest::qWait(100);  // calls the worker queued for the dead job must not be delivered
  }
};

QTEST_MAIN(TestTrainingJob)
#include "test_training_job.moc"
