// mdd/demo_dataset.h: the demo generator is deterministic, writes the MVTec layout the
// reader accepts, and paints visible defects whose masks cover them.
#include <QtTest>

#include <QCryptographicHash>
#include <QDirIterator>
#include <map>
#include <opencv2/imgproc.hpp>
#include <set>

#include "data/defect_painters.h"
#include "data/demo_surface.h"
#include "mdd/dataset.h"
#include "mdd/demo_dataset.h"
#include "pattern_files.h"
#include "test_paths.h"

namespace {

// Relative path -> SHA-256 of every file under `root`.
std::map<QString, QByteArray> hashTree(const QString& root) {
  std::map<QString, QByteArray> out;
  QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    QFile f(it.next());
    f.open(QIODevice::ReadOnly);
    out[QDir(root).relativeFilePath(f.fileName())] =
        QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
  }
  return out;
}

}  // namespace

class TestDemoDataset : public QObject {
  Q_OBJECT
  QString dir_;
  mdd::DemoDatasetOptions tiny_;

  QString make(const QString& name, std::uint64_t seed) {
    mdd::DemoDatasetOptions o = tiny_;
    o.seed = seed;
    const QString out = dir_ + "/" + name;
    mdd::makeDemoDataset(out.toStdString(), o);
    return out;
  }

 private Q_SLOTS:
  void initTestCase() {
    dir_ = mddtest::freshWorkDir("demo_dataset");
    // Own patterns, so the test does not need gimp-data: two on the preferred list (their
    // class names come from it), one that is not (named after its file).
    const QString pats = dir_ + "/patterns";
    for (const char* sub : {"/Animal", "/Fabric", "/Misc"}) QDir().mkpath(pats + sub);
    const auto write = [&](const QString& rel, int seed) {
      datatest::writeBytesTo((pats + rel).toStdString(),
                             datatest::patBytes(datatest::texturePixels(32, seed), "t"));
    };
    write("/Animal/leather.pat", 1);
    write("/Fabric/burlap.pat", 2);
    write("/Misc/Odd Name.pat", 3);
    tiny_.classes = 3;
    tiny_.imageSize = 48;
    tiny_.trainGood = 3;
    tiny_.testGood = 2;
    tiny_.testDefects = 5;
    tiny_.seed = 7;
    tiny_.patternDir = pats.toStdString();
  }

  void sameSeedSameBytesOtherSeedOtherBytes() {
    const auto a = hashTree(make("a", 7)), b = hashTree(make("b", 7)), c = hashTree(make("c", 8));
    QCOMPARE(int(a.size()), 3 * (3 + 2 + 5 + 5) + 1);  // images, masks, README.txt
    QVERIFY(a == b);
    int differingImages = 0;
    for (const auto& [path, hash] : a)
      differingImages += !path.endsWith("_mask.png") && path.endsWith(".png") && c.at(path) != hash;
    QCOMPARE(differingImages, 3 * (3 + 2 + 5));
  }

  void readableAsMvtecWithNonEmptyMasks() {
    int calls = 0, last = 0;
    const QString root = dir_ + "/read";
    const auto summary = mdd::makeDemoDataset(root.toStdString(), tiny_, [&](int done, int total) {
      ++calls;
      last = done;
      QCOMPARE(total, 30);
    });
    QCOMPARE(calls, 30);
    QCOMPARE(last, 30);
    QCOMPARE(summary.images, 30);
    QCOMPARE(summary.masks, 15);
    QCOMPARE(summary.classes[2].name, std::string("odd_name"));

    mdd::DatasetOptions o;
    o.validationFraction = 0;
    o.check = mdd::ImageCheck::Decode;
    mdd::LoadReport report;
    const auto d = mdd::loadDataset(root.toStdString(), o, report);
    QVERIFY2(!report.hasErrors(), report.format().c_str());
    QCOMPARE(mdd::detectLayout(root.toStdString()), mdd::DatasetLayout::MvtecMulti);
    QCOMPARE(d.classNames, (std::vector<std::string>{"fabric", "leather", "odd_name"}));
    for (const auto& cls : d.classNames) {
      QCOMPARE(d.count(mdd::Split::Train, cls), std::size_t(3));
      QCOMPARE(d.count(mdd::Split::Test, cls), std::size_t(7));
    }
    std::set<std::string> kinds;
    for (const auto& s : d.samples) {
      const cv::Mat image = mdd::readImage(s.path);
      QCOMPARE(image.size(), cv::Size(48, 48));
      if (!s.isAnomalous) continue;
      kinds.insert(s.defectType);
      const cv::Mat mask = mdd::readMask(s.maskPath);
      QVERIFY2(cv::countNonZero(mask) > 0, s.maskPath.c_str());
      QVERIFY2(cv::countNonZero(mask) < int(mask.total()) / 2, s.maskPath.c_str());
    }
    QCOMPARE(kinds.size(), mdd::demoDefectKinds().size());
  }

