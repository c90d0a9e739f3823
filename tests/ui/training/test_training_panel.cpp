// TrainingPanel: the form, a real tiny training with the GUI responsive throughout,
// cancel with a checkpoint and resume to the end.
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QtTest>

#include "mdd/backbones.h"
#include "mdd/model.h"
#include "mdd/runtime.h"
#include "event_loop_meter.h"
#include "test_paths.h"
#include "tiny_training.h"
#include "training/loss_plot.h"
#include "training/training_job.h"
#include "training/training_panel.h"

using mddui::TrainingOutcome;
using mddui::TrainingPanel;
using mddui::TrainingUpdate;

namespace {

template <typename W>
W* child(QWidget& parent, const char* name) {
  W* w = parent.findChild<W*>(QLatin1String(name));
  if (!w) qWarning("no widget %s", name);
  return w;
}

// Training steps of the responsiveness test: a tiny step takes tens of milliseconds on a
// fast CPU, so this many give the event-loop meter over a second of work there.
constexpr int kResponsiveSteps = 40;

TrainingOutcome outcomeOf(QSignalSpy& spy) { return spy.last().at(0).value<TrainingOutcome>(); }

}  // namespace

class TestTrainingPanel : public QObject {
  Q_OBJECT
 private:
  QString dir_;
  mdd::Dataset dataset_;

  // The tiny model through setConfig, then the fields the brief names through the form.
  void prepare(TrainingPanel& panel, const QString& model, int iterations) {
    panel.setInteractiveErrors(false);
    panel.setConfig(mddtest::tinyConfig(100));
    child<QSpinBox>(panel, "imageSizeSpin")->setValue(64);
    child<QSpinBox>(panel, "batchSpin")->setValue(2);
    child<QSpinBox>(panel, "iterationsSpin")->setValue(iterations);
    panel.setDataset(dataset_);
    panel.setModelPath(model);
    panel.resize(1100, 680);
    panel.show();
  }

 private slots:
  void initTestCase() {
    dir_ = mddtest::freshWorkDir("training_panel");
    dataset_ = mddtest::tinyDataset(dir_);
  }

