// mdd/dataset.h: MVTec AD and folder layouts, layout detection, combining roots, the
// validation split, and every bad-input case reported by path.
#include <QtTest>

#include <set>

#include "dataset_tree.h"
#include "mdd/dataset.h"
#include "test_paths.h"

using namespace datatest;
using mdd::DatasetLayout;
using mdd::LoadIssue;
using mdd::Split;

namespace {

std::set<std::string> validationPaths(const mdd::Dataset& d, const std::string& cls) {
  std::set<std::string> out;
  for (const auto& s : d.select(Split::Validation, cls)) out.insert(s.path);
  return out;
}

}  // namespace

class TestDatasetReaders : public QObject {
  Q_OBJECT
  QString dir_;

 private Q_SLOTS:
  void initTestCase() { dir_ = mddtest::freshWorkDir("dataset_readers"); }

  void detectsEachLayout() {
    makeMvtecCategory(dir_ + "/detect/mvtec/bottle", 2, 1, {{"broken", 1}});
    makeMvtecCategory(dir_ + "/detect/mvtec/cable", 2, 1, {{"cut", 1}});
    writeImageFile(dir_ + "/detect/folder/good/a.png");
    writeTextFile(dir_ + "/detect/visa/split_csv/1cls.csv", "object,split,label,image,mask\n");
    QDir().mkpath(dir_ + "/detect/unknown/stuff");
    QCOMPARE(mdd::detectLayout(s(dir_ + "/detect/mvtec")), DatasetLayout::MvtecMulti);
    QCOMPARE(mdd::detectLayout(s(dir_ + "/detect/mvtec/bottle")), DatasetLayout::MvtecCategory);
    QCOMPARE(mdd::detectLayout(s(dir_ + "/detect/folder")), DatasetLayout::Folder);
    QCOMPARE(mdd::detectLayout(s(dir_ + "/detect/visa")), DatasetLayout::Visa);
    QCOMPARE(mdd::detectLayout(s(dir_ + "/detect/unknown")), DatasetLayout::Auto);

    mdd::LoadReport report;
    const auto d = mdd::loadDataset(s(dir_ + "/detect/unknown"), {}, report);
    QVERIFY(d.samples.empty());
    QVERIFY(isError(findIssue(report, "detect/unknown", "unknown dataset layout")));
    QVERIFY(findIssue(report, "detect/unknown", "split_csv/1cls.csv"));  // lists the layouts
  }

  void missingRootIsRejectedByName() {
    const QString root = dir_ + "/no_such_dataset";
    mdd::LoadReport report;
    try {
      mdd::loadDataset(s(root), {}, report);
      QFAIL("no DataError for a missing root");
    } catch (const mdd::DataError& e) {
      const QString m = e.what();
      QVERIFY2(m.contains(root) && m.contains("does not exist"), qPrintable(m));
      QVERIFY2(m.contains("train/good") && m.contains("split_csv/1cls.csv") && m.contains("good/"),
               qPrintable(m));
    }
  }

  void readsMvtecRootWithManyCategories() {
    const QString root = dir_ + "/mvtec";
    makeMvtecCategory(root + "/bottle", 10, 3, {{"broken_large", 2}, {"contamination", 3}});
    makeMvtecCategory(root + "/screw", 6, 2, {{"scratch_head", 4}});
    writeTextFile(root + "/readme.txt", "not a category");
    QDir().mkpath(root + "/.cache");
    mdd::DatasetOptions o;
    o.validationFraction = 0.2;
    mdd::LoadReport report;
    const auto d = mdd::loadDataset(s(root), o, report);
    QVERIFY2(!report.hasErrors(), report.format().c_str());
    QCOMPARE(d.classNames, (std::vector<std::string>{"bottle", "screw"}));
    QCOMPARE(countIf(d, "bottle", Split::Train, false), std::size_t(8));
    QCOMPARE(countIf(d, "bottle", Split::Validation, false), std::size_t(2));
    QCOMPARE(countIf(d, "bottle", Split::Test, false), std::size_t(3));
    QCOMPARE(countIf(d, "bottle", Split::Test, true), std::size_t(5));
    QCOMPARE(countIf(d, "screw", Split::Validation, false), std::size_t(1));  // round(1.2)
    QCOMPARE(countIf(d, "screw", Split::Test, true), std::size_t(4));
    for (const auto& smp : d.samples) {
      QVERIFY(QFileInfo(QString::fromStdString(smp.path)).isAbsolute());
      QCOMPARE(smp.isAnomalous, !smp.maskPath.empty());
      QCOMPARE(smp.isAnomalous, smp.defectType != "good");
      if (smp.isAnomalous)
        QVERIFY(QString::fromStdString(smp.maskPath)
                    .endsWith("ground_truth/" + QString::fromStdString(smp.defectType) + "/" +
                              QFileInfo(QString::fromStdString(smp.path)).completeBaseName() +
                              "_mask.png"));
    }
    // Sorted by class, then split.
    QCOMPARE(d.samples.front().className, std::string("bottle"));
    QCOMPARE(d.samples.back().className, std::string("screw"));
    QCOMPARE(d.samples.back().split, Split::Test);
    QCOMPARE(d.classIndex("screw"), 1);
    QCOMPARE(d.classIndex("nut"), -1);
    // Filtering categories.
    mdd::LoadReport r2;
    const auto only =
        mdd::loadDataset({{s(root), DatasetLayout::Auto, {}, {"screw", "nut"}}}, o, r2);
    QCOMPARE(only.classNames, (std::vector<std::string>{"screw"}));
    QVERIFY(isError(findIssue(r2, "mvtec/nut", "requested category 'nut' not found")));
  }