  void normalImagesVary() {
    const QString root = dir_ + "/a/leather/train/good/";
    const cv::Mat first = mdd::readImage((root + "000.png").toStdString());
    for (const char* other : {"001.png", "002.png"}) {
      const cv::Mat m = mdd::readImage((root + other).toStdString());
      QVERIFY(cv::norm(first, m, cv::NORM_L1) / first.total() > 10.0);
    }
  }

  // Each painter changes the image mostly inside its mask, and visibly so.
  void defectsAreVisibleAndCoveredByTheirMasks() {
    const cv::Mat pattern = mdd::readGimpPattern(tiny_.patternDir + "/Fabric/burlap.pat").image;
    const cv::Mat other = mdd::readGimpPattern(tiny_.patternDir + "/Animal/leather.pat").image;
    for (const auto& kind : mdd::demoDefectKinds()) {
      double inside = 0, total = 0, maskPixels = 0;
      for (int seed = 0; seed < 3; ++seed) {  // a few draws, so one small defect decides nothing
        std::mt19937 rng(seed);
        const cv::Mat clean = mdd::data::renderSurface(pattern, 128, rng);
        const cv::Mat foreign = mdd::data::renderPlainSurface(other, 128, 40, rng);
        cv::Mat painted = clean.clone();
        const cv::Mat mask =
            mdd::data::paintDefect(mdd::data::defectKindFromName(kind), painted, foreign, rng);
        cv::Mat change;
        cv::absdiff(painted, clean, change);
        cv::cvtColor(change, change, cv::COLOR_BGR2GRAY);
        inside += cv::sum(change & mask)[0];
        total += cv::sum(change)[0];
        maskPixels += cv::countNonZero(mask);
      }
      qInfo("%s: mask %.0f px, mean change inside %.1f grey levels, share of change inside %.2f",
            kind.c_str(), maskPixels / 3, inside / maskPixels, inside / total);
      QVERIFY2(inside / maskPixels > 20, kind.c_str());  // visible
      QVERIFY2(inside / total > 0.6, kind.c_str());      // the mask covers the defect
    }
  }

  void refusesBadTargetsAndMissingPatterns() {
    const QString used = dir_ + "/a";
    try {
      mdd::makeDemoDataset(used.toStdString(), tiny_);
      QFAIL("wrote into a non-empty folder");
    } catch (const mdd::DataError& e) {
      QVERIFY(QString(e.what()).contains(used));
    }
    mdd::DemoDatasetOptions none = tiny_;
    none.patternDir = (dir_ + "/no_patterns").toStdString();
    try {
      mdd::makeDemoDataset((dir_ + "/never").toStdString(), none);
      QFAIL("no error without patterns");
    } catch (const mdd::DataError& e) {
      QVERIFY2(QString(e.what()).contains("apt-get install gimp-data"), e.what());
    }
    QVERIFY(!QDir(dir_ + "/never").exists());
  }

  // With Debian's gimp-data: the four preferred materials.
  void usesInstalledPatterns() {
    if (mdd::findGimpPatterns().empty()) QSKIP("gimp-data is not installed");
    mdd::DemoDatasetOptions o;
    o.imageSize = 128;
    o.trainGood = 1;
    o.testGood = 0;
    o.testDefects = 5;
    QElapsedTimer timer;
    timer.start();
    const auto s = mdd::makeDemoDataset((dir_ + "/installed").toStdString(), o);
    qInfo("4 classes x 6 images of 128 px in %lld ms", timer.elapsed());
    std::vector<std::string> names;
    for (const auto& c : s.classes) names.push_back(c.name);
    QCOMPARE(names, (std::vector<std::string>{"leather", "fabric", "granite", "wood"}));
  }
};

QTEST_APPLESS_MAIN(TestDemoDataset)
#include "test_demo_dataset.moc"
