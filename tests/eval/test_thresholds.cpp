// Threshold methods, the uncertain band, normalisation, verdicts and JSON, against
// hand-computed values.
#include <QtTest>

#include <cmath>

#include "mdd/thresholds.h"

namespace {

std::vector<float> tenths() {  // 0.1, 0.2, ..., 1.0 shuffled
  return {0.5f, 0.1f, 1.0f, 0.3f, 0.9f, 0.2f, 0.7f, 0.4f, 0.8f, 0.6f};
}

mdd::ClassThresholds sample() {
  mdd::ClassThresholds t;
  t.className = "tile";
  t.method = mdd::ThresholdMethod::MaxNormalScore;
  t.imageThreshold = 2.0;
  t.imageMin = 0.0;
  t.imageMax = 4.0;
  t.pixelThreshold = double(0.3f);  // thresholds fitted on float scores are floats
  t.pixelMin = 0.1;
  t.pixelMax = 0.5;
  return t;
}

// A validation set: two normal images (flat maps), two anomalous ones (a hot square).
mdd::ClassEvaluator validationSet() {
  mdd::ClassEvaluator v("tile");
  for (int i = 0; i < 4; ++i) {
    cv::Mat map(8, 8, CV_32FC1, cv::Scalar(0.1 + 0.05 * i)), mask = cv::Mat::zeros(8, 8, CV_8UC1);
    if (i >= 2) {
      map(cv::Rect(2, 2, 3, 3)).setTo(0.8 + 0.1 * i);
      mask(cv::Rect(2, 2, 3, 3)).setTo(255);
    }
    double high = 0.0;
    cv::minMaxLoc(map, nullptr, &high);
    v.add(static_cast<float>(high), map, mask);
  }
  return v;  // image scores 0.1, 0.15, 1.0, 1.1; normal pixels up to 0.25
}

}  // namespace

