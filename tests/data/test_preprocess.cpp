// mdd/preprocess.h: normalisation values, channel order, the three resize geometries, mask
// preprocessing, and mapping maps back onto the original image.
#include <QtTest>

#include <opencv2/imgproc.hpp>

#include "mdd/model_config.h"
#include "mdd/preprocess.h"

namespace {

cv::Vec3f at(const cv::Mat& m, int x, int y) { return m.at<cv::Vec3f>(y, x); }

bool near(const cv::Vec3f& a, const cv::Vec3f& b, float tol = 1e-5f) {
  return cv::norm(a - b) <= tol;
}

}  // namespace

class TestPreprocess : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void normalisesInRgbOrder() {
    const cv::Mat bgr(4, 4, CV_8UC3, cv::Scalar(10, 128, 250));  // B, G, R
    mdd::PreprocessConfig c;
    c.width = c.height = 4;
    const cv::Mat x = mdd::preprocess(bgr, c);
    QCOMPARE(x.type(), CV_32FC3);
    const cv::Vec3f expected((250 / 255.f - 0.485f) / 0.229f, (128 / 255.f - 0.456f) / 0.224f,
                             (10 / 255.f - 0.406f) / 0.225f);
    QVERIFY(near(at(x, 2, 1), expected));
    c.channelOrder = mdd::ChannelOrder::BGR;
    c.mean = {0.5f, 0.5f, 0.5f};
    c.std = {0.5f, 0.5f, 0.5f};  // Keras "tf": x / 127.5 - 1
    QVERIFY(near(at(mdd::preprocess(bgr, c), 0, 0),
                 cv::Vec3f(10 / 127.5f - 1, 128 / 127.5f - 1, 250 / 127.5f - 1)));
  }

  void squashResizesBothSides() {
    mdd::PreprocessConfig c;
    c.width = 8;
    c.height = 4;
    const auto g = mdd::resizeGeometry(cv::Size(30, 60), c);
    QCOMPARE(g.sourceRect, cv::Rect(0, 0, 30, 60));
    QCOMPARE(g.targetRect, cv::Rect(0, 0, 8, 4));
    QCOMPARE(mdd::preprocess(cv::Mat(60, 30, CV_8UC3, cv::Scalar::all(9)), c).size(),
             cv::Size(8, 4));
  }

  void letterboxKeepsAspectAndPadsWithZero() {
    mdd::PreprocessConfig c;
    c.width = c.height = 10;
    c.resize = mdd::ResizeMode::Letterbox;
    QCOMPARE(mdd::resizeGeometry(cv::Size(40, 20), c).targetRect, cv::Rect(0, 2, 10, 5));
    const cv::Mat x = mdd::preprocess(cv::Mat(20, 40, CV_8UC3, cv::Scalar::all(255)), c);
    QVERIFY(near(at(x, 5, 0), cv::Vec3f(0, 0, 0)));  // padding: the mean after normalisation
    QVERIFY(near(at(x, 5, 9), cv::Vec3f(0, 0, 0)));
    QVERIFY(near(at(x, 5, 4),
                 cv::Vec3f((1 - 0.485f) / 0.229f, (1 - 0.456f) / 0.224f, (1 - 0.406f) / 0.225f)));
  }

  // letterboxFill = reflect: the borders show the image mirrored outwards (row y of the
  // top border is content row rect.y - y, OpenCV's BORDER_REFLECT_101), the content stays.
  void letterboxCanReflectTheImageIntoItsBorders() {
    mdd::PreprocessConfig c;
    c.width = c.height = 10;
    c.resize = mdd::ResizeMode::Letterbox;
    c.reflectBorders = true;
    cv::Mat image(20, 40, CV_8UC3);
    for (int y = 0; y < 20; ++y) image.row(y).setTo(cv::Scalar::all(10 * y));  // rows differ
    const cv::Mat x = mdd::preprocess(image, c);
    c.reflectBorders = false;
    const cv::Mat plain = mdd::preprocess(image, c);
    const cv::Rect r(0, 2, 10, 5);
    QCOMPARE(cv::norm(x(r), plain(r), cv::NORM_INF), 0.0);  // the image itself unchanged
    for (int k = 1; k <= 2; ++k) {
      QVERIFY(near(at(x, 3, r.y - k), at(x, 3, r.y + k)));                  // top border
      QVERIFY(near(at(x, 3, r.y + r.height - 1 + k), at(x, 3, r.y + r.height - 1 - k)));
    }
    QVERIFY(!near(at(x, 3, 0), cv::Vec3f(0, 0, 0)));  // not the mean colour
    mdd::ModelConfig m;
    m.network.letterboxFill = mdd::LetterboxFill::Reflect;
    QCOMPARE(mdd::modelConfigFromJson(mdd::toJson(m)).network.letterboxFill,
             mdd::LetterboxFill::Reflect);
    QCOMPARE(mdd::modelConfigFromJson("{}").network.letterboxFill, mdd::LetterboxFill::Reflect);
  }

  void trainingHalvesMatchPreprocess() {
    // Training draws defects between resizeToModel and normaliseContent: together they
    // must give exactly what inference gets, borders included, in every mode.
    cv::Mat img(30, 70, CV_8UC3);
    cv::randu(img, 0, 256);
    for (auto mode : {mdd::ResizeMode::Squash, mdd::ResizeMode::Letterbox,
                      mdd::ResizeMode::ShortSideCentreCrop}) {
      for (bool standardise : {false, true}) {
        mdd::PreprocessConfig c;
        c.width = c.height = 16;
        c.resize = mode;
        c.perImageStandardise = standardise;
        const cv::Mat placed = mdd::resizeToModel(img, c);
        QCOMPARE(placed.type(), CV_8UC3);
        QCOMPARE(placed.size(), cv::Size(16, 16));
        const cv::Rect content = mdd::resizeGeometry(img.size(), c).targetRect;
        const cv::Mat a = mdd::normaliseContent(placed, content, c);
        QCOMPARE(cv::norm(a, mdd::preprocess(img, c), cv::NORM_INF), 0.0);
        if (mode == mdd::ResizeMode::Letterbox) {
          QVERIFY(content.height < 16);
          QVERIFY(near(at(a, 8, 0), cv::Vec3f(0, 0, 0)));  // the border is 0, also standardised
        }
      }
    }
    mdd::PreprocessConfig c;
    c.width = c.height = 16;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             mdd::normaliseContent(cv::Mat(16, 16, CV_8UC3), {4, 4, 20, 4}, c));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             mdd::normaliseContent(cv::Mat(8, 8, CV_8UC3), {0, 0, 8, 8}, c));
  }

  void centreCropSeesOnlyTheMiddle() {
    mdd::PreprocessConfig c;
    c.width = c.height = 10;
    c.resize = mdd::ResizeMode::ShortSideCentreCrop;
    QCOMPARE(mdd::resizeGeometry(cv::Size(40, 20), c).sourceRect, cv::Rect(10, 0, 20, 20));
    // Left and right quarters black, centre white: the crop sees only white.
    cv::Mat img(20, 40, CV_8UC3, cv::Scalar::all(0));
    img(cv::Rect(10, 0, 20, 20)).setTo(cv::Scalar::all(255));
    const cv::Mat x = mdd::preprocess(img, c);
    double lo, hi;
    cv::minMaxLoc(x.reshape(1), &lo, &hi);
    QVERIFY(lo > 1.5);  // (1 - 0.485) / 0.229 = 2.25 is the smallest white value
  }

  void perImageStandardisationRemovesExposure() {
    cv::Mat base(32, 32, CV_8UC3);
    cv::randu(base, 60, 120);
    cv::Mat brighter;
    base.convertTo(brighter, -1, 1.6, 20);  // exposure and offset change, no clipping
    mdd::PreprocessConfig c;
    c.width = c.height = 32;
    c.perImageStandardise = true;
    const cv::Mat a = mdd::preprocess(base, c), b = mdd::preprocess(brighter, c);
    QVERIFY(cv::norm(a, b, cv::NORM_INF) < 0.05);  // rounding of the 8-bit input only
    cv::Scalar mean, sd;
    cv::meanStdDev(a.reshape(1), mean, sd);
    // After the usual normalisation the image is near zero mean and unit spread.
    QVERIFY(std::abs(mean[0]) < 0.1);
    QVERIFY(std::abs(sd[0] - 1.0) < 0.1);
    c.perImageStandardise = false;
    QVERIFY(cv::norm(mdd::preprocess(base, c), mdd::preprocess(brighter, c), cv::NORM_INF) > 0.5);
  }

  void maskFollowsTheImageGeometryAndStaysBinary() {
    cv::Mat mask = cv::Mat::zeros(20, 40, CV_8U);
    mask(cv::Rect(20, 0, 20, 20)).setTo(255);  // right half
    for (auto mode : {mdd::ResizeMode::Squash, mdd::ResizeMode::Letterbox,
                      mdd::ResizeMode::ShortSideCentreCrop}) {
      mdd::PreprocessConfig c;
      c.width = c.height = 10;
      c.resize = mode;
      const cv::Mat m = mdd::preprocessMask(mask, c);
      QCOMPARE(m.type(), CV_8UC1);
      QCOMPARE(cv::countNonZero((m != 0) & (m != 255)), 0);
      const auto g = mdd::resizeGeometry(mask.size(), c);
      // The right half of the visible content is defect, the left is not.
      const cv::Rect t = g.targetRect;
      QCOMPARE(m.at<uchar>(t.y + t.height / 2 - 2, t.x + t.width - 1), uchar(255));
      QCOMPARE(m.at<uchar>(t.y + 1, t.x), uchar(0));
      QCOMPARE(cv::countNonZero(m) <= t.area(), true);
    }
  }

  void mapsBackToTheOriginalForEachMode() {
    const cv::Size original(60, 30);
    for (auto mode : {mdd::ResizeMode::Squash, mdd::ResizeMode::Letterbox,
                      mdd::ResizeMode::ShortSideCentreCrop}) {
      mdd::PreprocessConfig c;
      c.width = c.height = 20;
      c.resize = mode;
      // A defect mask at the original size, taken through preprocessing and back.
      cv::Mat defect = cv::Mat::zeros(original, CV_8U);
      defect(cv::Rect(28, 10, 8, 8)).setTo(255);
      cv::Mat modelMap;
      mdd::preprocessMask(defect, c).convertTo(modelMap, CV_32F, 1.0 / 255);
      const cv::Mat back = mdd::mapToOriginal(modelMap, original, c, -1.f);
      QCOMPARE(back.size(), original);
      QVERIFY(back.at<float>(14, 32) > 0.5f);  // the defect's centre
      QVERIFY(back.at<float>(25, 10) < 0.5f);
      if (mode == mdd::ResizeMode::ShortSideCentreCrop)
        QCOMPARE(back.at<float>(15, 2), -1.f);  // never seen by the model
      else
        QVERIFY(back.at<float>(15, 2) >= 0.f);
    }
  }

  void rejectsBadInput() {
    mdd::PreprocessConfig c;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mdd::preprocess(cv::Mat(4, 4, CV_8UC1), c));
    c.std[1] = 0.f;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             mdd::preprocess(cv::Mat(4, 4, CV_8UC3, cv::Scalar::all(1)), c));
  }
};

QTEST_APPLESS_MAIN(TestPreprocess)
#include "test_preprocess.moc"