  void readsOneCategoryWithItsFolderNameOrAGivenName() {
    const QString root = dir_ + "/single/metal_plate/";
    makeMvtecCategory(root, 4, 1, {{"dent", 1}});
    mdd::LoadReport report;
    auto d = mdd::loadDataset(s(root), noValidation(), report);
    QCOMPARE(d.classNames, (std::vector<std::string>{"metal_plate"}));
    QCOMPARE(d.samples.size(), std::size_t(6));
    d = mdd::loadDataset({{s(root), DatasetLayout::MvtecCategory, "plate", {}}}, noValidation(),
                         report);
    QCOMPARE(d.classNames, (std::vector<std::string>{"plate"}));
    QVERIFY(!report.hasErrors());
  }

  void reportsEveryMvtecProblemByPath() {
    const QString root = dir_ + "/broken/tile";
    makeMvtecCategory(root, 4, 1, {{"crack", 3}, {"glue", 1}});
    writeTextFile(root + "/train/good/corrupt.png", "garbage, not a PNG");
    writeTextFile(root + "/train/good/zero.png", "");
    writeMaskFile(root + "/ground_truth/crack/001_mask.png", {12, 8});  // image is 24x16
    QFile::remove(root + "/ground_truth/crack/002_mask.png");
    writeMaskFile(root + "/ground_truth/crack/099_mask.png");  // no image
    QDir().mkpath(root + "/test/empty_type");
    // Unusual but valid files: 16-bit and BGRA.
    cv::imwrite(s(root + "/train/good/deep.png"),
                cv::Mat(16, 24, CV_16UC3, cv::Scalar(1000, 30000, 65535)));
    cv::imwrite(s(root + "/train/good/alpha.png"),
                cv::Mat(16, 24, CV_8UC4, cv::Scalar(1, 2, 3, 128)));

    mdd::LoadReport report;
    const auto d = mdd::loadDataset(s(root), noValidation(), report);
    QVERIFY(isError(findIssue(report, "train/good/corrupt.png", "not a decodable image")));
    QVERIFY(isError(findIssue(report, "train/good/zero.png", "empty")));
    const LoadIssue* size = findIssue(report, "ground_truth/crack/001_mask.png", "12x8");
    QVERIFY(isError(size));
    QVERIFY(QString::fromStdString(size->message).contains("24x16"));
    QVERIFY(isError(findIssue(report, "test/crack/002.png", "mask missing")));
    QVERIFY(isError(findIssue(report, "test/empty_type", "empty folder")));
    const LoadIssue* orphan =
        findIssue(report, "ground_truth/crack/099_mask.png", "without a test image");
    QVERIFY(orphan && orphan->severity == LoadIssue::Severity::Warning);
    QCOMPARE(report.errorCount(), std::size_t(5));
    QVERIFY(QString::fromStdString(report.format()).contains("error: "));

    // Loading carried on: broken images left out, the rest (including 16-bit, BGRA) kept.
    QCOMPARE(countIf(d, "tile", Split::Train, false), std::size_t(6));
    for (const auto& smp : d.samples) {
      QVERIFY(!QString::fromStdString(smp.path).contains("corrupt"));
      if (QString::fromStdString(smp.path).endsWith("crack/001.png")) QVERIFY(smp.maskPath.empty());
    }
    // The caller decides: `fatal` turns the same report into an exception.
    mdd::DatasetOptions fatal = noValidation();
    fatal.fatal = true;
    mdd::LoadReport again;
    try {
      mdd::loadDataset(s(root), fatal, again);
      QFAIL("fatal load did not throw");
    } catch (const mdd::DataError& e) {
      QVERIFY2(QString(e.what()).contains("corrupt.png"), e.what());
    }
  }