  void formRoundTripsTheConfig() {
    TrainingPanel panel;
    panel.setInteractiveErrors(false);
    auto* start = child<QPushButton>(panel, "startTrainingButton");
    QVERIFY(start && !start->isEnabled());  // no dataset yet
    auto* advanced = child<QGroupBox>(panel, "advancedGroup");
    QVERIFY(advanced && !advanced->isChecked());  // collapsed until asked for

    mdd::TrainConfig c = mddtest::tinyConfig(17);
    c.epochs = 7;
    c.learningRate = 0.002;
    c.seed = 42;
    c.checkpointEvery = 5;
    c.model.network.memory.enabled = false;
    c.model.network.resize = mdd::InputResize::Squash;
    c.model.maps.source = mdd::MapSource::Fused;
    c.synthesis = mdd::SynthesisConfig();
    c.synthesis.colour = mdd::SynthesisColour::Grey;
    c.synthesis.anomalyProbability = 0.75;
    c.synthesis.betaMax = 0.5f;
    c.synthesis.minScaleLog2 = 2;
    c.synthesis.maxScaleLog2 = 4;
    c.synthesis.threshold = 0.6f;
    c.synthesis.randomRotation = false;
    c.synthesis.augmentTexture = false;
    c.restrictToForeground = true;
    c.systemTextures = false;
    c.textureFolder = "/data/textures";
    panel.setConfig(c);
    const mdd::TrainConfig back = panel.config();
    QCOMPARE(back.model.network.backbone, std::string("mobilenet_v2"));
    QCOMPARE(back.model.network.inputWidth, 64);
    QCOMPARE(back.model.network.neckChannels, 32);  // not on the form, kept
    QCOMPARE(back.iterations, 17);
    QCOMPARE(back.epochs, 7);
    QCOMPARE(back.batchSize, 2);
    QCOMPARE(back.learningRate, 0.002);
    QCOMPARE(back.seed, std::uint64_t(42));
    QCOMPARE(back.checkpointEvery, 5);
    QCOMPARE(back.device, std::string("cpu"));
    QVERIFY(!back.model.network.memory.enabled);
    QCOMPARE(back.model.network.resize, mdd::InputResize::Squash);
    QCOMPARE(back.model.maps.source, mdd::MapSource::Fused);
    // Every synthesis setting is on the form (advanced settings) and round-trips.
    QCOMPARE(back.synthesis.colour, mdd::SynthesisColour::Grey);
    QCOMPARE(back.synthesis.anomalyProbability, 0.75);
    QCOMPARE(back.synthesis.betaMax, 0.5f);
    QCOMPARE(back.synthesis.minScaleLog2, 2);
    QCOMPARE(back.synthesis.maxScaleLog2, 4);
    QCOMPARE(back.synthesis.threshold, 0.6f);
    QVERIFY(!back.synthesis.randomRotation && !back.synthesis.augmentTexture);
    QVERIFY(back.restrictToForeground && !back.systemTextures && back.trainingImageTextures);
    QCOMPARE(back.textureFolder, std::string("/data/textures"));
    auto* colour = child<QComboBox>(panel, "synthesisColourCombo");
    colour->setCurrentIndex(colour->findData(int(mdd::SynthesisColour::FollowData)));
    QCOMPARE(panel.config().synthesis.colour, mdd::SynthesisColour::FollowData);
    child<QSpinBox>(panel, "maxScaleSpin")->setValue(1);  // below the minimum: both follow
    QCOMPARE(panel.config().synthesis.minScaleLog2, 1);
    QCOMPARE(panel.config().synthesis.maxScaleLog2, 1);

    // Editing a field changes the config.
    child<QSpinBox>(panel, "epochsSpin")->setValue(3);
    child<QCheckBox>(panel, "memoryCheck")->setChecked(true);
    QCOMPARE(panel.config().epochs, 3);
    QVERIFY(panel.config().model.network.memory.enabled);

    // Devices: Auto and CPU always, CUDA ones only when the runtime has CUDA.
    auto* device = child<QComboBox>(panel, "deviceCombo");
    QVERIFY(device->findData("auto") >= 0 && device->findData("cpu") >= 0);
    QCOMPARE(device->findData("cuda:0") >= 0, mdd::runtimeInfo().cudaAvailable);
    // Every registered backbone is listed; those without weights cannot be chosen.
    auto* backbone = child<QComboBox>(panel, "backboneCombo");
    QCOMPARE(backbone->count(), int(mdd::listBackbones().size()));
    auto* items = qobject_cast<QStandardItemModel*>(backbone->model());
    for (int i = 0; i < backbone->count(); ++i) {
      const std::string id = backbone->itemData(i).toString().toStdString();
      QCOMPARE(items->item(i)->isEnabled(), !mdd::findBackboneWeights(id).empty());
    }

    QSignalSpy fraction(&panel, &TrainingPanel::validationFractionChanged);
    child<QDoubleSpinBox>(panel, "validationFractionSpin")->setValue(0.25);
    QCOMPARE(fraction.count(), 1);
    QCOMPARE(panel.validationFraction(), 0.25);

    panel.setDataset(dataset_);
    QVERIFY(!start->isEnabled());  // no model path yet
    panel.setModelPath(dir_ + "/form.mdda");
    QVERIFY(start->isEnabled());
    QVERIFY(!child<QPushButton>(panel, "resumeTrainingButton")->isEnabled());  // no checkpoint
    QVERIFY(!child<QPushButton>(panel, "cancelTrainingButton")->isEnabled());

    panel.resize(1100, 680);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(!child<QSpinBox>(panel, "iterationsSpin")->isVisible());
    advanced->setChecked(true);
    QVERIFY(child<QSpinBox>(panel, "iterationsSpin")->isVisible());
    QTest::qWait(50);  // the layout settles before the picture
    QVERIFY(panel.grab().save(QString(MDD_TEST_WORK_DIR) + "/training_panel_advanced.png"));
  }

