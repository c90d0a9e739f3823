// renderOverlay and jetColors: EVALUATION.md's heatmap convention.
#include <QtTest>

#include <opencv2/imgproc.hpp>

#include "mdd/overlay.h"

namespace {

mdd::ClassThresholds unitThresholds() {
  mdd::ClassThresholds t;
  t.className = "tile";
  t.imageThreshold = t.pixelThreshold = 0.5;
  t.imageMin = t.pixelMin = 0.0;
  t.imageMax = t.pixelMax = 1.0;
  return t;
}

// 64 x 48 map: 0 everywhere, `peak` in the square [20, 40) x [10, 30).
cv::Mat squareMap(float peak) {
  cv::Mat map(48, 64, CV_32FC1, cv::Scalar(0));
  map(cv::Rect(20, 10, 20, 20)).setTo(peak);
  return map;
}

int countColour(const cv::Mat& image, const cv::Vec3b& colour) {
  int n = 0;
  for (int y = 0; y < image.rows; ++y)
    for (int x = 0; x < image.cols; ++x) n += image.at<cv::Vec3b>(y, x) == colour;
  return n;
}

}  // namespace

class TestOverlay : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void jetRunsFromBlueToRed() {
    cv::Mat map(1, 2, CV_32FC1);
    map.at<float>(0, 0) = 0.f;
    map.at<float>(0, 1) = 1.f;
    const cv::Mat c = mdd::jetColors(map);
    QCOMPARE(c.type(), CV_8UC3);
    const cv::Vec3b low = c.at<cv::Vec3b>(0, 0), high = c.at<cv::Vec3b>(0, 1);
    QVERIFY(low[0] > 100 && low[2] == 0);   // blue (BGR)
    QVERIFY(high[2] > 100 && high[0] == 0);  // red
    QVERIFY_EXCEPTION_THROWN(mdd::jetColors(cv::Mat(2, 2, CV_8UC1)), std::invalid_argument);
  }

  void blendsTheFixedScaleHeatmapAndAddsABanner() {
    const cv::Mat image(48, 64, CV_8UC3, cv::Scalar(100, 100, 100));
    mdd::OverlayOptions options;
    options.opacity = 0.25;
    const cv::Mat out =
        mdd::renderOverlay(image, squareMap(1.f), unitThresholds(), {"tile", mdd::Verdict::Defect, 1.0},
                           cv::Mat(), options);
    QVERIFY(out.rows > image.rows);
    const int banner = out.rows - image.rows;
    // Far from the defect: raw 0 -> normalised 0 -> jet's blue, at a quarter of the weight.
    cv::Mat zero(1, 1, CV_32FC1, cv::Scalar(0));
    const cv::Vec3b jet0 = mdd::jetColors(zero).at<cv::Vec3b>(0, 0);
    const cv::Vec3b corner = out.at<cv::Vec3b>(banner + 2, 2);
    for (int ch = 0; ch < 3; ++ch) QVERIFY(std::abs(corner[ch] - (0.25 * jet0[ch] + 75)) <= 1);
  }

  void coloursAreNotRestretchedPerImage() {
    const cv::Mat image(48, 64, CV_8UC3, cv::Scalar(0, 0, 0));
    mdd::OverlayOptions options;
    options.opacity = 1.0;
    options.banner = options.predictedContour = false;
    const mdd::OverlayLabel label{"tile", mdd::Verdict::Good, 0.0};
    const cv::Mat strong = mdd::renderOverlay(image, squareMap(1.f), unitThresholds(), label,
                                              cv::Mat(), options);
    const cv::Mat weak = mdd::renderOverlay(image, squareMap(0.5f), unitThresholds(), label,
                                            cv::Mat(), options);
    // Raw 1 is normalised to 1 (red), raw 0.5 to 0.5 (green): a per-image stretch would
    // paint both squares red.
    const cv::Vec3b s = strong.at<cv::Vec3b>(20, 30), w = weak.at<cv::Vec3b>(20, 30);
    QVERIFY(s[2] > 100 && s[1] < 50);
    QVERIFY(w[1] > 200);
  }

  void outlinesPredictionInRedAndTruthInWhite() {
    const cv::Mat image(48, 64, CV_8UC3, cv::Scalar(0, 0, 0));
    mdd::OverlayOptions options;
    options.opacity = 0.0;  // only the contours remain
    options.banner = false;
    const mdd::OverlayLabel label{"tile", mdd::Verdict::Defect, 1.0};
    cv::Mat truth(48, 64, CV_8UC1, cv::Scalar(0));
    truth(cv::Rect(4, 4, 10, 10)).setTo(255);
    const cv::Mat out = mdd::renderOverlay(image, squareMap(1.f), unitThresholds(), label, truth,
                                           options);
    QVERIFY(countColour(out, cv::Vec3b(0, 0, 255)) >= 4 * 18);  // the square's outline
    QVERIFY(countColour(out, cv::Vec3b(255, 255, 255)) >= 4 * 8);
    QCOMPARE(countColour(out(cv::Rect(50, 35, 14, 13)), cv::Vec3b(0, 0, 0)), 14 * 13);
    // A lower sensitivity raises the bar: raw 1 stays a defect, raw 0.7 no longer does.
    options.sensitivity = 0.1;
    const cv::Mat strict = mdd::renderOverlay(image, squareMap(0.7f), unitThresholds(), label,
                                              cv::Mat(), options);
    QCOMPARE(countColour(strict, cv::Vec3b(0, 0, 255)), 0);
  }

  void rejectsBadInput() {
    const cv::Mat image(48, 64, CV_8UC3, cv::Scalar(0));
    const mdd::OverlayLabel label{"tile", mdd::Verdict::Good, 0.0};
    QVERIFY_EXCEPTION_THROWN(mdd::renderOverlay(image, cv::Mat(10, 10, CV_32FC1), unitThresholds(), label),
                             std::invalid_argument);
    QVERIFY_EXCEPTION_THROWN(mdd::renderOverlay(image, squareMap(1.f), mdd::ClassThresholds{}, label),
                             std::runtime_error);
    mdd::OverlayOptions options;
    options.opacity = 1.5;
    QVERIFY_EXCEPTION_THROWN(
        mdd::renderOverlay(image, squareMap(1.f), unitThresholds(), label, cv::Mat(), options),
        std::invalid_argument);
  }

  void bannerText() {
    QCOMPARE(mdd::overlayBannerText({"leather", mdd::Verdict::Defect, 0.874}),
             std::string("DEFECT  leather  0.87"));
    QCOMPARE(mdd::overlayBannerText({"grid", mdd::Verdict::NeedsReview, 0.5}),
             std::string("NEEDS REVIEW  grid  0.50"));
  }
};

QTEST_GUILESS_MAIN(TestOverlay)
#include "test_overlay.moc"
