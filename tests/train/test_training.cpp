// A short CPU training run on a generated multi-class demo dataset: the model must learn
// (image and pixel AUROC >= 0.90 on the test split, L_dist falls). Saves the model for the
// tests that need a trained one (ctest fixture shared_model, tests/common/shared_model.h).
#include <QtTest>

#include <iostream>

#include "mdd/demo_dataset.h"
#include "mdd/evaluate.h"
#include "mdd/runtime.h"
#include "mdd/train.h"
#include "shared_model.h"
#include "test_paths.h"

using namespace mdd;

namespace {

double meanLoss(const std::vector<TrainProgress>& h, size_t from, size_t to) {
  double s = 0;
  for (size_t i = from; i < to; ++i) s += h[i].losses.distillation;
  return s / static_cast<double>(to - from);
}

}  // namespace

class TestTraining : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void trainsEvaluatesAndSaves() {
    QDir(mddtest::sharedWorkDir()).removeRecursively();
    QDir().mkpath(mddtest::sharedWorkDir());
    DemoDatasetOptions demo;
    demo.classes = 2;
    demo.imageSize = 128;
    demo.trainGood = 40;
    demo.testGood = 10;
    demo.testDefects = 15;
    demo.seed = 3;
    makeDemoDataset(mddtest::sharedDatasetDir().toStdString(), demo);

    DatasetOptions dataOptions;
    dataOptions.validationFraction = 0.2;
    LoadReport report;
    const Dataset dataset = loadDataset(mddtest::sharedDatasetDir().toStdString(), dataOptions, report);
    QVERIFY2(!report.hasErrors(), report.format().c_str());
    QCOMPARE(dataset.classNames.size(), size_t{2});

    TrainConfig config;
    config.model.network.backbone = "inception_v3";
    config.model.network.inputWidth = config.model.network.inputHeight = 128;
    config.model.network.memory.itemsPerClass = 16;
    config.batchSize = 8;
    config.iterations = 120;
    config.seed = 11;
    config.device = "cpu";
    CancelToken cancel;
    const auto result = trainModel(dataset, config, nullptr, cancel);
    QVERIFY(!result.cancelled);
    QCOMPARE(result.history.size(), size_t{120});
    const double early = meanLoss(result.history, 0, 20), late = meanLoss(result.history, 100, 120);
    std::cout << "L_dist first 20 steps " << early << ", last 20 steps " << late << ", "
              << result.history.back().elapsedSeconds << " s\n";
    QVERIFY2(late < 0.8 * early, "L_dist did not fall");

    Model model = result.model;
    calibrateModel(model, dataset, nullptr, cancel);
    for (const auto& t : model.metadata().thresholds) {
      QVERIFY(isDefined(t.imageThreshold));
      QVERIFY(t.method == ThresholdMethod::MaxNormalScore);  // MVTec validation is normal only
    }
    const auto eval = evaluateModel(model, dataset, {}, nullptr, cancel);
    std::cout << formatMetricsTable(eval.classes);
    std::cout << "memory class accuracy " << eval.classAccuracy << "\n";
    QVERIFY2(eval.mean.iAuroc >= 0.90, qPrintable(QString::number(eval.mean.iAuroc)));
    QVERIFY2(eval.mean.pAuroc >= 0.90, qPrintable(QString::number(eval.mean.pAuroc)));
    QVERIFY(eval.classAccuracy >= 0.9);
    model.save(mddtest::sharedModelPath().toStdString());
    QVERIFY(QFileInfo(mddtest::sharedModelPath()).size() > 1000000);
  }
};

QTEST_APPLESS_MAIN(TestTraining)
#include "test_training.moc"