class TestThresholds : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void targetFprThreshold_data() {
    QTest::addColumn<double>("fpr");
    QTest::addColumn<double>("expected");
    QTest::newRow("0: the max normal score") << 0.0 << double(1.0f);
    QTest::newRow("0.1: one of ten above") << 0.1 << double(0.9f);
    QTest::newRow("0.15 rounds down to one") << 0.15 << double(0.9f);
    QTest::newRow("0.3 despite 0.3*10 rounding") << 0.3 << double(0.7f);
    QTest::newRow("0.99: up to nine above") << 0.99 << double(0.1f);
    QTest::newRow("1: below the lowest") << 1.0 << std::nextafter(double(0.1f), -1.0);
  }
  void targetFprThreshold() {
    QFETCH(double, fpr);
    QFETCH(double, expected);
    const double t = mdd::targetFprThreshold(tenths(), fpr);
    QCOMPARE(t, expected);
    int above = 0;
    for (float s : tenths()) above += s > t;
    QVERIFY(above <= std::floor(fpr * 10 + 1e-9));
  }

  void methodsOnPlainScores() {
    QCOMPARE(mdd::maxNormalScoreThreshold(tenths()), double(1.0f));
    QCOMPARE(mdd::percentileThreshold(tenths(), 90.0), double(0.9f));
    QCOMPARE(mdd::percentileThreshold(tenths(), 100.0), double(1.0f));
    // Ties stay good: with three 1.0 scores, FPR 0.25 of 4 (k = 1) keeps them all below.
    QCOMPARE(mdd::targetFprThreshold({1.0f, 1.0f, 1.0f, 0.5f}, 0.25), 1.0);
    // 100 scores, FPR 0.29: 0.29 * 100 = 28.999999999999996 must still allow 29.
    std::vector<float> hundred(100);
    for (int i = 0; i < 100; ++i) hundred[i] = static_cast<float>(i);
    QCOMPARE(mdd::targetFprThreshold(hundred, 0.29), 70.0);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mdd::maxNormalScoreThreshold({}));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mdd::targetFprThreshold(tenths(), 1.5));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mdd::targetFprThreshold(tenths(), NAN));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mdd::percentileThreshold(tenths(), 101.0));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mdd::targetFprThreshold({0.1f, NAN}, 0.0));
  }

  void f1OptimalThreshold() {
    // F1 at each score: 0.9 -> 2/4, 0.8 -> 4/5, 0.4 -> 4/6, 0.3 -> 6/7 (best), 0.2 -> 6/8.
    const std::vector<float> scores{0.1f, 0.2f, 0.3f, 0.4f, 0.8f, 0.9f};
    const std::vector<int> labels{0, 0, 1, 0, 1, 1};
    const double t = mdd::f1OptimalThreshold(scores, labels);
    QCOMPARE(t, (double(0.3f) + double(0.2f)) / 2);  // midway to the next lower score
    const mdd::ConfusionMatrix at = mdd::confusionAt(scores, labels, t);
    QCOMPARE(at.truePositives, 3);
    QCOMPARE(at.falsePositives, 1);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mdd::f1OptimalThreshold({0.1f, 0.2f}, {0, 0}));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mdd::f1OptimalThreshold({0.1f, 0.2f}, {1, 1}));
  }

  void fitsEachMethodPerClass_data() {
    QTest::addColumn<int>("method");
    QTest::addColumn<double>("image");
    QTest::addColumn<double>("pixel");
    using M = mdd::ThresholdMethod;
    // Images 0.1, 0.15 normal, 1.0, 1.1 anomalous; normal pixels up to 0.25 (the flat map
    // of image 3), defect pixels 1.0 and 1.1.
    QTest::newRow("f1") << int(M::F1Optimal) << (double(0.15f) + 1.0) / 2
                        << (double(1.0f) + double(0.25f)) / 2;
    QTest::newRow("max normal") << int(M::MaxNormalScore) << double(0.15f) << double(0.25f);
    // FPR 0.5 of 238 normal pixels (55 at 0.25, 55 at 0.2, 64 at 0.15, 64 at 0.1): the
    // 120th highest is 0.15.
    QTest::newRow("target fpr 0.5") << int(M::TargetFpr) << double(0.1f) << double(0.15f);
    QTest::newRow("manual") << int(M::Manual) << 0.7 << 0.6;
  }
  void fitsEachMethodPerClass() {
    QFETCH(int, method);
    QFETCH(double, image);
    QFETCH(double, pixel);
    mdd::ClassEvaluator validation = validationSet();
    mdd::ThresholdOptions options;
    options.method = static_cast<mdd::ThresholdMethod>(method);
    options.targetFpr = 0.5;
    options.manualImageThreshold = 0.7;
    options.manualPixelThreshold = 0.6;
    const mdd::ClassThresholds t = mdd::fitClassThresholds(validation, options);
    QCOMPARE(t.className, std::string("tile"));
    QCOMPARE(int(t.method), method);
    QCOMPARE(t.imageThreshold, image);
    QCOMPARE(t.pixelThreshold, pixel);
    QCOMPARE(t.imageMin, double(0.1f));
    QCOMPARE(t.imageMax, double(1.1f));
    QCOMPARE(t.pixelMin, double(0.1f));
    QCOMPARE(t.pixelMax, double(1.1f));
    QCOMPARE(t.targetFpr, options.method == mdd::ThresholdMethod::TargetFpr ? 0.5 : 0.0);
    QVERIFY(!t.imageBand);
  }

  void fitRefusesWhatItCannotFit() {
    mdd::ClassEvaluator normalOnly("screw");
    normalOnly.add(0.2f, cv::Mat(4, 4, CV_32FC1, cv::Scalar(0.2)), cv::Mat());
    mdd::ThresholdOptions f1;  // default: F1-optimal, needs anomalous images
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mdd::fitClassThresholds(normalOnly, f1));
    mdd::ThresholdOptions manual;
    manual.method = mdd::ThresholdMethod::Manual;  // manual values left NaN
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mdd::fitClassThresholds(normalOnly, manual));
    mdd::ClassEvaluator empty("none");
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mdd::fitClassThresholds(empty, manual));
    // One normal image: min == max, still a valid (step) normalisation.
    mdd::ThresholdOptions maxNormal;
    maxNormal.method = mdd::ThresholdMethod::MaxNormalScore;
    const mdd::ClassThresholds t = mdd::fitClassThresholds(normalOnly, maxNormal);
    QCOMPARE(t.imageMin, t.imageMax);
    QCOMPARE(mdd::imageVerdict(0.2, t), mdd::Verdict::Good);
    QCOMPARE(mdd::imageVerdict(0.21, t), mdd::Verdict::Defect);
  }

  // Defect images without masks: the image threshold is F1-optimal, the pixel threshold
  // the highest normal pixel score (there are no defect pixels to balance against).
  void f1WithoutDefectMasksUsesNormalPixels() {
    mdd::ClassEvaluator v("plain");
    v.add(0.2f, cv::Mat(4, 4, CV_32FC1, cv::Scalar(0.2)), cv::Mat());
    v.add(0.3f, cv::Mat(4, 4, CV_32FC1, cv::Scalar(0.25)), cv::Mat());
    v.addImageOnly(0.9f, true);
    v.addImageOnly(0.8f, true);
    const mdd::ClassThresholds t = mdd::fitClassThresholds(v, mdd::ThresholdOptions());
    QCOMPARE(t.method, mdd::ThresholdMethod::F1Optimal);
    QVERIFY(t.imageThreshold >= 0.3 && t.imageThreshold < 0.8);
    QCOMPARE(t.pixelThreshold, 0.25);
  }

  void normalizeScore_data() {
    QTest::addColumn<double>("raw");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<double>("expected");
    // threshold 2 throughout
    QTest::newRow("threshold sits at 0.5") << 2.0 << 0.0 << 4.0 << 0.5;
    QTest::newRow("quarter range above") << 3.0 << 0.0 << 4.0 << 0.75;
    QTest::newRow("clamped high") << 10.0 << 0.0 << 4.0 << 1.0;
    QTest::newRow("clamped low") << -5.0 << 0.0 << 4.0 << 0.0;
    QTest::newRow("threshold outside range") << 1.0 << 0.0 << 1.0 << 0.0;
    QTest::newRow("max == min, below") << 1.9 << 3.0 << 3.0 << 0.0;
    QTest::newRow("max == min, at") << 2.0 << 3.0 << 3.0 << 0.5;
    QTest::newRow("max == min, above") << 2.1 << 3.0 << 3.0 << 1.0;
  }
  void normalizeScore() {
    QFETCH(double, raw);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(double, expected);
    QCOMPARE(mdd::normalizeScore(raw, 2.0, min, max), expected);
  }

  void badNormalisationInputsThrow() {
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mdd::normalizeScore(NAN, 2.0, 0.0, 4.0));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mdd::normalizeScore(1.0, NAN, 0.0, 4.0));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mdd::normalizeScore(1.0, 2.0, 4.0, 0.0));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mdd::isDefect(0.5, 1.2));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mdd::isDefect(NAN, 0.5));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mdd::imageVerdict(1.0, sample(), -0.1));
  }

  void sensitivityMovesTheCut_data() {
    QTest::addColumn<double>("normalized");
    QTest::addColumn<double>("sensitivity");
    QTest::addColumn<bool>("defect");
    QTest::newRow("at the threshold is good") << 0.5 << 0.5 << false;
    QTest::newRow("just above is defect") << 0.5000001 << 0.5 << true;
    QTest::newRow("more sensitive") << 0.31 << 0.7 << true;
    QTest::newRow("less sensitive") << 0.69 << 0.3 << false;
    QTest::newRow("sensitivity 1 flags all but 0") << 0.001 << 1.0 << true;
    QTest::newRow("sensitivity 0 flags nothing") << 1.0 << 0.0 << false;
  }
  void sensitivityMovesTheCut() {
    QFETCH(double, normalized);
    QFETCH(double, sensitivity);
    QFETCH(bool, defect);
    QCOMPARE(mdd::isDefect(normalized, sensitivity), defect);
  }

  void bandVerdicts_data() {
    QTest::addColumn<double>("raw");
    QTest::addColumn<double>("sensitivity");
    QTest::addColumn<int>("verdict");
    using V = mdd::Verdict;
    // band [1.5, 2.5], range 4: at sensitivity 0.6 the edges move down by 0.1 * 4 = 0.4.
    QTest::newRow("below T1") << 1.0 << 0.5 << int(V::Good);
    QTest::newRow("at T1 is good") << 1.5 << 0.5 << int(V::Good);
    QTest::newRow("inside") << 2.0 << 0.5 << int(V::NeedsReview);
    QTest::newRow("at T2 is review") << 2.5 << 0.5 << int(V::NeedsReview);
    QTest::newRow("above T2") << 2.6 << 0.5 << int(V::Defect);
    QTest::newRow("sensitive: T1 now 1.1") << 1.2 << 0.6 << int(V::NeedsReview);
    QTest::newRow("sensitive: T2 now 2.1") << 2.2 << 0.6 << int(V::Defect);
  }
  void bandVerdicts() {
    QFETCH(double, raw);
    QFETCH(double, sensitivity);
    QFETCH(int, verdict);
    mdd::ClassThresholds t = sample();
    t.imageBand = mdd::UncertainBand{1.5, 2.5};
    QCOMPARE(int(mdd::imageVerdict(raw, t, sensitivity)), verdict);
    t.imageBand.reset();  // without a band: only Good or Defect, at t = 2 (+ shift)
    const bool defect = raw > 2.0 + (0.5 - sensitivity) * 4.0;
    QCOMPARE(mdd::imageVerdict(raw, t, sensitivity),
             defect ? mdd::Verdict::Defect : mdd::Verdict::Good);
    QCOMPARE(std::string(mdd::toString(mdd::Verdict::NeedsReview)), std::string("needs_review"));
  }

  void fitsBandFromNormalScores() {
    const mdd::UncertainBand band = mdd::fitUncertainBand(tenths(), 0.2, 0.0);
    QCOMPARE(band.lower, double(0.8f));  // two of ten normal scores reach review
    QCOMPARE(band.upper, double(1.0f));  // none is called a defect
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mdd::fitUncertainBand(tenths(), 0.1, 0.2));
    mdd::ClassEvaluator validation = validationSet();
    mdd::ThresholdOptions options;
    options.imageBand = mdd::BandOptions{0.5, 0.0};
    const mdd::ClassThresholds t = mdd::fitClassThresholds(validation, options);
    QVERIFY(t.imageBand);
    QCOMPARE(t.imageBand->lower, double(0.1f));
    QCOMPARE(t.imageBand->upper, double(0.15f));
  }

  void validateNamesTheBadField_data() {
    QTest::addColumn<int>("breakage");
    QTest::addColumn<QString>("field");
    QTest::newRow("NaN threshold") << 0 << "imageThreshold";
    QTest::newRow("max < min") << 1 << "pixel max";
    QTest::newRow("T1 > T2") << 2 << "T1";
    QTest::newRow("target FPR > 1") << 3 << "targetFpr";
    QTest::newRow("infinite band edge") << 4 << "imageBand.upper";
  }
  void validateNamesTheBadField() {
    QFETCH(int, breakage);
    QFETCH(QString, field);
    mdd::ClassThresholds t = sample();
    QVERIFY((mdd::validate(t), true));
    if (breakage == 0) t.imageThreshold = NAN;
    if (breakage == 1) t.pixelMax = 0.0;
    if (breakage == 2) t.imageBand = mdd::UncertainBand{3.0, 2.0};
    if (breakage == 3) t.targetFpr = 1.5;
    if (breakage == 4) t.imageBand = mdd::UncertainBand{1.0, INFINITY};
    try {
      mdd::validate(t);
      QFAIL("validate accepted a bad value");
    } catch (const std::runtime_error& e) {
      QVERIFY2(QString(e.what()).contains(field) && QString(e.what()).contains("tile"), e.what());
    }
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mdd::thresholdsToJson(t));
  }

  void mapsFollowTheRawRule() {
    const mdd::ClassThresholds t = sample();  // pixel t 0.3, range [0.1, 0.5]
    const cv::Mat raw = (cv::Mat_<float>(1, 4) << 0.1f, 0.3f, std::nextafter(0.3f, 1.0f), 0.6f);
    const cv::Mat norm = mdd::normalizedPixelMap(raw, t);
    QCOMPARE(norm.type(), CV_32FC1);
    QCOMPARE(norm.at<float>(0, 0), 0.0f);
    QCOMPARE(norm.at<float>(0, 1), 0.5f);
    QCOMPARE(norm.at<float>(0, 3), 1.0f);
    const cv::Mat mask = mdd::predictedDefectMask(raw, t);
    QCOMPARE(mask.type(), CV_8UC1);
    QCOMPARE(mask.at<std::uint8_t>(0, 1), std::uint8_t(0));    // at t: good
    QCOMPARE(mask.at<std::uint8_t>(0, 2), std::uint8_t(255));  // one float above t: defect
    QCOMPARE(cv::countNonZero(mdd::predictedDefectMask(raw, t, 1.0)), 3);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mdd::normalizedPixelMap(cv::Mat(), t));
  }

  void jsonRoundTripsExactly() {
    mdd::ClassThresholds t = sample();
    t.method = mdd::ThresholdMethod::TargetFpr;
    t.targetFpr = 0.01;
    t.imageThreshold = 0.1 + 0.2;  // not a short decimal: must survive bit for bit
    t.imageBand = mdd::UncertainBand{1.0 / 3.0, 2.5};
    const mdd::ClassThresholds back = mdd::thresholdsFromJson(mdd::thresholdsToJson(t));
    QCOMPARE(back.className, t.className);
    QCOMPARE(back.method, t.method);
    QCOMPARE(back.targetFpr, t.targetFpr);
    QCOMPARE(back.imageThreshold, t.imageThreshold);
    QCOMPARE(back.pixelThreshold, t.pixelThreshold);
    QCOMPARE(back.imageMin, t.imageMin);
    QCOMPARE(back.pixelMax, t.pixelMax);
    QVERIFY(back.imageBand);
    QCOMPARE(back.imageBand->lower, 1.0 / 3.0);
    const mdd::ClassThresholds noBand = mdd::thresholdsFromJson(mdd::thresholdsToJson(sample()));
    QVERIFY(!noBand.imageBand);
    QCOMPARE(noBand.method, mdd::ThresholdMethod::MaxNormalScore);
  }

  void badJsonThrows_data() {
    QTest::addColumn<QString>("json");
    const QString good = QString::fromStdString(mdd::thresholdsToJson(sample()));
    QTest::newRow("not JSON") << "{class: tile";
    QTest::newRow("not an object") << "[1, 2]";
    QTest::newRow("missing field") << QString(good).replace("\"pixel_max\"", "\"pixel_maximum\"");
    QTest::newRow("unknown method") << QString(good).replace("max_normal_score", "median");
    QTest::newRow("null threshold")
        << QString(good).replace("\"image_threshold\": 2.0", "\"image_threshold\": null");
    QTest::newRow("T1 > T2") << QString(good).replace(
        "\"image_band\": null", "\"image_band\": {\"lower\": 3, \"upper\": 1}");
  }
  void badJsonThrows() {
    QFETCH(QString, json);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mdd::thresholdsFromJson(json.toStdString()));
  }
};

QTEST_APPLESS_MAIN(TestThresholds)
#include "test_thresholds.moc"
