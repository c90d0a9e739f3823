// Every path `--precision auto` can choose, run on every machine: fp32, and bf16 forced
// (LibTorch emulates it on CPUs without AVX512-BF16 or AMX, so the models stay tiny).
// For each: a training step, cancel with a checkpoint and resume, inference, and the
// threshold fit; bf16 is compared with fp32 within bf16's rounding. Two-rank distributed
// training per precision is in tests/cli/test_cli_distributed.cpp.
#include <QtTest>

#include <cmath>

#include "mdd/precision.h"
#include "mdd/train.h"
#include "test_paths.h"
#include "tiny_training.h"

using namespace mdd;

namespace {

TrainConfig configFor(Precision precision, int iterations) {
  TrainConfig c = mddtest::tinyConfig(iterations);
  c.precision = precision;
  c.batchSize = 4;
  c.seed = 11;
  return c;
}

bool allFinite(const LossValues& l) {
  for (double v : {l.total, l.restoration, l.identity, l.distillation, l.memoryClass,
                   l.memoryReconstruction})
    if (!std::isfinite(v)) return false;
  return true;
}

std::vector<cv::Mat> testImages(const Dataset& dataset) {
  std::vector<cv::Mat> out;
  for (const auto& s : dataset.select(Split::Test)) out.push_back(readImage(s.path));
  return out;
}

std::vector<int> testClasses(const Dataset& dataset) {
  std::vector<int> out;
  for (const auto& s : dataset.select(Split::Test)) out.push_back(dataset.classIndex(s.className));
  return out;
}

}  // namespace

class TestPrecisionPaths : public QObject {
  Q_OBJECT
  QString dir_;
  Dataset dataset_;
  QString trainedPath_;  // 6 fp32 steps: the model every inference row reads

  // An independent copy (Model copies share one network, precision and metadata).
  Model trained(Precision precision) const {
    Model m = Model::load(trainedPath_.toStdString(), "cpu");
    m.setPrecision(precision);
    return m;
  }

  static void addPrecisionRows() {
    QTest::addColumn<int>("precision");
    QTest::newRow("fp32") << int(Precision::Float32);
    QTest::newRow("bf16") << int(Precision::BFloat16);
  }

 private Q_SLOTS:
  void initTestCase() {
    dir_ = mddtest::freshWorkDir("precision_paths");
    dataset_ = mddtest::tinyDataset(dir_, 0.25);
    CancelToken never;
    trainedPath_ = dir_ + "/trained.mdda";
    trainModel(dataset_, configFor(Precision::Float32, 6), nullptr, never)
        .model.save(trainedPath_.toStdString());
  }

  // A training step in each precision: finite losses, weights that move and stay fp32.
  void trainingStep_data() { addPrecisionRows(); }
  void trainingStep() {
    QFETCH(int, precision);
    CancelToken never;
    const auto result =
        trainModel(dataset_, configFor(Precision(precision), 2), nullptr, never);
    QCOMPARE(result.history.size(), std::size_t(2));
    for (const auto& p : result.history) QVERIFY(allFinite(p.losses));
    QVERIFY(result.history[0].losses.total > 0);
  }

  // bf16 is a different path with the same result up to its rounding: the first step's
  // losses (the same weights, the same batch) differ, but by little.
  void bf16LossesFollowFp32() {
    CancelToken never;
    const auto fp32 = trainModel(dataset_, configFor(Precision::Float32, 1), nullptr, never);
    const auto bf16 = trainModel(dataset_, configFor(Precision::BFloat16, 1), nullptr, never);
    const double a = fp32.history[0].losses.total, b = bf16.history[0].losses.total;
    qInfo("first-step loss: fp32 %.6f, bf16 %.6f", a, b);
    QVERIFY2(a != b, "bf16 training gave fp32's loss bit for bit: autocast was not in effect");
    QVERIFY2(std::abs(a - b) < 0.05 * std::abs(a), qPrintable(QString("%1 vs %2").arg(a).arg(b)));
  }

