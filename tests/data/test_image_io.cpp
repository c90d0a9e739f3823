// mdd/image_io.h: every depth and channel layout becomes CV_8UC3 BGR, masks become 0/255,
// and each kind of bad file gets an error that names it.
#include <QtTest>

#include <fstream>
#include <opencv2/imgcodecs.hpp>

#include "mdd/image_io.h"
#include "test_paths.h"

namespace {

std::string workFile(const QString& dir, const char* name) {
  return (dir + "/" + name).toStdString();
}

void writeBytes(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string readBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The DataError message of `f`, or a failure when it does not throw one.
template <typename F>
QString errorOf(F f) {
  try {
    f();
  } catch (const mdd::DataError& e) {
    return QString::fromStdString(e.what());
  }
  return QStringLiteral("<no DataError thrown>");
}

cv::Vec3b px(const cv::Mat& m, int x, int y) { return m.at<cv::Vec3b>(y, x); }

}  // namespace

class TestImageIo : public QObject {
  Q_OBJECT
  QString dir_;

 private Q_SLOTS:
  void initTestCase() { dir_ = mddtest::freshWorkDir("image_io"); }

  void greyBecomesThreeEqualChannels() {
    cv::Mat grey(2, 3, CV_8U);
    grey.at<uchar>(1, 2) = 77;
    const std::string path = workFile(dir_, "grey.png");
    cv::imwrite(path, grey);
    const cv::Mat bgr = mdd::readImage(path);
    QCOMPARE(bgr.type(), CV_8UC3);
    QCOMPARE(bgr.size(), cv::Size(3, 2));
    QCOMPARE(px(bgr, 2, 1), cv::Vec3b(77, 77, 77));
  }

  void sixteenBitIsScaledByFullRange() {
    cv::Mat deep(1, 4, CV_16UC3);
    deep.at<cv::Vec3w>(0, 0) = cv::Vec3w(65535, 0, 32896);
    deep.at<cv::Vec3w>(0, 1) = cv::Vec3w(257, 1000, 128);  // 1000/257 = 3.9 -> 4
    const std::string path = workFile(dir_, "deep.png");
    QVERIFY(cv::imwrite(path, deep));
    QCOMPARE(cv::imread(path, cv::IMREAD_UNCHANGED).depth(), CV_16U);
    const cv::Mat bgr = mdd::readImage(path);
    QCOMPARE(bgr.type(), CV_8UC3);
    QCOMPARE(px(bgr, 0, 0), cv::Vec3b(255, 0, 128));
    QCOMPARE(px(bgr, 1, 0), cv::Vec3b(1, 4, 0));
  }

  void alphaIsCompositedOverBlack() {
    cv::Mat bgra(1, 2, CV_8UC4);
    bgra.at<cv::Vec4b>(0, 0) = cv::Vec4b(10, 200, 100, 255);
    bgra.at<cv::Vec4b>(0, 1) = cv::Vec4b(200, 200, 100, 51);  // 20% opaque
    const std::string path = workFile(dir_, "bgra.png");
    cv::imwrite(path, bgra);
    const cv::Mat bgr = mdd::readImage(path);
    QCOMPARE(px(bgr, 0, 0), cv::Vec3b(10, 200, 100));
    QCOMPARE(px(bgr, 1, 0), cv::Vec3b(40, 40, 20));
  }

  // Fixtures written by Pillow (scripts/fixtures/make_data_fixtures.py).
  void paletteAndGreyAlphaPng() {
    const std::string fixtures = (mddtest::fixtureDir() + "/data/").toStdString();
    const cv::Mat pal = mdd::readImage(fixtures + "palette.png");
    QCOMPARE(pal.size(), cv::Size(4, 3));
    QCOMPARE(px(pal, 0, 0), cv::Vec3b(0, 0, 255));     // red
    QCOMPARE(px(pal, 3, 0), cv::Vec3b(50, 100, 200));  // (200, 100, 50) RGB
    QCOMPARE(px(pal, 1, 1), cv::Vec3b(255, 0, 0));     // blue
    const cv::Mat trns = mdd::readImage(fixtures + "palette_trns.png");
    QCOMPARE(px(trns, 1, 0), cv::Vec3b(0, 0, 0));  // index 1 is transparent
    QCOMPARE(px(trns, 0, 0), cv::Vec3b(0, 0, 255));
    const cv::Mat la = mdd::readImage(fixtures + "grey_alpha.png");
    QCOMPARE(px(la, 0, 0), cv::Vec3b(200, 200, 200));
    QCOMPARE(px(la, 1, 0), cv::Vec3b(100, 100, 100));
    QCOMPARE(px(la, 2, 0), cv::Vec3b(0, 0, 0));
  }

