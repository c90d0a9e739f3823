// The metrics against scikit-learn/scipy reference values
// (tests/fixtures/eval/*.json, made by scripts/fixtures/make_metric_fixtures.py).
#include <QtTest>

#include <cmath>
#include <fstream>

#include <nlohmann/json.hpp>

#include "mdd/ground_truth.h"
#include "mdd/metrics.h"
#include "test_paths.h"

namespace {

using nlohmann::json;

constexpr double kCurveTolerance = 1e-6;  // AUROC, AP, F1max
constexpr double kAuProTolerance = 1e-6;  // exact sweep on both sides (the brief allows 1e-3)

json loadCases(const char* file) {
  const QString path = mddtest::fixtureDir() + "/eval/" + file;
  std::ifstream in(path.toStdString());
  if (!in) qFatal("missing fixture %s: run scripts/fixtures/make_metric_fixtures.py", file);
  return json::parse(in).at("cases");
}

// Empty when actual matches expected (null = undefined = NaN), else what went wrong.
QString mismatch(const char* what, double actual, const json& expected, double tolerance,
                 double* worst) {
  if (expected.is_null()) {
    return std::isnan(actual) ? QString()
                              : QString("%1: %2, expected undefined").arg(what).arg(actual);
  }
  const double error = std::abs(actual - expected.get<double>());
  if (worst) *worst = std::max(*worst, error);
  if (error <= tolerance) return QString();
  return QString("%1: %2, expected %3")
      .arg(what)
      .arg(actual, 0, 'g', 17)
      .arg(expected.get<double>(), 0, 'g', 17);
}

#define EXPECT_METRIC(what, actual, expected, tolerance, worst)                 \
  do {                                                                          \
    const QString problem = mismatch(what, actual, expected, tolerance, worst); \
    QVERIFY2(problem.isEmpty(), qPrintable(problem));                           \
  } while (false)

std::vector<cv::Mat> mats(const json& values, int height, int width, int type) {
  std::vector<cv::Mat> out;
  for (const auto& flat : values) {
    cv::Mat m(height, width, type);
    for (int i = 0; i < height * width; ++i) {
      if (type == CV_32FC1)
        m.at<float>(i / width, i % width) = flat[i].get<float>();
      else
        m.at<std::uint8_t>(i / width, i % width) = flat[i].get<std::uint8_t>();
    }
    out.push_back(m);
  }
  return out;
}

}  // namespace

class TestMetrics : public QObject {
  Q_OBJECT
  json imageCases_, pixelCases_;
  double worstCurveError_ = 0.0, worstAuProError_ = 0.0;