  void imageCheckModes() {
    const QString root = dir_ + "/checks/wood";
    makeMvtecCategory(root, 3, 0, {});
    std::vector<uchar> png;
    cv::Mat noise(64, 64, CV_8UC3);
    cv::randu(noise, 0, 255);
    cv::imencode(".png", noise, png);
    writeTextFile(root + "/train/good/cut.png",
                  std::string(png.begin(), png.begin() + png.size() / 2));
    writeTextFile(root + "/train/good/junk.png", "junk");
    const auto errorsWith = [&](mdd::ImageCheck check) {
      mdd::DatasetOptions o = noValidation();
      o.check = check;
      mdd::LoadReport r;
      const auto d = mdd::loadDataset(s(root), o, r);
      return std::make_pair(r.errorCount(), d.samples.size());
    };
    QCOMPARE(errorsWith(mdd::ImageCheck::None), std::make_pair(std::size_t(0), std::size_t(5)));
    QCOMPARE(errorsWith(mdd::ImageCheck::Header), std::make_pair(std::size_t(1), std::size_t(4)));
    QCOMPARE(errorsWith(mdd::ImageCheck::Decode), std::make_pair(std::size_t(2), std::size_t(3)));
  }

  void readsFolderLayout() {
    const QString root = dir_ + "/folder/gasket";
    for (int i = 0; i < 10; ++i) writeImageFile(root + "/good/" + name(i) + ".png", {24, 16}, i);
    for (int i = 0; i < 3; ++i) {
      writeImageFile(root + "/scratch/s" + name(i) + ".png");
      writeMaskFile(root + "/masks/scratch/s" + name(i) + ".png");
    }
    writeImageFile(root + "/dent/d000.jpg");
    writeMaskFile(root + "/masks/d000_mask.png");  // flat in masks/
    writeImageFile(root + "/dent/d001.jpg");       // no mask at all
    mdd::DatasetOptions o = noValidation();
    o.folderTestFraction = 0.2;
    mdd::LoadReport report;
    const auto d = mdd::loadDataset(s(root), o, report);
    QCOMPARE(d.classNames, (std::vector<std::string>{"gasket"}));
    QCOMPARE(countIf(d, "gasket", Split::Train, false), std::size_t(8));
    QCOMPARE(countIf(d, "gasket", Split::Test, false), std::size_t(2));
    QCOMPARE(countIf(d, "gasket", Split::Test, true), std::size_t(5));
    std::size_t masked = 0;
    for (const auto& smp : d.samples) masked += !smp.maskPath.empty();
    QCOMPARE(masked, std::size_t(4));
    QVERIFY(isError(findIssue(report, "dent/d001.jpg", "mask missing")));
    QCOMPARE(report.errorCount(), std::size_t(1));

    // Without any mask folder, defects are image-level only: a warning, not an error.
    const QString bare = dir_ + "/folder/bare";
    for (int i = 0; i < 4; ++i) writeImageFile(bare + "/good/" + name(i) + ".png");
    writeImageFile(bare + "/bad/x.png");
    mdd::LoadReport r2;
    const auto d2 = mdd::loadDataset(s(bare), o, r2);
    QVERIFY2(!r2.hasErrors(), r2.format().c_str());
    QVERIFY(findIssue(r2, "folder/bare", "no masks/ or ground_truth/ folder"));
    QVERIFY(findIssue(r2, "folder/bare", "no pixel masks: image-level metrics only"));
    QCOMPARE(r2.issues.size(), std::size_t(1));
    QCOMPARE(d2.count(Split::Test), std::size_t(2));
  }