  void floatImagesMapUnitRangeAndClamp() {
    cv::Mat f(1, 3, CV_32F);
    f.at<float>(0, 0) = 0.5f;
    f.at<float>(0, 1) = 1.5f;
    f.at<float>(0, 2) = -0.2f;
    const cv::Mat bgr = mdd::toBgr8(f, "float");
    QCOMPARE(px(bgr, 0, 0), cv::Vec3b(128, 128, 128));
    QCOMPARE(px(bgr, 1, 0), cv::Vec3b(255, 255, 255));
    QCOMPARE(px(bgr, 2, 0), cv::Vec3b(0, 0, 0));
    QVERIFY(
        errorOf([] { mdd::toBgr8(cv::Mat(2, 2, CV_16S), "signed.tif"); }).contains("signed.tif"));
  }

  void masksBinariseAtHalfScale() {
    cv::Mat m8 = (cv::Mat_<uchar>(1, 4) << 0, 127, 128, 255);
    const std::string p8 = workFile(dir_, "mask8.png");
    cv::imwrite(p8, m8);
    const cv::Mat b8 = mdd::readMask(p8);
    QCOMPARE(b8.type(), CV_8UC1);
    QCOMPARE(cv::countNonZero(b8 != (cv::Mat_<uchar>(1, 4) << 0, 0, 255, 255)), 0);

    cv::Mat m16 = (cv::Mat_<ushort>(1, 4) << 0, 32767, 32768, 200);
    const std::string p16 = workFile(dir_, "mask16.png");
    cv::imwrite(p16, m16);
    const cv::Mat b16 = mdd::readMask(p16);
    QCOMPARE(cv::countNonZero(b16 != (cv::Mat_<uchar>(1, 4) << 0, 0, 255, 0)), 0);

    // Label-map masks (VisA): any non-zero value is a defect.
    const cv::Mat labels = mdd::readMask(p16, mdd::MaskRule::NonZero);
    QCOMPARE(cv::countNonZero(labels != (cv::Mat_<uchar>(1, 4) << 0, 255, 255, 255)), 0);
  }

  void colourMasksUseTheStrongestChannel() {
    cv::Mat rgb(1, 2, CV_8UC3);
    rgb.at<cv::Vec3b>(0, 0) = cv::Vec3b(0, 0, 200);  // red defect
    rgb.at<cv::Vec3b>(0, 1) = cv::Vec3b(100, 100, 100);
    const cv::Mat m = mdd::binariseMask(rgb, mdd::MaskRule::HalfScale, "rgb");
    QCOMPARE(m.at<uchar>(0, 0), uchar(255));
    QCOMPARE(m.at<uchar>(0, 1), uchar(0));
  }

  void errorsNameTheFileAndTheReason() {
    const std::string missing = workFile(dir_, "missing.png");
    QString e = errorOf([&] { mdd::readImage(missing); });
    QVERIFY2(e.contains(QString::fromStdString(missing)) && e.contains("does not exist"),
             qPrintable(e));

    const std::string empty = workFile(dir_, "empty.png");
    writeBytes(empty, "");
    e = errorOf([&] { mdd::readImage(empty); });
    QVERIFY2(e.contains(QString::fromStdString(empty)) && e.contains("empty"), qPrintable(e));

    const std::string garbage = workFile(dir_, "garbage.jpg");
    writeBytes(garbage, "this is not an image at all");
    e = errorOf([&] { mdd::readMask(garbage); });
    QVERIFY2(e.contains(QString::fromStdString(garbage)) && e.contains("not a decodable image"),
             qPrintable(e));

    e = errorOf([&] { mdd::readImage(dir_.toStdString()); });
    QVERIFY2(e.contains("folder"), qPrintable(e));
  }

  void truncatedFiles() {
    cv::Mat img(40, 30, CV_8UC3, cv::Scalar(1, 2, 3));
    cv::randu(img, 0, 255);
    std::vector<uchar> png;
    cv::imencode(".png", img, png);
    // Header intact, pixel data cut: the size is known, decoding fails.
    const std::string cut = workFile(dir_, "cut.png");
    writeBytes(cut, std::string(png.begin(), png.begin() + png.size() / 2));
    QCOMPARE(mdd::readImageSize(cut), cv::Size(30, 40));
    QString e = errorOf([&] { mdd::readImage(cut); });
    QVERIFY2(e.contains(QString::fromStdString(cut)), qPrintable(e));
    // Cut inside the header.
    const std::string stub = workFile(dir_, "stub.png");
    writeBytes(stub, std::string(png.begin(), png.begin() + 12));
    e = errorOf([&] { mdd::readImageSize(stub); });
    QVERIFY2(e.contains(QString::fromStdString(stub)) && e.contains("header"), qPrintable(e));
  }