  void trainsWhileTheWindowStaysResponsive() {
    // Enough steps that the meter has work on a fast idle machine too (3 steps once ended
    // before it had ticked 10 times on an AVX-512 CPU); a slow loaded one takes longer.
    const int steps = kResponsiveSteps;
    TrainingPanel panel;
    const QString model = dir_ + "/panel.mdda";
    prepare(panel, model, steps);
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy started(&panel, &TrainingPanel::trainingStarted);
    QSignalSpy finished(&panel, &TrainingPanel::trainingFinished);
    QSignalSpy errors(&panel, &TrainingPanel::errorOccurred);

    mddtest::EventLoopMeter meter;
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(child<QPushButton>(panel, "startTrainingButton"), Qt::LeftButton);
    QVERIFY(panel.isRunning());
    QVERIFY(!child<QWidget>(panel, "trainingForm")->isEnabled());
    QVERIFY(child<QPushButton>(panel, "cancelTrainingButton")->isEnabled());
    QVERIFY(finished.wait(300000));  // a real event loop, as the application runs
    const qint64 trainingMs = clock.elapsed();
    meter.stop();
    qInfo("%d steps in %lld ms; %s", steps, trainingMs, qPrintable(meter.summary()));
    // The bar: the event loop answers within 100 ms during training (a stall the
    // whole machine imposes on every thread, other processes on the cores, is added).
    QVERIFY2(meter.answersWithin(100), qPrintable(meter.summary()));
    // The run was long enough for the meter to measure something.
    QVERIFY2(meter.ticks() > 10, qPrintable(QString("training took only %1 ms").arg(trainingMs)));

    const TrainingOutcome outcome = outcomeOf(finished);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.stepsDone, steps);
    QVERIFY(errors.isEmpty());
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.at(0).at(0).toString(), model);
    const QJsonObject json = QJsonDocument::fromJson(started.at(0).at(1).toString().toUtf8()).object();
    QCOMPARE(json["training"].toObject()["iterations"].toInt(), steps);
    QCOMPARE(json["classNames"].toArray().size(), 2);

    const mdd::ModelFileInfo info = mdd::readModelFileInfo(model.toStdString());
    QCOMPARE(info.config.classNames, dataset_.classNames);
    QCOMPARE(info.config.network.inputWidth, 64);
    QCOMPARE(panel.lossPlot()->pointCount(), steps);
    auto* progress = child<QProgressBar>(panel, "trainingProgress");
    QCOMPARE(progress->maximum(), steps);
    QCOMPARE(progress->value(), progress->maximum());
    const QString log = child<QPlainTextEdit>(panel, "trainingLog")->toPlainText();
    QVERIFY2(log.contains(QString("step %1 / %1").arg(steps)) && log.contains("Model saved"),
             qPrintable(log));
    QVERIFY(!panel.isRunning());
    QVERIFY(child<QWidget>(panel, "trainingForm")->isEnabled());
    QVERIFY(!child<QPushButton>(panel, "resumeTrainingButton")->isEnabled());
    QVERIFY(panel.grab().save(QString(MDD_TEST_WORK_DIR) + "/training_panel_finished.png"));
  }

  void cancelThenResumeFinishesTheRun() {
    TrainingPanel panel;
    const QString model = dir_ + "/resumed.mdda";
    const int total = 8;
    prepare(panel, model, total);
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy finished(&panel, &TrainingPanel::trainingFinished);
    auto* cancel = child<QPushButton>(panel, "cancelTrainingButton");
    auto* resume = child<QPushButton>(panel, "resumeTrainingButton");

    // Cancel as soon as the first step is reported.
    auto once = connect(&panel, &TrainingPanel::progressed, this,
                        [&] { QTest::mouseClick(cancel, Qt::LeftButton); });
    QTest::mouseClick(child<QPushButton>(panel, "startTrainingButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 180000);
    disconnect(once);
    const TrainingOutcome cancelled = outcomeOf(finished);
    QVERIFY(cancelled.cancelled);
    QVERIFY(!cancelled.ok);
    QVERIFY(cancelled.stepsDone >= 1 && cancelled.stepsDone < total);
    QCOMPARE(cancelled.checkpointPath, panel.checkpointPath());
    QVERIFY(QFileInfo::exists(model + ".ckpt"));
    QVERIFY(!QFileInfo::exists(model));
    QCOMPARE(panel.lossPlot()->pointCount(), cancelled.stepsDone);
    QVERIFY(resume->isEnabled());
    child<QSpinBox>(panel, "batchSpin")->setValue(4);  // an edit Resume must not pick up

    // Resume, with a screenshot of the panel mid-run.
    bool shot = false;
    connect(&panel, &TrainingPanel::progressed, this, [&](const TrainingUpdate& u) {
      if (shot || u.step < total - 2) return;
      shot = true;
      panel.lossPlot()->replotNow();
      QVERIFY(panel.grab().save(QString(MDD_TEST_WORK_DIR) + "/training_panel.png"));
    });
    QTest::mouseClick(resume, Qt::LeftButton);
    QVERIFY(panel.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 180000);
    const TrainingOutcome done = outcomeOf(finished);
    QVERIFY2(done.ok, qPrintable(done.error));
    QCOMPARE(done.stepsDone, total);
    QCOMPARE(panel.config().batchSize, 2);
    QCOMPARE(panel.lossPlot()->pointCount(), total);  // saved steps, then the resumed ones
    QVERIFY(shot);
    const mdd::ModelFileInfo info = mdd::readModelFileInfo(model.toStdString());
    QCOMPARE(info.metadata.training.steps, total);
    QCOMPARE(info.config.classNames, dataset_.classNames);
    QVERIFY(!QFileInfo::exists(model + ".ckpt"));
    QVERIFY(!resume->isEnabled());
  }

  void errorsGoToTheLogWithoutABlockingBox() {
    TrainingPanel panel;
    prepare(panel, dir_ + "/missing folder/x.mdda", 2);
    QSignalSpy finished(&panel, &TrainingPanel::trainingFinished);
    QSignalSpy errors(&panel, &TrainingPanel::errorOccurred);
    panel.startTraining();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.at(0).at(0).toString().contains("missing folder"));
    QVERIFY(child<QPlainTextEdit>(panel, "trainingLog")->toPlainText().contains("missing folder"));
    QVERIFY(child<QPushButton>(panel, "startTrainingButton")->isEnabled());
    QVERIFY(QApplication::activeModalWidget() == nullptr);
  }
};

// QTEST_MAIN, with an application that times its events for EventLoopMeter.
int main(int argc, char** argv) {
  mddtest::TimedApplication app(argc, argv);
  app.setAttribute(Qt::AA_Use96Dpi, true);
  TestTrainingPanel test;
  QTEST_SET_MAIN_SOURCE_PATH
  return QTest::qExec(&test, argc, argv);
}
#include "test_training_panel.moc"