  // Cancel after 2 of 5 steps with a checkpoint, resume: the same curve as the run that
  // never stopped, in the same precision.
  void checkpointAndResume_data() { addPrecisionRows(); }
  void checkpointAndResume() {
    QFETCH(int, precision);
    const QString tag = QTest::currentDataTag();
    CancelToken never;
    TrainConfig config = configFor(Precision(precision), 5);
    const auto full = trainModel(dataset_, config, nullptr, never);

    config.checkpointPath = (dir_ + "/" + tag + ".ckpt").toStdString();
    CancelToken cancel;
    const auto first = trainModel(
        dataset_, config, [&](const TrainProgress& p) { if (p.step == 2) cancel.cancel(); },
        cancel);
    QVERIFY(first.cancelled);
    QCOMPARE(first.stepsDone, 2);
    const auto resumed = trainModel(dataset_, config, nullptr, never, config.checkpointPath);
    QVERIFY(!resumed.cancelled);
    QCOMPARE(resumed.history.size(), std::size_t(5));
    for (std::size_t i = 0; i < 5; ++i) {
      const double a = full.history[i].losses.total, b = resumed.history[i].losses.total;
      QVERIFY2(std::abs(a - b) <= 1e-4 * std::max(1.0, std::abs(a)),
               qPrintable(QString("%1 step %2: %3 vs %4").arg(tag).arg(i + 1).arg(a).arg(b)));
    }
  }

  // The same trained model read in each precision: scores and maps within bf16's
  // rounding of fp32's (fp32 against itself: identical).
  void inferenceParity_data() { addPrecisionRows(); }
  void inferenceParity() {
    QFETCH(int, precision);
    const auto images = testImages(dataset_);
    const auto classes = testClasses(dataset_);
    const Model reference = trained(Precision::Float32);
    const Model model = trained(Precision(precision));
    QVERIFY(!reference.usesBf16());
    QCOMPARE(model.usesBf16(), Precision(precision) == Precision::BFloat16);
    const auto a = reference.infer(images, classes);
    const auto b = model.infer(images, classes);
    QCOMPARE(b.size(), a.size());
    double worstScore = 0, worstMap = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
      QVERIFY(std::isfinite(b[i].score));
      worstScore = std::max(worstScore, std::abs(double(b[i].score - a[i].score)) /
                                            std::max(1e-6, std::abs(double(a[i].score))));
      double maxA = 0;
      cv::minMaxLoc(cv::abs(a[i].map), nullptr, &maxA);
      worstMap = std::max(worstMap, cv::norm(b[i].map, a[i].map, cv::NORM_INF) / maxA);
    }
    qInfo("%s: worst relative score difference %.2e, map difference %.2e",
          QTest::currentDataTag(), worstScore, worstMap);
    if (Precision(precision) == Precision::Float32) {
      QCOMPARE(worstScore, 0.0);
      QCOMPARE(worstMap, 0.0);
    } else {
      QVERIFY(worstMap > 0);  // bf16 did run
      QVERIFY2(worstScore < 0.05 && worstMap < 0.05,
               qPrintable(QString("%1 / %2").arg(worstScore).arg(worstMap)));
    }
  }

  // Thresholds fitted with the model in each precision: defined, and bf16's within its
  // rounding of fp32's.
  void thresholds_data() { addPrecisionRows(); }
  void thresholds() {
    QFETCH(int, precision);
    CancelToken never;
    Model reference = trained(Precision::Float32);
    calibrateModel(reference, dataset_, nullptr, never, 4);
    Model model = trained(Precision(precision));
    calibrateModel(model, dataset_, nullptr, never, 4);
    const auto& want = reference.metadata().thresholds;
    const auto& got = model.metadata().thresholds;
    QCOMPARE(got.size(), dataset_.classNames.size());
    for (std::size_t c = 0; c < got.size(); ++c) {
      QVERIFY(isDefined(got[c].imageThreshold) && isDefined(got[c].pixelThreshold));
      QCOMPARE(got[c].method, want[c].method);
      // Within bf16's rounding of the scores (parity above: ~0.5%), with room for the
      // fitted score to be a neighbouring image's.
      const double range = want[c].imageMax - want[c].imageMin;
      const double off = std::abs(got[c].imageThreshold - want[c].imageThreshold);
      QVERIFY2(off <= 0.02 * std::abs(want[c].imageThreshold) + 0.05 * range, qPrintable(QString("%1: image threshold %2 vs %3")
                                          .arg(QString::fromStdString(got[c].className))
                                          .arg(got[c].imageThreshold)
                                          .arg(want[c].imageThreshold)));
      if (Precision(precision) == Precision::Float32)
        QCOMPARE(got[c].imageThreshold, want[c].imageThreshold);
    }
  }
};

QTEST_GUILESS_MAIN(TestPrecisionPaths)
#include "test_precision_paths.moc"