  // 119 bytes of damaged JPEG (found by fuzz_image) that libjpeg decodes as a 17229 x 17481
  // frame: refused before decoding, as image and as mask, instead of allocating gigabytes.
  void hugeDeclaredFramesAreRefusedBeforeDecoding() {
    static const unsigned char bytes[] =
        "\xff\xd8\xff\xe0\x00\x10\x4a\x46\x49\x46\x00\x01\x01\x00\x00\x01"
        "\x00\x01\x00\x00\xff\xdb\x00\x43\x00\x02\x01\x01\x01\x01\x01\x02"
        "\x04\x03\x02\x02\x02\x3a\x2f\x2f\x02\x05\x04\x04\x03\x04\x06\x05"
        "\x06\x06\x06\x05\x06\x06\x06\x07\x09\x08\x06\xff\xff\xc1\x83\x95"
        "\xf2\x07\x09\x07\x06\x06\x08\x0b\x08\x09\x0a\x0a\x0a\x0a\x0a\x06"
        "\x08\x0b\x0c\x0b\x0a\x0c\x09\x0a\x0a\x0a\xff\xc0\x00\x0b\x08\x44"
        "\x49\x43\x4d\x01\x01\x11\x00\xff\xda\x00\x08\x01\x01\x00\x00\x00"
        "\xea\x9f\x04\xff\x00\x67\xaf";
    const std::string path = workFile(dir_, "huge_frame.jpg");
    writeBytes(path, std::string(reinterpret_cast<const char*>(bytes), sizeof bytes - 1));
    for (const auto& e : {errorOf([&] { mdd::readImage(path); }),
                          errorOf([&] { mdd::readMask(path); })})
      QVERIFY2(e.contains(QString::fromStdString(path)) && e.contains("301 megapixels"),
               qPrintable(e));
    // The limit can be lowered (the fuzzers do): a clean 2-megapixel PNG is refused under 1.
    const std::string two = workFile(dir_, "two_megapixels.png");
    QVERIFY(cv::imwrite(two, cv::Mat(1000, 2000, CV_8UC1, cv::Scalar(7))));
    QCOMPARE(mdd::readImage(two).size(), cv::Size(2000, 1000));
    const double before = mdd::maxDecodedPixels();
    QCOMPARE(before, 268435456.0);
    mdd::setMaxDecodedPixels(1e6);
    const QString e = errorOf([&] { mdd::readMask(two); });
    mdd::setMaxDecodedPixels(before);
    QVERIFY2(e.contains("declares 2 megapixels, more than the 1 "), qPrintable(e));
  }

  void sizeFromHeadersMatchesDecoding() {
    cv::Mat img(23, 37, CV_8UC3, cv::Scalar(9, 99, 199));
    const std::string jpg = workFile(dir_, "size.jpg"), prog = workFile(dir_, "prog.jpg");
    const std::string bmp = workFile(dir_, "size.bmp");
    cv::imwrite(jpg, img);
    cv::imwrite(prog, img, {cv::IMWRITE_JPEG_PROGRESSIVE, 1});
    cv::imwrite(bmp, img);
    QCOMPARE(mdd::readImageSize(jpg), cv::Size(37, 23));
    QCOMPARE(mdd::readImageSize(prog), cv::Size(37, 23));
    QCOMPARE(mdd::readImageSize(bmp), cv::Size(37, 23));  // decoded: no header parser
  }

  void writeIsDeterministicAndLeavesNoTemporaries() {
    cv::Mat img(16, 16, CV_8UC3);
    cv::randu(img, 0, 255);
    const QString sub = dir_ + "/written";
    QDir().mkpath(sub);
    const std::string a = workFile(sub, "a.png"), b = workFile(sub, "b.png");
    mdd::writeImage(a, img);
    mdd::writeImage(b, img);
    QCOMPARE(readBytes(a), readBytes(b));
    QCOMPARE(QDir(sub).entryList(QDir::Files).size(), 2);
    QCOMPARE(cv::norm(mdd::readImage(a), img, cv::NORM_INF), 0.0);
    const std::string nowhere = workFile(dir_, "no/such/folder/x.png");
    const QString e = errorOf([&] { mdd::writeImage(nowhere, img); });
    QVERIFY2(e.contains(QString::fromStdString(nowhere)), qPrintable(e));
  }
};

QTEST_APPLESS_MAIN(TestImageIo)
#include "test_image_io.moc"
