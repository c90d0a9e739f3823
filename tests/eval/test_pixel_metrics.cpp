// PixelMetricAccumulator's machinery: score keys, the in-place radix sort, agreement with
// the image-level path at scale, curves, confusion counts, mask conventions, bad inputs.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>

#include <opencv2/imgproc.hpp>

#include "eval/radix_sort.h"
#include "eval/score_key.h"
#include "mdd/metrics.h"

Q_DECLARE_METATYPE(cv::Mat)

namespace {

// Smooth-ish random maps quantised to 64 levels (many ties across normal and defect) with
// rectangular defects, flattened alongside for the image-level path.
struct PixelSet {
  std::vector<cv::Mat> maps, masks;
  std::vector<float> flatScores;
  std::vector<int> flatLabels;
};

PixelSet randomPixelSet(int images, int height, int width, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
  PixelSet set;
  for (int i = 0; i < images; ++i) {
    cv::Mat map(height, width, CV_32FC1), mask = cv::Mat::zeros(height, width, CV_8UC1);
    if (i % 3 != 0) {
      cv::rectangle(mask, cv::Rect(width / 4, height / 3, width / 3, height / 4), 255, cv::FILLED);
      cv::rectangle(mask, cv::Rect(2, 2, 5, 3), 255, cv::FILLED);
    }
    for (int r = 0; r < height; ++r) {
      for (int c = 0; c < width; ++c) {
        const float defectBoost = mask.at<std::uint8_t>(r, c) ? 0.25f : 0.0f;
        map.at<float>(r, c) = std::round((uniform(rng) + defectBoost) * 64.0f) / 64.0f - 0.3f;
        set.flatScores.push_back(map.at<float>(r, c));
        set.flatLabels.push_back(mask.at<std::uint8_t>(r, c) ? 1 : 0);
      }
    }
    set.maps.push_back(map);
    set.masks.push_back(mask);
  }
  return set;
}

template <class T>
cv::Mat row(std::initializer_list<T> values) {
  return cv::Mat(cv::Mat_<T>(1, static_cast<int>(values.size()), const_cast<T*>(values.begin())))
      .clone();
}

mdd::PixelMetricAccumulator accumulate(const PixelSet& set, double maxFpr = 0.3) {
  mdd::PixelMetricAccumulator acc(maxFpr);
  for (std::size_t i = 0; i < set.maps.size(); ++i) acc.add(set.maps[i], set.masks[i]);
  return acc;
}

}  // namespace