  void addCaseRows(const json& cases) {
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < cases.size(); ++i) {
      QTest::newRow(cases[i]["name"].get<std::string>().c_str()) << static_cast<int>(i);
    }
  }

 private Q_SLOTS:
  void initTestCase() {
    imageCases_ = loadCases("image_metric_cases.json");
    pixelCases_ = loadCases("pixel_metric_cases.json");
    QVERIFY(imageCases_.size() >= 10);
    QVERIFY(pixelCases_.size() >= 5);
  }
  void cleanupTestCase() {
    qInfo("largest error vs reference: AUROC/AP/F1max %.3g, AU-PRO %.3g", worstCurveError_,
          worstAuProError_);
  }

  void imageMetricsMatchSklearn_data() { addCaseRows(imageCases_); }
  void imageMetricsMatchSklearn() {
    QFETCH(int, index);
    const json& c = imageCases_[index];
    const auto scores = c["scores"].get<std::vector<float>>();
    const auto labels = c["labels"].get<std::vector<int>>();
    const mdd::BinaryCurveMetrics m = mdd::imageMetrics(scores, labels);
    EXPECT_METRIC("auroc", m.auroc, c["auroc"], kCurveTolerance, &worstCurveError_);
    EXPECT_METRIC("ap", m.ap, c["ap"], kCurveTolerance, &worstCurveError_);
    EXPECT_METRIC("f1max", m.f1max, c["f1max"], kCurveTolerance, &worstCurveError_);
    EXPECT_METRIC("f1Threshold", m.f1Threshold, c["f1_threshold"], 0.0, nullptr);
    QCOMPARE(m.positives + m.negatives, static_cast<std::int64_t>(scores.size()));
  }

  void curvesMatchSklearn_data() {
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < imageCases_.size(); ++i) {
      if (imageCases_[i].contains("roc")) {
        QTest::newRow(imageCases_[i]["name"].get<std::string>().c_str()) << static_cast<int>(i);
      }
    }
  }
  void curvesMatchSklearn() {
    QFETCH(int, index);
    const json& c = imageCases_[index];
    const auto scores = c["scores"].get<std::vector<float>>();
    const auto labels = c["labels"].get<std::vector<int>>();
    const mdd::RocCurve roc = mdd::rocCurve(scores, labels);
    QCOMPARE(roc.fpr.size(), c["roc"]["fpr"].size());
    QVERIFY(std::isinf(roc.thresholds[0]));
    for (std::size_t i = 0; i < roc.fpr.size(); ++i) {
      EXPECT_METRIC("fpr", roc.fpr[i], c["roc"]["fpr"][i], 1e-12, nullptr);
      EXPECT_METRIC("tpr", roc.tpr[i], c["roc"]["tpr"][i], 1e-12, nullptr);
      if (i > 0)
        EXPECT_METRIC("roc threshold", roc.thresholds[i], c["roc"]["thresholds"][i - 1], 0.0,
                      nullptr);
    }
    const mdd::PrCurve pr = mdd::precisionRecallCurve(scores, labels);
    QCOMPARE(pr.precision.size(), c["pr"]["precision"].size());
    for (std::size_t i = 0; i < pr.precision.size(); ++i) {
      EXPECT_METRIC("precision", pr.precision[i], c["pr"]["precision"][i], 1e-12, nullptr);
      EXPECT_METRIC("recall", pr.recall[i], c["pr"]["recall"][i], 1e-12, nullptr);
      EXPECT_METRIC("pr threshold", pr.thresholds[i], c["pr"]["thresholds"][i], 0.0, nullptr);
    }
  }

  void pixelAndClassMetricsMatchReference_data() { addCaseRows(pixelCases_); }
  void pixelAndClassMetricsMatchReference() {
    QFETCH(int, index);
    const json& c = pixelCases_[index];
    const int h = c["height"], w = c["width"];
    const auto maps = mats(c["maps"], h, w, CV_32FC1);
    const auto masks = mats(c["masks"], h, w, CV_8UC1);
    mdd::ClassEvaluator evaluator(c["name"].get<std::string>());
    for (std::size_t i = 0; i < maps.size(); ++i) {
      double high = 0.0;
      cv::minMaxLoc(maps[i], nullptr, &high);
      evaluator.add(static_cast<float>(high), maps[i], masks[i]);
    }
    QCOMPARE(evaluator.pixels().regionCount(), c["regions"].get<std::int64_t>());
    const mdd::PixelMetrics p = evaluator.pixels().compute();
    EXPECT_METRIC("P-AUROC", p.curve.auroc, c["pixel"]["auroc"], kCurveTolerance,
                  &worstCurveError_);
    EXPECT_METRIC("P-AP", p.curve.ap, c["pixel"]["ap"], kCurveTolerance, &worstCurveError_);
    EXPECT_METRIC("P-F1max", p.curve.f1max, c["pixel"]["f1max"], kCurveTolerance,
                  &worstCurveError_);
    EXPECT_METRIC("P-F1 threshold", p.curve.f1Threshold, c["pixel"]["f1_threshold"], 0.0, nullptr);
    EXPECT_METRIC("AU-PRO", p.auPro, c["au_pro"], kAuProTolerance, &worstAuProError_);

    const mdd::ClassMetrics m = evaluator.compute();
    EXPECT_METRIC("I-AUROC", m.iAuroc, c["image"]["auroc"], kCurveTolerance, &worstCurveError_);
    EXPECT_METRIC("I-AP", m.iAp, c["image"]["ap"], kCurveTolerance, &worstCurveError_);
    EXPECT_METRIC("I-F1max", m.iF1max, c["image"]["f1max"], kCurveTolerance, &worstCurveError_);
    QCOMPARE(m.pAuroc, p.curve.auroc);  // compute() twice gives the same answer
    EXPECT_METRIC("mAD", m.mAD, c["mad"], kAuProTolerance, nullptr);
    QCOMPARE(m.complete(), !c["mad"].is_null());
    QCOMPARE(m.images, static_cast<std::int64_t>(maps.size()));
    QCOMPARE(m.pixels, static_cast<std::int64_t>(maps.size()) * h * w);
  }

  void degenerateImageInputsAreUndefined_data() {
    QTest::addColumn<std::vector<float>>("scores");
    QTest::addColumn<std::vector<int>>("labels");
    QTest::addColumn<bool>("apDefined");
    QTest::newRow("empty") << std::vector<float>{} << std::vector<int>{} << false;
    QTest::newRow("only normal") << std::vector<float>{0.1f, 0.9f} << std::vector<int>{0, 0}
                                 << false;
    QTest::newRow("only defect") << std::vector<float>{0.1f, 0.9f} << std::vector<int>{1, 1}
                                 << true;
  }
  void degenerateImageInputsAreUndefined() {
    QFETCH(std::vector<float>, scores);
    QFETCH(std::vector<int>, labels);
    QFETCH(bool, apDefined);
    const mdd::BinaryCurveMetrics m = mdd::imageMetrics(scores, labels);
    QVERIFY(!mdd::isDefined(m.auroc));
    QCOMPARE(mdd::isDefined(m.ap), apDefined);
    QCOMPARE(mdd::isDefined(m.f1max), apDefined);
    if (apDefined) QCOMPARE(m.ap, 1.0);
  }

  void badImageInputsThrow_data() {
    QTest::addColumn<std::vector<float>>("scores");
    QTest::addColumn<std::vector<int>>("labels");
    QTest::newRow("size mismatch") << std::vector<float>{0.1f, 0.2f} << std::vector<int>{0};
    QTest::newRow("label 2") << std::vector<float>{0.1f, 0.2f} << std::vector<int>{0, 2};
    QTest::newRow("NaN score") << std::vector<float>{NAN, 0.2f} << std::vector<int>{0, 1};
    QTest::newRow("Inf score") << std::vector<float>{INFINITY, 0.2f} << std::vector<int>{0, 1};
  }
  void badImageInputsThrow() {
    QFETCH(std::vector<float>, scores);
    QFETCH(std::vector<int>, labels);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mdd::imageMetrics(scores, labels));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mdd::rocCurve(scores, labels));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mdd::confusionAt(scores, labels, 0.5));
  }

  void confusionUsesStrictThreshold() {
    const std::vector<float> scores{0.1f, 0.4f, 0.4f, 0.6f, 0.9f};
    const std::vector<int> labels{0, 0, 1, 1, 0};
    const mdd::ConfusionMatrix at04 = mdd::confusionAt(scores, labels, 0.4f);
    QCOMPARE(at04.truePositives, 1);  // 0.6; the 0.4 defect equals t and stays good
    QCOMPARE(at04.falsePositives, 1);
    QCOMPARE(at04.trueNegatives, 2);
    QCOMPARE(at04.falseNegatives, 1);
    QCOMPARE(at04.precision(), 0.5);
    QCOMPARE(at04.recall(), 0.5);
    QCOMPARE(at04.falsePositiveRate(), 1.0 / 3.0);
    const mdd::ConfusionMatrix none = mdd::confusionAt(scores, labels, 1.0);
    QVERIFY(!mdd::isDefined(none.precision()));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mdd::confusionAt(scores, labels, NAN));
  }

  // The decision threshold reproduces the F1max point under the strict rule.
  void f1DecisionThresholdReproducesF1max_data() {
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < imageCases_.size(); ++i) {
      if (!imageCases_[i]["f1max"].is_null()) {
        QTest::newRow(imageCases_[i]["name"].get<std::string>().c_str()) << static_cast<int>(i);
      }
    }
  }
  void f1DecisionThresholdReproducesF1max() {
    QFETCH(int, index);
    const json& c = imageCases_[index];
    const auto scores = c["scores"].get<std::vector<float>>();
    const auto labels = c["labels"].get<std::vector<int>>();
    const mdd::BinaryCurveMetrics m = mdd::imageMetrics(scores, labels);
    QVERIFY(m.f1DecisionThreshold < m.f1Threshold);
    const mdd::ConfusionMatrix at = mdd::confusionAt(scores, labels, m.f1DecisionThreshold);
    const double f1 =
        2.0 * at.truePositives / (2.0 * at.truePositives + at.falsePositives + at.falseNegatives);
    QCOMPARE(f1, m.f1max);
    // At f1Threshold itself the strict rule leaves exactly the scores equal to it good.
    const mdd::ConfusionMatrix atPoint = mdd::confusionAt(scores, labels, m.f1Threshold);
    const auto ties = std::count(scores.begin(), scores.end(), static_cast<float>(m.f1Threshold));
    QCOMPARE(at.truePositives + at.falsePositives,
             atPoint.truePositives + atPoint.falsePositives + ties);
  }

  void imageLabelsComeFromMaskUnlessGiven() {
    mdd::ClassEvaluator evaluator("c");
    const cv::Mat map = cv::Mat::ones(4, 4, CV_32FC1);
    cv::Mat mask = cv::Mat::zeros(4, 4, CV_8UC1);
    mask.at<std::uint8_t>(1, 1) = 255;
    evaluator.add(0.1f, map, mask);
    evaluator.add(0.2f, map, cv::Mat());
    evaluator.add(0.3f, map, cv::Mat(), mdd::ImageLabel::Defect);  // its folder says defect
    evaluator.add(0.4f, map, mask, mdd::ImageLabel::Normal);
    QCOMPARE(evaluator.imageLabels(), (std::vector<int>{1, 0, 1, 0}));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, evaluator.add(NAN, map, mask));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, evaluator.add(0.5f, cv::Mat(), mask));
    QCOMPARE(evaluator.imageScores().size(), std::size_t{4});  // nothing half-added
    QCOMPARE(evaluator.pixels().imageCount(), 4);
  }

  // A dataset labelled per image: defect images without masks count for the image metrics
  // and never as normal pixels; the pixel metrics are undefined ("-") without any mask.
  void defectImagesWithoutMasksAreImageOnly() {
    mdd::ClassEvaluator evaluator("plain");
    const cv::Mat low = cv::Mat::zeros(4, 4, CV_32FC1), high = cv::Mat::ones(4, 4, CV_32FC1);
    mdd::GroundTruth normal, defect;
    normal.label = mdd::ImageLabel::Normal;
    defect.label = mdd::ImageLabel::Defect;
    mdd::addToEvaluator(evaluator, 0.1f, low, normal);
    mdd::addToEvaluator(evaluator, 0.2f, low, normal);
    mdd::addToEvaluator(evaluator, 0.7f, high, defect);
    mdd::addToEvaluator(evaluator, 0.15f, high, defect);
    QCOMPARE(evaluator.pixels().imageCount(), 2);  // the normal images' pixels only
    QCOMPARE(evaluator.pixels().normalPixelCount(), 32);
    const mdd::ClassMetrics m = evaluator.compute();
    QCOMPARE(m.iAuroc, 0.75);  // 3 of the 4 (defect, normal) pairs ordered right
    QVERIFY(std::isnan(m.pAuroc) && std::isnan(m.pAp) && std::isnan(m.auPro));
    QCOMPARE(m.images, std::int64_t(4));
    QCOMPARE(m.defectImages, std::int64_t(2));
    const std::string table = mdd::formatMetricsTable({m});
    QVERIFY2(table.find("75.0") != std::string::npos,
             table.c_str());
    QVERIFY2(table.find(" -") != std::string::npos, table.c_str());
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, evaluator.addImageOnly(NAN, true));
  }

  void meanSkipsUndefinedClasses() {
    mdd::ClassMetrics a, b, incomplete;
    a.className = "a";
    b.className = "b";
    incomplete.className = "normal-only";
    for (auto* m : {&a, &b}) {
      m->iAuroc = m->iAp = m->iF1max = m->pAuroc = m->pAp = m->pF1max = m->auPro = 0.5;
    }
    b.iAuroc = 0.9;
    a.mAD = 0.5;
    b.mAD = (0.9 + 6 * 0.5) / 7;
    incomplete.pAp = 0.2;  // everything else undefined
    incomplete.images = 4;
    const mdd::ClassMetrics mean = mdd::meanOverClasses({a, b, incomplete});
    QCOMPARE(mean.className, std::string("mean"));
    QCOMPARE(mean.iAuroc, 0.7);
    QCOMPARE(mean.pAp, 0.4);  // (0.5 + 0.5 + 0.2) / 3: the defined one counts
    QVERIFY(std::abs(mean.mAD - (0.7 + 0.4 + 5 * 0.5) / 7) < 1e-15);
    QCOMPARE(mean.images, 4);
    QVERIFY(!mdd::meanOverClasses({incomplete}).complete());
    QVERIFY(!mdd::meanOverClasses({}).complete());

    const QString table = QString::fromStdString(mdd::formatMetricsTable({a, b, incomplete}));
    QVERIFY2(table.contains("   90.00"), qPrintable(table));  // values x100
    QVERIFY2(table.contains("normal-only") && table.contains("       -"), qPrintable(table));
    QVERIFY2(table.contains("mean"), qPrintable(table));
  }
};

QTEST_APPLESS_MAIN(TestMetrics)
#include "test_metrics.moc"