  // MVTec categories without ground_truth/ (how many users' own data looks): one warning
  // for the whole root, no error per defect image, the defects kept without masks.
  void mvtecWithoutGroundTruthWarnsOnce() {
    const QString root = dir_ + "/nomask";
    for (const QString cls : {"tile", "wood"}) {
      makeMvtecCategory(root + "/" + cls, 3, 2, {{"crack", 4}, {"hole", 3}});
      QDir(root + "/" + cls + "/ground_truth").removeRecursively();
    }
    for (const QString where : {root, root + "/tile"}) {
      mdd::LoadReport report;
      const auto d = mdd::loadDataset(s(where), noValidation(), report);
      QVERIFY2(!report.hasErrors(), report.format().c_str());
      QCOMPARE(report.issues.size(), std::size_t(1));
      QCOMPARE(report.issues[0].severity, LoadIssue::Severity::Warning);
      QVERIFY(findIssue(report, where, "no pixel masks: image-level metrics only"));
      const std::size_t classes = where == root ? 2 : 1;
      QCOMPARE(d.classNames.size(), classes);
      QCOMPARE(d.count(Split::Test), classes * 9);
      for (const auto& smp : d.samples) QVERIFY(smp.maskPath.empty());
    }
    // A mask folder that exists but misses masks stays an error for each image.
    makeMvtecCategory(root + "/tile", 3, 2, {{"crack", 4}, {"hole", 3}});
    QFile::remove(root + "/tile/ground_truth/hole/001_mask.png");
    QDir(root + "/tile/ground_truth/crack").removeRecursively();
    mdd::LoadReport partial;
    mdd::loadDataset(s(root), noValidation(), partial);
    QCOMPARE(partial.errorCount(), std::size_t(5));  // 4 cracks and one hole
    QVERIFY(isError(findIssue(partial, "tile/test/hole/001.png", "mask missing")));
    QVERIFY(isError(findIssue(partial, "tile/test/crack/000.png", "mask missing")));
    QVERIFY(findIssue(partial, root, "no pixel masks: image-level metrics only (no ground_truth/ "
                                     "folder in class wood)"));
  }

  void combinesRootsAndHandlesDuplicateClasses() {
    const QString mvtec = dir_ + "/combo/mvtec", folder = dir_ + "/combo/bottle";
    makeMvtecCategory(mvtec + "/bottle", 4, 1, {{"broken", 1}});
    makeMvtecCategory(mvtec + "/cable", 4, 1, {{"cut", 1}});
    for (int i = 0; i < 5; ++i) writeImageFile(folder + "/good/" + name(i) + ".png");
    const std::vector<mdd::DatasetSource> sources = {{s(mvtec), DatasetLayout::Auto, {}, {}},
                                                     {s(folder), DatasetLayout::Auto, {}, {}}};
    mdd::LoadReport rejected;
    auto d = mdd::loadDataset(sources, noValidation(), rejected);
    QCOMPARE(d.classNames, (std::vector<std::string>{"bottle", "cable"}));
    QVERIFY(isError(findIssue(rejected, "combo/bottle", "class 'bottle' is also in")));
    QCOMPARE(d.samples.size(), std::size_t(12));

    mdd::DatasetOptions rename = noValidation();
    rename.duplicates = mdd::DuplicateClasses::Rename;
    mdd::LoadReport renamed;
    d = mdd::loadDataset(sources, rename, renamed);
    QCOMPARE(d.classNames, (std::vector<std::string>{"bottle", "cable", "bottle_2"}));
    QVERIFY(!renamed.hasErrors());
    QVERIFY(findIssue(renamed, "combo/bottle", "renamed to 'bottle_2'"));
    QCOMPARE(d.count(Split::Train, "bottle_2") + d.count(Split::Test, "bottle_2"), std::size_t(5));
  }

  void validationSplitIsSeededStratifiedAndIndependent() {
    const QString root = dir_ + "/split";
    makeMvtecCategory(root + "/a", 20, 1, {});
    makeMvtecCategory(root + "/b", 9, 1, {});
    mdd::DatasetOptions o;
    o.validationFraction = 0.25;
    o.check = mdd::ImageCheck::None;
    mdd::LoadReport r;
    const auto d1 = mdd::loadDataset(s(root), o, r);
    const auto d2 = mdd::loadDataset(s(root), o, r);
    QCOMPARE(validationPaths(d1, "a").size(), std::size_t(5));
    QCOMPARE(validationPaths(d1, "b").size(), std::size_t(2));  // round(2.25)
    QCOMPARE(validationPaths(d1, "a"), validationPaths(d2, "a"));
    o.seed = 7;
    const auto d3 = mdd::loadDataset(s(root), o, r);
    QVERIFY(validationPaths(d1, "a") != validationPaths(d3, "a"));
    // Class a's split does not change when class b is not loaded.
    mdd::DatasetOptions alone = o;
    const auto d4 = mdd::loadDataset({{s(root), DatasetLayout::Auto, {}, {"a"}}}, alone, r);
    QCOMPARE(validationPaths(d4, "a"), validationPaths(d3, "a"));
    // Validation images are normal images that left the training split.
    for (const auto& smp : d1.select(Split::Validation)) QVERIFY(!smp.isAnomalous);
    QCOMPARE(d1.count(Split::Train, "a") + d1.count(Split::Validation, "a"), std::size_t(20));
  }
};

QTEST_APPLESS_MAIN(TestDatasetReaders)
#include "test_dataset_readers.moc"