class TestPixelMetrics : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void scoreKeysOrderLikeFloats() {
    const std::vector<float> ascending{-INFINITY, -3e38f, -1.5f, -1e-40f, 0.0f,    1e-45f,
                                       1e-40f,    0.5f,   1.0f,  3e38f,   INFINITY};
    for (std::size_t i = 1; i < ascending.size(); ++i) {
      QVERIFY(mdd::eval::scoreKey(ascending[i - 1]) < mdd::eval::scoreKey(ascending[i]));
      QCOMPARE(mdd::eval::scoreFromKey(mdd::eval::scoreKey(ascending[i])), ascending[i]);
    }
    QCOMPARE(mdd::eval::scoreKey(-0.0f), mdd::eval::scoreKey(0.0f));  // one tie, as sklearn
    // floorKey: s > t exactly when key(s) > floorKey(t), also for t between two floats.
    const double between = (0.5 + static_cast<double>(std::nextafter(0.5f, 1.0f))) / 2;
    QVERIFY(mdd::eval::scoreKey(0.5f) <= mdd::eval::floorKey(between));
    QVERIFY(mdd::eval::scoreKey(std::nextafter(0.5f, 1.0f)) > mdd::eval::floorKey(between));
    QCOMPARE(mdd::eval::floorKey(0.5), mdd::eval::scoreKey(0.5f));
  }

  void radixSortMatchesStdSort_data() {
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("distinctBits");  // how many low bits vary
    QTest::newRow("empty") << 0 << 32;
    QTest::newRow("one") << 1 << 32;
    QTest::newRow("comparison sort") << 63 << 32;
    QTest::newRow("buffered LSD") << 5000 << 32;
    QTest::newRow("in place, full range") << 600000 << 32;
    QTest::newRow("in place, concentrated") << 600000 << 12;
    QTest::newRow("in place, all equal") << 300000 << 0;
  }
  void radixSortMatchesStdSort() {
    QFETCH(int, size);
    QFETCH(int, distinctBits);
    std::mt19937 rng(size + distinctBits);
    const std::uint32_t varying = distinctBits == 32 ? ~0u : (1u << distinctBits) - 1u;
    std::vector<std::uint32_t> keys(static_cast<std::size_t>(size));
    for (auto& k : keys) k = 0x9F000000u | (rng() & varying);
    std::vector<std::uint32_t> expected = keys;
    std::sort(expected.begin(), expected.end());
    mdd::eval::radixSortInPlace(keys.data(), keys.data() + keys.size());
    QVERIFY(keys == expected);

    // 64-bit entries sorted by their upper half only: payloads stay with their keys.
    std::vector<std::uint64_t> entries(static_cast<std::size_t>(size));
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const std::uint32_t key = 0x9F000000u | (rng() & varying);
      entries[i] = std::uint64_t{key} << 32 | (key ^ 0x5A5A5A5Au);
    }
    mdd::eval::radixSortInPlace(entries.data(), entries.data() + entries.size(), 32);
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const auto key = static_cast<std::uint32_t>(entries[i] >> 32);
      QCOMPARE(static_cast<std::uint32_t>(entries[i]), key ^ 0x5A5A5A5Au);
      if (i > 0) QVERIFY((entries[i - 1] >> 32) <= key);
    }
  }

  // 360k pixels with heavy ties: the radix-sorted merged sweep and the std::sort image
  // path are different code and must agree exactly.
  void accumulatorAgreesWithImagePath() {
    const PixelSet set = randomPixelSet(6, 200, 300, 7);
    mdd::PixelMetricAccumulator acc = accumulate(set);
    const mdd::PixelMetrics pixel = acc.compute();
    const mdd::BinaryCurveMetrics flat = mdd::imageMetrics(set.flatScores, set.flatLabels);
    QCOMPARE(pixel.curve.auroc, flat.auroc);
    QCOMPARE(pixel.curve.ap, flat.ap);
    QCOMPARE(pixel.curve.f1max, flat.f1max);
    QCOMPARE(pixel.curve.f1Threshold, flat.f1Threshold);
    QCOMPARE(pixel.curve.f1DecisionThreshold, flat.f1DecisionThreshold);
    QCOMPARE(acc.regionCount(), 8);  // two rectangles in four defect images
    QVERIFY(pixel.auPro > 0.0 && pixel.auPro < 1.0);
    for (double t : {-1.0, -0.3, 0.0, 0.1234, 0.5, 0.55, 0.9, 2.0}) {
      const mdd::ConfusionMatrix a = acc.confusionAt(t);
      const mdd::ConfusionMatrix b = mdd::confusionAt(set.flatScores, set.flatLabels, t);
      QCOMPARE(a.truePositives, b.truePositives);
      QCOMPARE(a.falsePositives, b.falsePositives);
      QCOMPARE(a.trueNegatives, b.trueNegatives);
      QCOMPARE(a.falseNegatives, b.falseNegatives);
    }
    const float highest = *std::max_element(set.flatScores.begin(), set.flatScores.end());
    QVERIFY(acc.kthHighestNormalScore(0) <= highest);
    QCOMPARE(acc.maxScore(), highest);
  }

  // With one region per defect image and FPR up to 1, PRO is the TPR: AU-PRO = AUROC.
  void auProOverWholeRangeWithOneRegionIsAuroc() {
    PixelSet set = randomPixelSet(1, 64, 64, 3);
    set.masks[0].setTo(0);
    cv::circle(set.masks[0], {30, 30}, 12, 255, cv::FILLED);
    mdd::PixelMetricAccumulator acc = accumulate(set, 1.0);
    const mdd::PixelMetrics m = acc.compute();
    QCOMPARE(acc.regionCount(), 1);
    QVERIFY2(std::abs(m.auPro - m.curve.auroc) < 1e-12,
             qPrintable(QString::number(m.auPro - m.curve.auroc)));
  }

  void addAfterComputeSortsAgain() {
    const PixelSet set = randomPixelSet(4, 40, 50, 11);
    mdd::PixelMetricAccumulator incremental;
    incremental.add(set.maps[0], set.masks[0]);
    incremental.add(set.maps[1], set.masks[1]);
    incremental.compute();
    incremental.add(set.maps[2], set.masks[2]);
    incremental.add(set.maps[3], set.masks[3]);
    const mdd::PixelMetrics a = incremental.compute();
    const mdd::PixelMetrics b = accumulate(set).compute();
    QCOMPARE(a.curve.auroc, b.curve.auroc);
    QCOMPARE(a.auPro, b.auPro);
    QCOMPARE(incremental.imageCount(), 4);
  }

  void curvesAreThinnedExactPoints() {
    const PixelSet set = randomPixelSet(3, 60, 80, 5);
    mdd::PixelMetricAccumulator acc = accumulate(set);
    const mdd::CurvePair thin = acc.curves(50);
    const mdd::RocCurve full = mdd::rocCurve(set.flatScores, set.flatLabels);
    QVERIFY(thin.roc.fpr.size() >= 3 && thin.roc.fpr.size() < full.fpr.size());
    QCOMPARE(thin.roc.fpr.size(), thin.pr.precision.size() + 1);  // ROC adds (0, 0)
    QCOMPARE(thin.roc.fpr.back(), 1.0);
    QCOMPARE(thin.roc.tpr.back(), 1.0);
    for (std::size_t i = 0; i < thin.roc.fpr.size(); ++i) {
      const auto at =
          std::find(full.thresholds.begin(), full.thresholds.end(), thin.roc.thresholds[i]);
      QVERIFY(at != full.thresholds.end());
      QCOMPARE(thin.roc.fpr[i], full.fpr[static_cast<std::size_t>(at - full.thresholds.begin())]);
      QCOMPARE(thin.roc.tpr[i], full.tpr[static_cast<std::size_t>(at - full.thresholds.begin())]);
    }
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, acc.curves(1));
  }

  void masksBinariseAtHalfScale_data() {
    QTest::addColumn<cv::Mat>("mask");
    QTest::addColumn<int>("defectPixels");
    QTest::newRow("8U 0/255") << row<std::uint8_t>({0, 255, 255, 0}) << 2;
    QTest::newRow("8U 127 normal, 128 defect") << row<std::uint8_t>({127, 128, 0, 0}) << 1;
    QTest::newRow("8U 0/1 reads as normal") << row<std::uint8_t>({1, 1, 0, 1}) << 0;
    QTest::newRow("32F at 0.5") << row<float>({0.49f, 0.5f, 1.0f, 0.0f}) << 2;
    QTest::newRow("empty mask") << cv::Mat() << 0;
  }
  void masksBinariseAtHalfScale() {
    QFETCH(cv::Mat, mask);
    QFETCH(int, defectPixels);
    mdd::PixelMetricAccumulator acc;
    acc.add((cv::Mat_<float>(1, 4) << 0.1f, 0.2f, 0.3f, 0.4f), mask);
    QCOMPARE(acc.defectPixelCount(), defectPixels);
    QCOMPARE(acc.normalPixelCount(), 4 - defectPixels);
  }

  void badPixelInputsThrow_data() {
    QTest::addColumn<cv::Mat>("map");
    QTest::addColumn<cv::Mat>("mask");
    const cv::Mat map = cv::Mat::ones(4, 4, CV_32FC1), mask = cv::Mat::zeros(4, 4, CV_8UC1);
    cv::Mat withNaN = map.clone();
    withNaN.at<float>(2, 1) = NAN;
    QTest::newRow("empty map") << cv::Mat() << mask;
    QTest::newRow("CV_64F map") << cv::Mat(cv::Mat::ones(4, 4, CV_64FC1)) << mask;
    QTest::newRow("NaN in map") << withNaN << mask;
    QTest::newRow("size mismatch") << map << cv::Mat(cv::Mat::zeros(4, 5, CV_8UC1));
    QTest::newRow("CV_16U mask") << map << cv::Mat(cv::Mat::zeros(4, 4, CV_16UC1));
  }
  void badPixelInputsThrow() {
    QFETCH(cv::Mat, map);
    QFETCH(cv::Mat, mask);
    mdd::PixelMetricAccumulator acc;
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, acc.add(map, mask));
    QCOMPARE(acc.imageCount(), 0);  // nothing half-added
    QCOMPARE(acc.normalPixelCount() + acc.defectPixelCount(), 0);
  }

  void badQueriesThrow() {
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mdd::PixelMetricAccumulator(0.0));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mdd::PixelMetricAccumulator(1.5));
    mdd::PixelMetricAccumulator acc;
    acc.add(cv::Mat::ones(2, 2, CV_32FC1), cv::Mat());
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, acc.kthHighestNormalScore(4));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, acc.confusionAt(NAN));
  }

  void degeneratePixelInputsAreUndefined() {
    mdd::PixelMetricAccumulator empty;
    const mdd::PixelMetrics none = empty.compute();
    QVERIFY(!mdd::isDefined(none.curve.auroc) && !mdd::isDefined(none.curve.ap));
    QVERIFY(!mdd::isDefined(none.curve.f1max) && !mdd::isDefined(none.auPro));

    mdd::PixelMetricAccumulator allDefect;
    allDefect.add(cv::Mat::ones(3, 3, CV_32FC1), cv::Mat(3, 3, CV_8UC1, cv::Scalar(255)));
    const mdd::PixelMetrics defects = allDefect.compute();
    QVERIFY(!mdd::isDefined(defects.curve.auroc));
    QCOMPARE(defects.curve.ap, 1.0);
    QVERIFY(!mdd::isDefined(defects.auPro));  // no normal pixel: no FPR axis
    const mdd::CurvePair curves = allDefect.curves(10);
    QVERIFY(std::isnan(curves.roc.fpr.back()));
    QCOMPARE(curves.roc.tpr.back(), 1.0);
  }
};

QTEST_APPLESS_MAIN(TestPixelMetrics)
#include "test_pixel_metrics.moc"
