// mdd/ground_truth.h: the image label rule of EVALUATION.md (mask pixels or the folder),
// and that letterbox borders are left out of the pixel metrics.
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

#include "mdd/ground_truth.h"

namespace {

mdd::Sample writeSample(const QTemporaryDir& dir, const std::string& name, cv::Size size,
                        bool anomalous, const cv::Mat& mask) {
  mdd::Sample s;
  s.path = dir.filePath(QString::fromStdString(name + ".png")).toStdString();
  s.className = "tile";
  s.split = mdd::Split::Test;
  s.isAnomalous = anomalous;
  s.defectType = anomalous ? "crack" : "good";
  cv::Mat image(size, CV_8UC3, cv::Scalar::all(90));
  if (!cv::imwrite(s.path, image)) throw std::runtime_error("cannot write " + s.path);
  if (!mask.empty()) {
    s.maskPath = dir.filePath(QString::fromStdString(name + "_mask.png")).toStdString();
    if (!cv::imwrite(s.maskPath, mask)) throw std::runtime_error("cannot write " + s.maskPath);
  }
  return s;
}

}  // namespace

class TestGroundTruth : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void folderOrMaskMakesADefect() {
    QTemporaryDir dir;
    mdd::PreprocessConfig c;
    c.width = c.height = 16;
    const cv::Mat empty = cv::Mat::zeros(20, 40, CV_8U);
    cv::Mat tiny = cv::Mat::zeros(20, 40, CV_8U);
    tiny.at<uchar>(3, 3) = 255;  // one pixel: gone after area-resizing to 16x16
    // A defect folder with an empty mask, and one whose defect vanishes at model size.
    const auto a = mdd::groundTruthAtModelSize(writeSample(dir, "a", {40, 20}, true, empty), c);
    const auto b = mdd::groundTruthAtModelSize(writeSample(dir, "b", {40, 20}, true, tiny), c);
    QCOMPARE(a.label, mdd::ImageLabel::Defect);
    QCOMPARE(b.label, mdd::ImageLabel::Defect);
    QCOMPARE(cv::countNonZero(b.mask), 0);
    // A normal image with a mask is judged by the mask; one without is normal.
    const auto g = mdd::groundTruthAtModelSize(writeSample(dir, "g", {40, 20}, false, empty), c);
    QCOMPARE(g.label, mdd::ImageLabel::FromMask);
    const auto n = mdd::groundTruthAtModelSize(writeSample(dir, "n", {40, 20}, false, {}), c);
    QCOMPARE(n.label, mdd::ImageLabel::Normal);
    QVERIFY(n.mask.empty());
  }

  void letterboxBordersAreNotScored() {
    QTemporaryDir dir;
    mdd::PreprocessConfig c;
    c.width = c.height = 10;
    c.resize = mdd::ResizeMode::Letterbox;
    cv::Mat mask = cv::Mat::zeros(20, 40, CV_8U);
    mask(cv::Rect(20, 0, 20, 20)).setTo(255);  // right half of a 2:1 image
    const auto truth =
        mdd::groundTruthAtModelSize(writeSample(dir, "wide", {40, 20}, true, mask), c);
    QCOMPARE(truth.content, cv::Rect(0, 2, 10, 5));
    // A map that is perfect inside the image and maximal on the borders: if the borders
    // counted, their normal pixels would outscore the defect and P-AUROC would drop.
    cv::Mat map(10, 10, CV_32F, cv::Scalar(5.f));
    cv::Mat inside;
    truth.mask(truth.content).convertTo(inside, CV_32F, 1.0 / 255);
    inside.copyTo(map(truth.content));
    mdd::ClassEvaluator withBorders("tile"), without("tile");
    withBorders.add(5.f, map, truth.mask, truth.label);
    mdd::addToEvaluator(without, 5.f, map, truth);
    const auto cropped = without.compute();
    QCOMPARE(cropped.pixels, std::int64_t(50));
    QCOMPARE(cropped.pAuroc, 1.0);
    const auto full = withBorders.compute();
    QCOMPARE(full.pixels, std::int64_t(100));
    QVERIFY(full.pAuroc < 0.8);
    // Squash: the content is the whole input and nothing is cropped.
    c.resize = mdd::ResizeMode::Squash;
    const auto squashed =
        mdd::groundTruthAtModelSize(writeSample(dir, "sq", {40, 20}, true, mask), c);
    QCOMPARE(squashed.content, cv::Rect(0, 0, 10, 10));
  }
};

QTEST_GUILESS_MAIN(TestGroundTruth)
#include "test_ground_truth.moc"
