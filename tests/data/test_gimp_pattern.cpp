// mdd::readGimpPattern: the .pat format field by field, and a clear, named error for each
// kind of broken file.
#include <QtTest>

#include <filesystem>

#include "mdd/textures.h"
#include "pattern_files.h"
#include "test_paths.h"

using namespace datatest;

class TestGimpPattern : public QObject {
  Q_OBJECT
  QString dir_;

  std::string path(const char* name) const { return (dir_ + "/" + name).toStdString(); }

  // The DataError message for a file with these bytes; it must name the file.
  QString errorFor(const char* name, const std::vector<unsigned char>& bytes) {
    writeBytesTo(path(name), bytes);
    try {
      mdd::readGimpPattern(path(name));
    } catch (const mdd::DataError& e) {
      const QString m = e.what();
      if (!m.contains(QString::fromStdString(path(name)))) return "<file not named> " + m;
      return m;
    }
    return "<no error>";
  }

 private Q_SLOTS:
  void initTestCase() { dir_ = mddtest::freshWorkDir("gimp_pattern"); }

  void readsEveryDepthIntoBgr() {
    cv::Mat rgb(2, 3, CV_8UC3, cv::Scalar(10, 20, 30));  // stored R=10 G=20 B=30
    writeBytesTo(path("rgb.pat"), patBytes(rgb, "Test Pattern"));
    const auto p = mdd::readGimpPattern(path("rgb.pat"));
    QCOMPARE(p.name, std::string("Test Pattern"));
    QCOMPARE(p.bytesPerPixel, 3);
    QCOMPARE(p.image.size(), cv::Size(3, 2));
    QCOMPARE(p.image.at<cv::Vec3b>(1, 2), cv::Vec3b(30, 20, 10));

    writeBytesTo(path("grey.pat"), patBytes(cv::Mat(4, 4, CV_8UC1, cv::Scalar(77)), "g"));
    QCOMPARE(mdd::readGimpPattern(path("grey.pat")).image.at<cv::Vec3b>(3, 3),
             cv::Vec3b(77, 77, 77));

    writeBytesTo(path("ga.pat"), patBytes(cv::Mat(1, 1, CV_8UC2, cv::Scalar(200, 51)), "ga"));
    QCOMPARE(mdd::readGimpPattern(path("ga.pat")).image.at<cv::Vec3b>(0, 0), cv::Vec3b(40, 40, 40));

    writeBytesTo(path("rgba.pat"),
                 patBytes(cv::Mat(1, 1, CV_8UC4, cv::Scalar(255, 0, 0, 255)), "a"));
    QCOMPARE(mdd::readGimpPattern(path("rgba.pat")).image.at<cv::Vec3b>(0, 0),
             cv::Vec3b(0, 0, 255));
  }

  void rejectsEveryBrokenField() {
    const cv::Mat px(8, 8, CV_8UC3, cv::Scalar::all(5));
    const auto good = patBytes(px, "ok");
    QString e = errorFor("short_header.pat", {good.begin(), good.begin() + 10});
    QVERIFY2(e.contains("truncated") && e.contains("header"), qPrintable(e));
    e = errorFor("short_pixels.pat", {good.begin(), good.end() - 1});
    QVERIFY2(e.contains("truncated") && e.contains("192 pixel bytes") && e.contains("191"),
             qPrintable(e));
    e = errorFor("magic.pat", patBytes(px, "x", {0, 1, "GIMP", true}));
    QVERIFY2(e.contains("magic"), qPrintable(e));
    e = errorFor("version.pat", patBytes(px, "x", {0, 2, "GPAT", true}));
    QVERIFY2(e.contains("version 2"), qPrintable(e));
    e = errorFor("header_size.pat", patBytes(px, "x", {20, 1, "GPAT", true}));
    QVERIFY2(e.contains("header_size 20"), qPrintable(e));
    e = errorFor("name.pat", patBytes(px, "unterminated", {0, 1, "GPAT", false}));
    QVERIFY2(e.contains("NUL"), qPrintable(e));
    cv::Mat fiveChannels(2, 2, CV_8UC(5));
    std::fill(fiveChannels.data, fiveChannels.data + fiveChannels.total() * 5, 1);
    e = errorFor("bpp.pat", patBytes(fiveChannels, "x"));
    QVERIFY2(e.contains("bytes_per_pixel is 5"), qPrintable(e));
    e = errorFor("empty.pat", patBytes(cv::Mat(0, 3, CV_8UC3), "x"));
    QVERIFY2(e.contains("invalid size 3x0"), qPrintable(e));
    auto huge = good;
    huge[8] = 0x7F;  // width 0x7F000008
    e = errorFor("huge.pat", huge);
    QVERIFY2(e.contains("invalid size"), qPrintable(e));
    QVERIFY(errorFor("missing.pat", {}).contains("truncated"));  // an empty file
    QFile::remove(QString::fromStdString(path("missing.pat")));
    try {
      mdd::readGimpPattern(path("missing.pat"));
      QFAIL("no error for a missing file");
    } catch (const mdd::DataError& err) {
      QVERIFY(QString(err.what()).contains("does not exist"));
    }
  }

  void findsPatternsRecursivelyInOrder() {
    const QString root = dir_ + "/tree";
    QDir().mkpath(root + "/Stone");
    QDir().mkpath(root + "/Wood");
    const cv::Mat px(2, 2, CV_8UC3, cv::Scalar::all(1));
    writeBytesTo((root + "/Wood/b.pat").toStdString(), patBytes(px, "b"));
    writeBytesTo((root + "/Stone/a.pat").toStdString(), patBytes(px, "a"));
    writeBytesTo((root + "/Stone/notes.txt").toStdString(), {'x'});
    const auto found = mdd::findGimpPatterns(root.toStdString());
    QCOMPARE(int(found.size()), 2);
    QVERIFY(QString::fromStdString(found[0]).endsWith("Stone/a.pat"));
    QVERIFY(mdd::findGimpPatterns((dir_ + "/nowhere").toStdString()).empty());
  }

  // The installed gimp-data patterns, when present, all parse.
  void readsInstalledPatterns() {
    const auto files = mdd::findGimpPatterns();
    if (files.empty()) QSKIP("gimp-data is not installed");
    for (const auto& f : files) {
      const auto p = mdd::readGimpPattern(f);
      QVERIFY2(!p.image.empty() && !p.name.empty(), f.c_str());
    }
  }
};

QTEST_APPLESS_MAIN(TestGimpPattern)
#include "test_gimp_pattern.moc"
